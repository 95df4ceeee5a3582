import type { INodeProperties } from 'n8n-workflow';

import * as create from './create.operation';
import * as del from './delete.operation';
import * as getAll from './getAll.operation';
import * as update from './update.operation';

export const operations = { create, delete: del, getAll, update };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['task'] } },
		options: [
			{
				name: 'Create',
				value: 'create',
				description: 'Add a task with an optional due date to a pipeline card',
				action: 'Create a task',
			},
			{
				name: 'Delete',
				value: 'delete',
				description: 'Remove a task from a pipeline card',
				action: 'Delete a task',
			},
			{
				name: 'Get Many',
				value: 'getAll',
				description: 'List the tasks of a pipeline card',
				action: 'Get many tasks',
			},
			{
				name: 'Update',
				value: 'update',
				description: 'Change a task: mark it complete, move its due date, rename or reassign it',
				action: 'Update a task',
			},
		],
		default: 'create',
	},
	...create.description,
	...getAll.description,
	...update.description,
	...del.description,
];
