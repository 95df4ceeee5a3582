import type { INodeProperties } from 'n8n-workflow';

import type { RoutedDropdown } from '../../../shared/router';
import * as create from './create.operation';
import * as get from './get.operation';
import * as search from './search.operation';
import * as update from './update.operation';
import * as upsert from './upsert.operation';

export const operations = { create, get, search, update, upsert };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['deal'] } },
		options: [
			{
				name: 'Create',
				value: 'create',
				description: 'Create a deal in a stage for a contact',
				action:
					'Create a deal for a contact in a pipeline stage that starts open unless a status is given',
			},
			{
				name: 'Create or Update',
				value: 'upsert',
				description: 'Create a new record, or update the current one if it already exists (upsert)',
				action: 'Create a deal or update the first deal of the contact and say which',
			},
			{
				name: 'Get',
				value: 'get',
				description: 'Get a deal by ID with its contact, stage, pipeline, assignees and products',
				action:
					'Get a deal by its numeric ID with its contact and stage and pipeline and assignees and products without changing anything',
			},
			{
				name: 'Search',
				value: 'search',
				description: 'Find deals by field conditions (Ransack predicates)',
				action: 'Search deals by field conditions without changing anything',
			},
			{
				name: 'Update',
				value: 'update',
				description: 'Change fields of a deal, e.g. mark it won or lost',
				action:
					'Update a deal changing only the fields given such as its stage or marking it won or lost',
			},
		],
		default: 'create',
	} satisfies RoutedDropdown<keyof typeof operations>,
	...create.description,
	...upsert.description,
	...search.description,
	...get.description,
	...update.description,
];
