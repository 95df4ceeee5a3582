import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { forOperation, optionalFields } from '../../../shared/descriptions';
import { locatorId } from '../../../shared/locators';
import { pathOf } from '../../../shared/request';
import { requireSomeField } from '../../../shared/validate';
import { woofedRequest } from '../../transport';
import { contactModes } from '../contact/fields';
import { addCustomAttributes } from '../customAttributes';
import {
	closingFields,
	dealBody,
	dealCustomAttributes,
	dealFields,
	dealModes,
	stageField,
} from './fields';

export const description: INodeProperties[] = forOperation('deal', 'update', [
	{
		displayName: 'Deal',
		name: 'dealId',
		type: 'resourceLocator',
		required: true,
		default: { mode: 'list', value: '' },
		description: 'The deal to change, from the list or by its numeric ID',
		...dealModes,
	},
	optionalFields('updateFields', 'Update Fields', [
		...dealFields,
		...closingFields,
		{
			displayName: 'Contact',
			name: 'contact_id',
			type: 'resourceLocator',
			default: { mode: 'list', value: '' },
			description: 'The contact the deal moves to, from the list or by its numeric ID',
			...contactModes,
		},
		stageField(false),
	]),
	dealCustomAttributes,
]);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const dealId = locatorId(this, 'dealId', 'Deal', itemIndex);
	const fields = this.getNodeParameter('updateFields', itemIndex, {}) as IDataObject;
	const body = dealBody(this, fields, itemIndex);
	addCustomAttributes(this, itemIndex, body);
	requireSomeField(this, body, 'Update Fields', itemIndex);
	return await woofedRequest(this, itemIndex, {
		method: 'PUT',
		path: pathOf`/deals/${dealId}`,
		body,
	});
}
