import type { INodeProperties } from 'n8n-workflow';

import { forOperation, optionalFields } from '../../../shared/descriptions';
import { updateRecord } from '../../../shared/record-operations';
import { ecosysRequest } from '../../transport';
import { clientBody, clientFields, clientModes, cnpjField, cpfField, typeOptions } from './fields';

export const description: INodeProperties[] = forOperation('client', 'update', [
	{
		displayName:
			"Updating a client, and which fields an update takes, are not in Ecosys Auto's API docs: they follow the REST pattern of the platform Ecosys Auto shares with Sonar Marketing",
		name: 'platformNotice',
		type: 'notice',
		default: '',
	},
	{
		displayName: 'Client',
		name: 'clientId',
		type: 'resourceLocator',
		default: { mode: 'list', value: '' },
		description: 'The client to change, from the list or by its UUID',
		...clientModes,
		required: true,
	},
	optionalFields('updateFields', 'Update Fields', [
		...clientFields,
		cnpjField,
		cpfField,
		{
			displayName: 'Name',
			name: 'name',
			type: 'string',
			default: '',
			description: 'Full name of the person, or legal name of the company',
		},
		{
			displayName: 'Status',
			name: 'status',
			type: 'string',
			default: '',
			placeholder: 'active',
			description:
				"Client status as Ecosys Auto spells it. The quickstart shows only active (a new client); other values, and whether an update may change it, are not in Ecosys Auto's API docs.",
		},
		{
			displayName: 'Type',
			name: 'type',
			type: 'options',
			options: typeOptions,
			default: 'PF',
			description: 'PF for an individual (with CPF), PJ for a company (with CNPJ)',
		},
	]),
]);

export const execute = updateRecord(ecosysRequest, {
	parameter: 'clientId',
	label: 'Client',
	path: '/clients',
	body: clientBody,
});
