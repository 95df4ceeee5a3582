import type { INodeProperties } from 'n8n-workflow';

import type { RoutedDropdown } from '../../../shared/router';
import * as create from './create.operation';
import * as get from './get.operation';
import * as getAll from './getAll.operation';
import * as update from './update.operation';

export const operations = { create, get, getAll, update };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['vehicle'] } },
		options: [
			{
				name: 'Create',
				value: 'create',
				description:
					"Add a vehicle to a store's inventory (the credential's default store unless set)",
				action:
					'Add a vehicle to the inventory of a store where it starts in phase entrada with status ativo',
			},
			{
				name: 'Get',
				value: 'get',
				description: 'Get a vehicle by ID',
				action: 'Get a vehicle by its UUID without changing anything',
			},
			{
				name: 'Get Many',
				value: 'getAll',
				description: 'List inventory vehicles filtered by status, phase, store, price and more',
				action:
					'List inventory vehicles with optional filters and sorting without changing anything',
			},
			{
				name: 'Update',
				value: 'update',
				description: 'Change fields of a vehicle, such as price, mileage, phase or status',
				action:
					'Update a vehicle changing only the fields given such as price or mileage or phase or status',
			},
		],
		default: 'create',
	} satisfies RoutedDropdown<keyof typeof operations>,
	...create.description,
	...getAll.description,
	...get.description,
	...update.description,
];
