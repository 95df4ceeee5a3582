import type { INodeProperties } from 'n8n-workflow';

import { operationSelector } from '../../../shared/descriptions';
import * as del from './delete.operation';
import * as get from './get.operation';
import * as getAll from './getAll.operation';
import * as getContact from './getContact.operation';
import * as pay from './pay.operation';
import * as update from './update.operation';

export const operations = { delete: del, get, getAll, getContact, pay, update };

export const description: INodeProperties[] = [
	operationSelector(
		'payable',
		[
			{
				name: 'Delete',
				value: 'delete',
				description:
					'Delete a payable by its code; eGestor removes it, and later reads of that code answer 410 (deleted)',
				action: 'Delete a payable so later reads of its code answer that it was deleted',
			},
			{
				name: 'Get',
				value: 'get',
				description: 'Get a payable by its code; situacao 10 = open, 30 = paid',
				action: 'Get a payable with its amount and due date and status',
			},
			{
				name: 'Get Contact',
				value: 'getContact',
				description: "Get the contact of a payable, by the payable's code",
				action: 'Get the contact of a payable',
			},
			{
				name: 'Get Many',
				value: 'getAll',
				description: 'List payables, 50 a page, optionally matching a text filter (filtro)',
				action: 'Get many payables that match an optional text filter',
			},
			{
				name: 'Pay',
				value: 'pay',
				description:
					"Record that a payable was paid (eGestor's Efetuar pagamento): the amount and the payment date",
				action: 'Pay a payable by recording the amount and date it was paid',
			},
			{
				name: 'Update',
				value: 'update',
				description:
					'Change fields of a payable: by default it is read first (one extra request) and sent back whole with your changes',
				action: 'Update a payable by reading it and writing it back whole with your changes',
			},
		],
		'getAll',
	),
	...getAll.description,
	...get.description,
	...getContact.description,
	...update.description,
	...pay.description,
	...del.description,
];
