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
				description:
					'Delete a receivable by its code; eGestor removes it, and later reads of that code answer 410 (deleted)',
				action: 'Delete a receivable so later reads of its code answer that it was deleted',
			},
			{
				name: 'Get',
				value: 'get',
				description: 'Get a receivable by its code; situacao 20 = open, 40 = received',
				action: 'Get a receivable with its amount and due date and status',
			},
			{
				name: 'Get Many',
				value: 'getAll',
				description: 'List receivables, 50 a page, optionally matching a text filter (filtro)',
				action: 'Get many receivables that match an optional text filter',
			},
			{
				name: 'Receive',
				value: 'receive',
				description:
					"Record that a receivable was received (eGestor's Efetivar): the amount and the payment date",
				action: 'Receive a receivable by recording the amount and date it was received',
			},
			{
				name: 'Update',
				value: 'update',
				description:
					'Change fields of a receivable: by default it is read first (one extra request) and sent back whole with your changes',
				action: 'Update a receivable by reading it and writing it back whole with your changes',
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
