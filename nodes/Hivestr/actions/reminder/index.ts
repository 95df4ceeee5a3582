import type { INodeProperties } from 'n8n-workflow';

import { operationSelector } from '../../../shared/descriptions';
import * as getAll from './getAll.operation';

export const operations = { getAll };

export const description: INodeProperties[] = [
	operationSelector(
		'reminder',
		[
			{
				name: 'Get Many',
				value: 'getAll',
				description:
					'List tasks that are overdue, due today or due in the next 24 hours (urgency: overdue, due_today, due_soon)',
				action: 'Get many reminders',
			},
		],
		'getAll',
	),
	...getAll.description,
];
