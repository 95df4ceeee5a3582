import type { INodeProperties } from 'n8n-workflow';

import { operationSelector } from '../../../shared/descriptions';
import * as create from './create.operation';
import * as del from './delete.operation';
import * as get from './get.operation';
import * as getAll from './getAll.operation';
import * as update from './update.operation';

export const operations = { create, delete: del, get, getAll, update };

export const description: INodeProperties[] = [
	operationSelector(
		'contact',
		[
			{
				name: 'Create',
				value: 'create',
				description: 'Create a customer, supplier or carrier',
				action: 'Create a contact',
			},
			{
				name: 'Delete',
				value: 'delete',
				description: 'Delete a contact by its code',
				action: 'Delete a contact',
			},
			{
				name: 'Get',
				value: 'get',
				description: 'Get every field of a contact by its code',
				action: 'Get a contact',
			},
			{
				name: 'Get Many',
				value: 'getAll',
				description: 'List contacts, optionally matching a text filter',
				action: 'Get many contacts',
			},
			{
				name: 'Update',
				value: 'update',
				description:
					'Change fields of a contact: by default it is read first and sent back whole with your changes',
				action: 'Update a contact',
			},
		],
		'create',
	),
	...create.description,
	...getAll.description,
	...get.description,
	...update.description,
	...del.description,
];
