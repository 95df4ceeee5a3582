import type { INodeProperties } from 'n8n-workflow';

import { forOperation } from '../../../shared/descriptions';
import { getRecord } from '../../../shared/record-operations';
import { woofedRequest } from '../../transport';
import { CONTACT_SIMPLIFIED_FIELDS, contactModes } from './fields';

export const description: INodeProperties[] = forOperation('contact', 'get', [
	{
		displayName: 'Contact',
		name: 'contactId',
		type: 'resourceLocator',
		required: true,
		default: { mode: 'list', value: '' },
		description:
			'The contact to retrieve, from the list or by its numeric ID; the output also holds its deals and events',
		...contactModes,
	},
	{
		displayName: 'Simplify',
		name: 'simplify',
		type: 'boolean',
		default: false,
		description:
			'Whether to return only ID, full_name, email, phone, label_list, created_at and updated_at instead of every field (deals and events included)',
	},
]);

export const execute = getRecord(woofedRequest, {
	parameter: 'contactId',
	label: 'Contact',
	path: '/contacts',
	simplifiedFields: CONTACT_SIMPLIFIED_FIELDS,
});
