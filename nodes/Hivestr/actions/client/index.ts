import type { INodeProperties } from 'n8n-workflow';

import * as create from './create.operation';
import * as get from './get.operation';
import * as getAll from './getAll.operation';
import * as update from './update.operation';

export const operations = { create, get, getAll, update };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['client'] } },
		options: [
			{
				name: 'Create',
				value: 'create',
				description:
					'Create a client; Hivestr also opens a pipeline card in Prospecção, returned as pipeline_deal',
				action: 'Create a client',
			},
			{
				name: 'Get',
				value: 'get',
				description: 'Get a client with its proposals and proposal statistics',
				action: 'Get a client',
			},
			{
				name: 'Get Many',
				value: 'getAll',
				description: 'List clients, optionally searching by name, email, company, CNPJ or CPF',
				action: 'Get many clients',
			},
			{
				name: 'Update',
				value: 'update',
				description: 'Change fields of a client',
				action: 'Update a client',
			},
		],
		default: 'getAll',
	},
	...create.description,
	...getAll.description,
	...get.description,
	...update.description,
];
