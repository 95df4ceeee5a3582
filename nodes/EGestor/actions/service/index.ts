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
		'service',
		[
			{
				name: 'Create',
				value: 'create',
				description: 'Create a service',
				action: 'Create a service',
			},
			{
				name: 'Delete',
				value: 'delete',
				description: 'Delete a service by its code',
				action: 'Delete a service',
			},
			{
				name: 'Get',
				value: 'get',
				description: 'Get every field of a service by its code',
				action: 'Get a service',
			},
			{
				name: 'Get Many',
				value: 'getAll',
				description: 'List services, optionally matching a text filter',
				action: 'Get many services',
			},
			{
				name: 'Update',
				value: 'update',
				description:
					'Change fields of a service: by default it is read first and sent back whole with your changes',
				action: 'Update a service',
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
