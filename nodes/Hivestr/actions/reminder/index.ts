import type { INodeProperties } from 'n8n-workflow';

import * as getAll from './getAll.operation';

export const operations = { getAll };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['reminder'] } },
		options: [
			{
				name: 'Get Many',
				value: 'getAll',
				description:
					'List tasks that are overdue, due today or due in the next 24 hours (urgency: overdue, due_today, due_soon)',
				action: 'Get many reminders',
			},
		],
		default: 'getAll',
	},
	...getAll.description,
];
