import type { INodeProperties } from 'n8n-workflow';

import { forOperation } from '../../../shared/descriptions';
import { getRecord } from '../../../shared/record-operations';
import { ecosysRequest } from '../../transport';
import { CLIENT_SIMPLIFIED_FIELDS, clientModes } from './fields';

export const description: INodeProperties[] = forOperation('client', 'get', [
	{
		displayName:
			"Getting one client by ID is not in Ecosys Auto's API docs: it follows the REST pattern of the platform Ecosys Auto shares with Sonar Marketing",
		name: 'platformNotice',
		type: 'notice',
		default: '',
	},
	{
		displayName: 'Client',
		name: 'clientId',
		type: 'resourceLocator',
		default: { mode: 'list', value: '' },
		description: 'The client to retrieve, from the list or by its UUID',
		...clientModes,
		required: true,
	},
	{
		displayName: 'Simplify',
		name: 'simplify',
		type: 'boolean',
		default: false,
		description:
			'Whether to return only ID, type, name, email, phone, cpf, cnpj, segment, status and created_at instead of every field',
	},
]);

export const execute = getRecord(ecosysRequest, {
	parameter: 'clientId',
	label: 'Client',
	path: '/clients',
	simplifiedFields: CLIENT_SIMPLIFIED_FIELDS,
});
