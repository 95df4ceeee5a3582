import type { INodeProperties } from 'n8n-workflow';

import { forOperation, optionalFields } from '../../../shared/descriptions';
import { updateRecord } from '../../../shared/record-operations';
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

export const execute = updateRecord(woofedRequest, {
	parameter: 'dealId',
	label: 'Deal',
	path: '/deals',
	body: (context, fields, itemIndex) =>
		addCustomAttributes(context, itemIndex, dealBody(context, fields, itemIndex)),
});
