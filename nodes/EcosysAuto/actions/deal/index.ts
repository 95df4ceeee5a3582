import type { INodeProperties } from 'n8n-workflow';

import type { RoutedDropdown } from '../../../shared/router';
import * as create from './create.operation';
import * as get from './get.operation';
import * as getAll from './getAll.operation';
import * as markLost from './markLost.operation';
import * as markWon from './markWon.operation';
import * as update from './update.operation';

export const operations = { create, get, getAll, markLost, markWon, update };

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
				description: 'Create a sales deal, e.g. a client interested in a vehicle',
				action:
					'Create a sales deal such as a client interested in a vehicle that starts with status ativo',
			},
			{
				name: 'Get',
				value: 'get',
				description: 'Get a deal by ID',
				action: 'Get a deal by its UUID without changing anything',
			},
			{
				name: 'Get Many',
				value: 'getAll',
				description: 'List deals with filters and sorting',
				action: 'List deals with optional filters and sorting without changing anything',
			},
			{
				name: 'Mark Lost',
				value: 'markLost',
				description: 'Close a deal as lost (status perdido) with the reason',
				action: 'Close a deal as lost by setting status perdido and the loss reason',
			},
			{
				name: 'Mark Won',
				value: 'markWon',
				description: 'Close a deal as won (status ganho) with the final sale value',
				action: 'Close a deal as won by setting status ganho and the final sale value',
			},
			{
				name: 'Update',
				value: 'update',
				description: 'Change fields of a deal, such as phase, value or probability',
				action:
					'Update a deal changing only the fields given such as phase or value or probability',
			},
		],
		default: 'create',
	} satisfies RoutedDropdown<keyof typeof operations>,
	...create.description,
	...getAll.description,
	...get.description,
	...update.description,
	...markWon.description,
	...markLost.description,
];
