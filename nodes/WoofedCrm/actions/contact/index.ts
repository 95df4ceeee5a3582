import type { INodeProperties } from 'n8n-workflow';

import type { RoutedDropdown } from '../../../shared/router';
import * as create from './create.operation';
import * as deleteContact from './delete.operation';
import * as get from './get.operation';
import * as search from './search.operation';
import * as upsert from './upsert.operation';

export const operations = { create, delete: deleteContact, get, search, upsert };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['contact'] } },
		options: [
			{
				name: 'Create',
				value: 'create',
				description: 'Create a contact (a person)',
				action: 'Create a contact for a person from their name and email and phone and labels',
			},
			{
				name: 'Create or Update',
				value: 'upsert',
				description: 'Create a new record, or update the current one if it already exists (upsert)',
				action:
					'Create a contact or update the first one whose email or phone contains the value sent and say which',
			},
			{
				name: 'Delete',
				value: 'delete',
				description: 'Permanently delete a contact and everything linked to it',
				action: 'Delete a contact permanently together with its deals',
			},
			{
				name: 'Get',
				value: 'get',
				description: 'Get a contact by ID with its deals and events',
				action:
					'Get a contact by its numeric ID with its deals and events without changing anything',
			},
			{
				name: 'Search',
				value: 'search',
				description: 'Find contacts by field conditions (Ransack predicates)',
				action: 'Search contacts by field conditions without changing anything',
			},
		],
		default: 'upsert',
	} satisfies RoutedDropdown<keyof typeof operations>,
	...create.description,
	...upsert.description,
	...search.description,
	...get.description,
	...deleteContact.description,
];
