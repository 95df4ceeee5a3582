import type { INodeProperties } from 'n8n-workflow';

import { operationSelector } from '../../../shared/descriptions';
import * as create from './create.operation';
import * as del from './delete.operation';
import * as get from './get.operation';
import * as getAll from './getAll.operation';
import * as getContact from './getContact.operation';
import * as getCustomFieldLabels from './getCustomFieldLabels.operation';

export const operations = { create, delete: del, get, getAll, getContact, getCustomFieldLabels };

export const description: INodeProperties[] = [
	operationSelector(
		'sale',
		[
			{
				name: 'Create',
				value: 'create',
				description:
					'Create a sale with products, installments and custom fields (sales cannot be edited afterwards)',
				action: 'Create a sale',
			},
			{
				name: 'Delete',
				value: 'delete',
				description: 'Delete a sale by its code (the way to correct a sale: delete, then create)',
				action: 'Delete a sale',
			},
			{
				name: 'Get',
				value: 'get',
				description: 'Get a sale with its products and installments by its code',
				action: 'Get a sale',
			},
			{
				name: 'Get Contact',
				value: 'getContact',
				description: 'Get the customer of a sale',
				action: 'Get the contact of a sale',
			},
			{
				name: 'Get Custom Field Labels',
				value: 'getCustomFieldLabels',
				description: 'Get the labels eGestor shows for the sale custom fields xCampo1–4',
				action: 'Get the custom field labels of sales',
			},
			{
				name: 'Get Many',
				value: 'getAll',
				description: 'List sales, optionally matching a text filter',
				action: 'Get many sales',
			},
		],
		'create',
	),
	...create.description,
	...getAll.description,
	...get.description,
	...getContact.description,
	...getCustomFieldLabels.description,
	...del.description,
];
