import type { INodeProperties } from 'n8n-workflow';

import type { RoutedDropdown } from '../../../shared/router';
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
				description: 'Create a client: an individual (PF, with CPF) or a company (PJ, with CNPJ)',
				action: 'Create a client as an individual PF with a CPF or a company PJ with a CNPJ',
			},
			{
				name: 'Get',
				value: 'get',
				description: 'Get a client by ID',
				action: 'Get a client by its UUID without changing anything',
			},
			{
				name: 'Get Many',
				value: 'getAll',
				description: 'List clients filtered by type, status, segment, store or text',
				action: 'List clients with optional filters and sorting without changing anything',
			},
			{
				name: 'Update',
				value: 'update',
				description: 'Change fields of a client',
				action: 'Update a client changing only the fields given',
			},
		],
		default: 'create',
	} satisfies RoutedDropdown<keyof typeof operations>,
	...create.description,
	...getAll.description,
	...get.description,
	...update.description,
];
