import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { forOperation, optionalFields } from '../../../shared/descriptions';
import { locatorId } from '../../../shared/locators';
import { requiredText } from '../../../shared/validate';
import { woofedRequest } from '../../transport';
import { contactModes } from '../contact/fields';
import { addCustomAttributes } from '../customAttributes';
import { dealBody, dealCustomAttributes, dealFields, idValue, stageField } from './fields';

export const description: INodeProperties[] = forOperation('deal', 'create', [
	stageField(true),
	{
		displayName: 'Contact',
		name: 'contact_id',
		type: 'resourceLocator',
		required: true,
		default: { mode: 'list', value: '' },
		description: 'The contact the deal belongs to, from the list or by its numeric ID',
		...contactModes,
	},
	optionalFields('additionalFields', 'Additional Fields', dealFields),
	dealCustomAttributes,
]);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const stageId = requiredText(this, 'stage_id', 'Stage', itemIndex);
	const contactId = locatorId(this, 'contact_id', 'Contact', itemIndex);
	const fields = this.getNodeParameter('additionalFields', itemIndex, {}) as IDataObject;
	const body: IDataObject = {
		...dealBody(this, fields, itemIndex),
		stage_id: idValue(stageId) as number,
		contact_id: idValue(contactId) as number,
	};
	addCustomAttributes(this, itemIndex, body);
	return await woofedRequest(this, itemIndex, { method: 'POST', path: '/deals', body });
}
