import type { INodeProperties } from 'n8n-workflow';

import { operationSelector } from '../../../shared/descriptions';
import * as del from './delete.operation';
import * as get from './get.operation';
import * as getAll from './getAll.operation';
import * as receive from './receive.operation';
import * as update from './update.operation';

export const operations = { delete: del, get, getAll, receive, update };

export const description: INodeProperties[] = [
	operationSelector(
		'receivable',
		[
			{
				name: 'Delete',
				value: 'delete',
				description: 'Delete a receivable by its code',
				action: 'Delete a receivable',
			},
			{
				name: 'Get',
				value: 'get',
				description: 'Get a receivable (situacao 20 = open, 40 = received) by its code',
				action: 'Get a receivable',
			},
			{
				name: 'Get Many',
				value: 'getAll',
				description: 'List receivables, optionally matching a text filter',
				action: 'Get many receivables',
			},
			{
				name: 'Receive',
				value: 'receive',
				description: 'Record that a receivable was received: amount and payment date',
				action: 'Receive a receivable',
			},
			{
				name: 'Update',
				value: 'update',
				description:
					'Change fields of a receivable: by default it is read first and sent back whole with your changes',
				action: 'Update a receivable',
			},
		],
		'getAll',
	),
	...getAll.description,
	...get.description,
	...update.description,
	...receive.description,
	...del.description,
];
