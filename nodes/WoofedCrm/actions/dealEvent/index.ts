import type { INodeProperties } from 'n8n-workflow';

import { operationSelector } from '../../../shared/descriptions';
import * as create from './create.operation';

export const operations = { create };

export const description: INodeProperties[] = [
	operationSelector(
		'dealEvent',
		[
			{
				name: 'Create',
				value: 'create',
				description: "Add a note or an activity to a deal's timeline",
				action:
					"Add a note or activity to a deal's timeline, or send a Chatwoot or WhatsApp message from it (now or scheduled)",
			},
		],
		'create',
	),
	...create.description,
];
