import type { INodeProperties } from 'n8n-workflow';

import * as create from './create.operation';
import * as get from './get.operation';
import * as getAll from './getAll.operation';
import * as markLost from './markLost.operation';
import * as moveStage from './moveStage.operation';
import * as update from './update.operation';

export const operations = { create, get, getAll, markLost, moveStage, update };

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
				description: 'Create a pipeline card for a client',
				action: 'Create a pipeline card',
			},
			{
				name: 'Get',
				value: 'get',
				description: 'Get a pipeline card',
				action: 'Get a pipeline card',
			},
			{
				name: 'Get Many',
				value: 'getAll',
				description: 'List pipeline cards (each with tasks_summary), by client or stage',
				action: 'Get many pipeline cards',
			},
			{
				name: 'Mark Lost',
				value: 'markLost',
				description:
					'Move a card to Perdido with a reason; a linked proposal becomes rejected and a note is added',
				action: 'Mark a pipeline card as lost',
			},
			{
				name: 'Move Stage',
				value: 'moveStage',
				description: 'Move a card to another stage (not Perdido); a linked proposal follows',
				action: 'Move a pipeline card to another stage',
			},
			{
				name: 'Update',
				value: 'update',
				description: 'Change title, estimated value (cents), notes or assignee of a card',
				action: 'Update a pipeline card',
			},
		],
		default: 'getAll',
	},
	...create.description,
	...getAll.description,
	...get.description,
	...update.description,
	...moveStage.description,
	...markLost.description,
];
