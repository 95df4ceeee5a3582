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
				description: 'Delete a payable by its code',
				action: 'Delete a payable',
			},
			{
				name: 'Get',
				value: 'get',
				description: 'Get a payable (situacao 10 = open, 30 = paid) by its code',
				action: 'Get a payable',
			},
			{
				name: 'Get Contact',
				value: 'getContact',
				description: 'Get the contact of a payable',
				action: 'Get the contact of a payable',
			},
			{
				name: 'Get Many',
				value: 'getAll',
				description: 'List payables, optionally matching a text filter',
				action: 'Get many payables',
			},
			{
				name: 'Pay',
				value: 'pay',
				description: 'Record that a payable was paid: amount and payment date',
				action: 'Pay a payable',
			},
			{
				name: 'Update',
				value: 'update',
				description:
					'Change fields of a payable: by default it is read first and sent back whole with your changes',
				action: 'Update a payable',
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
