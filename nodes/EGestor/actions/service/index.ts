import type { INodeProperties } from 'n8n-workflow';

import { operationFields, resourceOperations } from '../resourceOperations';
import { service } from '../resources';
import * as create from './create.operation';
import * as update from './update.operation';

/** The service operations, in the order their fields are listed. */
export const operations = resourceOperations({
	resource: service,
	first: { create },
	then: { update },
});

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['service'] } },
		options: [
			{
				name: 'Create',
				value: 'create',
				description: 'Create a service with its price',
				action: 'Create a service with its price',
			},
			{
				name: 'Delete',
				value: 'delete',
				description:
					'Delete a service by its code; eGestor removes it, and later reads of that code answer 410 (deleted)',
				action: 'Delete a service so later reads of its code answer that it was deleted',
			},
			{
				name: 'Get',
				value: 'get',
				description: 'Get a service by its code (codigo)',
				action: 'Get a service by its code',
			},
			{
				name: 'Get Many',
				value: 'getAll',
				description: 'List services, 50 a page, optionally matching a text filter (filtro)',
				action: 'Get many services that match an optional text filter',
			},
			{
				name: 'Update',
				value: 'update',
				description:
					'Change fields of a service: by default it is read first (one extra request) and sent back whole with your changes',
				action: 'Update a service by reading it and writing it back whole with your changes',
			},
		],
		default: 'create',
	},
	...operationFields(operations),
];
