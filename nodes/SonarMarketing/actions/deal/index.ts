import type { INodeProperties } from 'n8n-workflow';

import type { RoutedDropdown } from '../../../shared/router';
import * as archive from './archive.operation';
import * as create from './create.operation';
import * as get from './get.operation';
import * as getAll from './getAll.operation';
import * as update from './update.operation';

export const operations = { archive, create, get, getAll, update };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['deal'] } },
		options: [
			{
				name: 'Archive',
				value: 'archive',
				description: 'Archive a deal (Sonar keeps it with status arquivado)',
				action: 'Archive a deal so its status becomes arquivado and it stays readable',
			},
			{
				name: 'Create',
				value: 'create',
				description: 'Create a deal; Sonar runs the team workflows set for new deals',
				action: 'Create a deal and run the team workflows set for new deals',
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
				name: 'Update',
				value: 'update',
				description:
					'Change fields of a deal; a new phase runs the team workflows for phase changes',
				action:
					'Update the fields of a deal where a new phase runs the team workflows for phase changes',
			},
		],
		default: 'create',
	} satisfies RoutedDropdown<keyof typeof operations>,
	...create.description,
	...getAll.description,
	...get.description,
	...update.description,
	...archive.description,
];
