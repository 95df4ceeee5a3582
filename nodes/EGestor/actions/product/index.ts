import type { INodeProperties } from 'n8n-workflow';

import { operationFields, resourceOperations } from '../resourceOperations';
import { product } from '../resources';
import * as create from './create.operation';
import * as update from './update.operation';

/** The product operations, in the order their fields are listed. */
export const operations = resourceOperations({
	resource: product,
	first: { create },
	then: { update },
});

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['product'] } },
		options: [
			{
				name: 'Create',
				value: 'create',
				description: 'Create a product with its prices, stock and tax data; answers its new code',
				action: 'Create a product with its prices and stock',
			},
			{
				name: 'Delete',
				value: 'delete',
				description:
					'Delete a product by its code; eGestor removes it, and later reads of that code answer 410 (deleted)',
				action: 'Delete a product so later reads of its code answer that it was deleted',
			},
			{
				name: 'Get',
				value: 'get',
				description: 'Get a product by its code (codigo)',
				action: 'Get a product by its code',
			},
			{
				name: 'Get Many',
				value: 'getAll',
				description: 'List products, 50 a page, optionally matching a text filter (filtro)',
				action: 'Get many products that match an optional text filter',
			},
			{
				name: 'Update',
				value: 'update',
				description:
					'Change fields of a product: by default it is read first (one extra request) and sent back whole with your changes',
				action: 'Update a product by reading it and writing it back whole with your changes',
			},
		],
		default: 'create',
	},
	...operationFields(operations),
];
