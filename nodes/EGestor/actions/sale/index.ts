import type { INodeProperties } from 'n8n-workflow';

import { getContactOperation } from '../readOperations';
import { operationFields, resourceOperations } from '../resourceOperations';
import { sale } from '../resources';
import * as create from './create.operation';
import * as getCustomFieldLabels from './getCustomFieldLabels.operation';

/** The sale operations, in the order their fields are listed. */
export const operations = resourceOperations({
	resource: sale,
	first: { create },
	then: { getContact: getContactOperation({ resource: sale }), getCustomFieldLabels },
});

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['sale'] } },
		options: [
			{
				name: 'Create',
				value: 'create',
				description:
					'Create a sale with products, installments and custom fields; eGestor does not let sales be edited afterwards',
				action: 'Create a sale with products and installments that can never be edited afterwards',
			},
			{
				name: 'Delete',
				value: 'delete',
				description:
					'Delete a sale by its code (the way to correct a sale: delete, then create); later reads of that code answer 410 (deleted)',
				action: 'Delete a sale which is the only way to correct one',
			},
			{
				name: 'Get',
				value: 'get',
				description: 'Get a sale with its products and installments by its code (codigo)',
				action: 'Get a sale with its products and installments by its code',
			},
			{
				name: 'Get Contact',
				value: 'getContact',
				description: "Get the contact (customer) of a sale, by the sale's code",
				action: 'Get the contact of a sale',
			},
			{
				name: 'Get Custom Field Labels',
				value: 'getCustomFieldLabels',
				description: 'Get the labels eGestor shows for the sale custom fields xCampo1–4',
				action: 'Get the labels of the four sale custom fields',
			},
			{
				name: 'Get Many',
				value: 'getAll',
				description: 'List sales, 50 a page, optionally matching a text filter (filtro)',
				action: 'Get many sales that match an optional text filter',
			},
		],
		default: 'create',
	},
	...operationFields(operations),
];
