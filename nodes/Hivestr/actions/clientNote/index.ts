import type { INodeProperties } from 'n8n-workflow';

import * as create from './create.operation';
import * as getAll from './getAll.operation';

export const operations = { create, getAll };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['clientNote'] } },
		options: [
			{
				name: 'Create',
				value: 'create',
				description: 'Record a note, task, reminder or follow-up in a client history',
				action: 'Create a client note',
			},
			{
				name: 'Get Many',
				value: 'getAll',
				description: 'List the notes and interactions of a client',
				action: 'Get many client notes',
			},
		],
		default: 'create',
	},
	...create.description,
	...getAll.description,
];
