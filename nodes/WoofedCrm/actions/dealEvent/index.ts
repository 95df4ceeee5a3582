import type { INodeProperties } from 'n8n-workflow';

import type { RoutedDropdown } from '../../../shared/router';
import * as create from './create.operation';

export const operations = { create };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['dealEvent'] } },
		options: [
			{
				name: 'Create',
				value: 'create',
				description: "Add a note or an activity to a deal's timeline",
				action:
					'Add a note or activity to the timeline of a deal or send a message from it now or scheduled',
			},
		],
		default: 'create',
	} satisfies RoutedDropdown<keyof typeof operations>,
	...create.description,
];
