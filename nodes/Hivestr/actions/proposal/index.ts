import type { INodeProperties } from 'n8n-workflow';

import * as calculate from './calculate.operation';
import * as create from './create.operation';
import * as get from './get.operation';
import * as getAll from './getAll.operation';
import * as update from './update.operation';

export const operations = { calculate, create, get, getAll, update };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['proposal'] } },
		options: [
			{
				name: 'Calculate',
				value: 'calculate',
				description:
					'Price media vehicles for a campaign period (DOOH, OOH, TV/radio) without saving anything',
				action: 'Calculate a proposal',
			},
			{
				name: 'Create',
				value: 'create',
				description:
					'Create a draft proposal for a client, from given items or from a price calculation',
				action: 'Create a proposal',
			},
			{
				name: 'Get',
				value: 'get',
				description: 'Get a proposal with its client and items',
				action: 'Get a proposal',
			},
			{
				name: 'Get Many',
				value: 'getAll',
				description: 'List proposals by client, status or creation date',
				action: 'Get many proposals',
			},
			{
				name: 'Update',
				value: 'update',
				description:
					'Change status, discounts, validity or notes; optionally replace ALL items (approved/rejected cannot be edited)',
				action: 'Update a proposal',
			},
		],
		default: 'create',
	},
	...calculate.description,
	...create.description,
	...getAll.description,
	...get.description,
	...update.description,
];
