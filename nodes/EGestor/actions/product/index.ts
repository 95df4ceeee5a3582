import type { INodeProperties } from 'n8n-workflow';

import { operationSelector } from '../../../shared/descriptions';
import * as create from './create.operation';
import * as del from './delete.operation';
import * as get from './get.operation';
import * as getAll from './getAll.operation';
import * as update from './update.operation';

export const operations = { create, delete: del, get, getAll, update };

export const description: INodeProperties[] = [
	operationSelector(
		'product',
		[
			{
				name: 'Create',
				value: 'create',
				description: 'Create a product',
				action: 'Create a product',
			},
			{
				name: 'Delete',
				value: 'delete',
				description: 'Delete a product by its code',
				action: 'Delete a product',
			},
			{
				name: 'Get',
				value: 'get',
				description: 'Get every field of a product by its code',
				action: 'Get a product',
			},
			{
				name: 'Get Many',
				value: 'getAll',
				description: 'List products, optionally matching a text filter',
				action: 'Get many products',
			},
			{
				name: 'Update',
				value: 'update',
				description:
					'Change fields of a product: by default it is read first and sent back whole with your changes',
				action: 'Update a product',
			},
		],
		'create',
	),
	...create.description,
	...getAll.description,
	...get.description,
	...update.description,
	...del.description,
];
