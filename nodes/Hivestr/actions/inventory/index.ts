import type { INodeProperties } from 'n8n-workflow';

import * as get from './get.operation';
import * as getAll from './getAll.operation';

export const operations = { get, getAll };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['inventory'] } },
		options: [
			{
				name: 'Get',
				value: 'get',
				description: 'Get one media vehicle, with TV/radio programming (media_schedules)',
				action: 'Get an inventory item',
			},
			{
				name: 'Get Many',
				value: 'getAll',
				description: 'List media vehicles (OOH, DOOH, TV, radio) by type, city, state or status',
				action: 'Get many inventory items',
			},
		],
		default: 'getAll',
	},
	...getAll.description,
	...get.description,
];
