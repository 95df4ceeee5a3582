import type { INodeProperties } from 'n8n-workflow';

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
				action: 'Archive a deal; Sonar sets its status to arquivado and keeps it readable',
			},
			{
				name: 'Create',
				value: 'create',
				description: 'Create a deal; Sonar runs the team workflows set for new deals',
				action: "Create a deal; Sonar runs the team's workflows for the deal_created event",
			},
			{
				name: 'Get',
				value: 'get',
				description: 'Get a deal by ID',
				action: 'Get a deal by its UUID; changes nothing',
			},
			{
				name: 'Get Many',
				value: 'getAll',
				description: 'List deals with filters and sorting',
				action:
					'List deals with filters (status, phase, client, value, dates, text); changes nothing',
			},
			{
				name: 'Update',
				value: 'update',
				description:
					'Change fields of a deal; a new phase runs the team workflows for phase changes',
				action: "Update a deal's fields; a new phase runs the team's deal_stage_changed workflows",
			},
		],
		default: 'create',
	},
	...create.description,
	...getAll.description,
	...get.description,
	...update.description,
	...archive.description,
];
