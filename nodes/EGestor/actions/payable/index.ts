import type { INodeProperties } from 'n8n-workflow';

import { entryUpdateOperation } from '../entryUpdateOperation';
import { getContactOperation } from '../readOperations';
import { operationFields, resourceOperations } from '../resourceOperations';
import { payable } from '../resources';
import { settleOperation } from '../settleOperation';

/** The fields of Pagamentos › Editar's request example: what Update offers and sends. */
const writable = [
	'codFormaPgto',
	'numDoc',
	'descricao',
	'valor',
	'dtVenc',
	'codContato',
	'obs',
	'tags',
];

/** The payable operations, in the order their fields are listed. */
export const operations = resourceOperations({
	resource: payable,
	then: {
		getContact: getContactOperation({ resource: payable }),
		update: entryUpdateOperation({ resource: payable, writable }),
		pay: settleOperation({ resource: payable, operation: 'pay', actionPath: 'pagar' }),
	},
});

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['payable'] } },
		options: [
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
		default: 'getAll',
	},
	...operationFields(operations),
];
