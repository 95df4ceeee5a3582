import type { INodeProperties } from 'n8n-workflow';

import { forOperation } from '../../../shared/descriptions';
import { getRecord } from '../../../shared/record-operations';
import { pickerModes } from '../locators';
import { hivestrRequest } from '../../transport';
import { CLIENT_SIMPLIFIED_FIELDS } from '../simplifiedFields';

export const description: INodeProperties[] = forOperation('client', 'get', [
	{
		displayName: 'Client',
		name: 'clientId',
		type: 'resourceLocator',
		required: true,
		default: { mode: 'list', value: '' },
		...pickerModes('searchClients'),
		description: 'The client to retrieve, with its proposals and proposal_stats',
	},
	{
		displayName: 'Simplify',
		name: 'simplify',
		type: 'boolean',
		default: false,
		description:
			'Whether to return only ID, name, email, phone, company_name, cnpj, cpf, city, state and status of the client instead of every field, proposals and proposal_stats among them',
	},
]);

export const execute = getRecord(hivestrRequest, {
	parameter: 'clientId',
	label: 'Client',
	path: '/public/clients',
	simplifiedFields: CLIENT_SIMPLIFIED_FIELDS,
});
