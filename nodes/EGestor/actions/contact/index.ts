import type { INodeProperties } from 'n8n-workflow';

import { operationFields, resourceOperations } from '../resourceOperations';
import { contact } from '../resources';
import * as create from './create.operation';
import * as update from './update.operation';

/** The contact operations, in the order their fields are listed. */
export const operations = resourceOperations({
	resource: contact,
	first: { create },
	then: { update },
});

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['contact'] } },
		options: [
			{
				name: 'Create',
				value: 'create',
				description:
					'Create a contact: name and type (cliente, fornecedor and/or transportadora) are required; answers its new code',
				action: 'Create a contact that is a customer or supplier or carrier',
			},
			{
				name: 'Delete',
				value: 'delete',
				description:
					'Delete a contact by its code; eGestor removes it, and later reads of that code answer 410 (deleted)',
				action: 'Delete a contact so later reads of its code answer that it was deleted',
			},
			{
				name: 'Get',
				value: 'get',
				description: 'Get a contact by its code (codigo)',
				action: 'Get a contact by its code',
			},
			{
				name: 'Get Many',
				value: 'getAll',
				description: 'List contacts, 50 a page, optionally matching a text filter (filtro)',
				action: 'Get many contacts that match an optional text filter',
			},
			{
				name: 'Update',
				value: 'update',
				description:
					'Change fields of a contact: by default it is read first (one extra request) and sent back whole with your changes',
				action: 'Update a contact by reading it and writing it back whole with your changes',
			},
		],
		default: 'create',
	},
	...operationFields(operations),
];
