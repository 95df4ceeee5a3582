import type { INodeProperties } from 'n8n-workflow';

import { entryUpdateOperation } from '../entryUpdateOperation';
import { operationFields, resourceOperations } from '../resourceOperations';
import { receivable } from '../resources';
import { settleOperation } from '../settleOperation';

/** The fields of Recebimentos › Editar's request example: what Update offers and sends. */
const writable = [
	'codPlanoContas',
	'codFormaPgto',
	'numDoc',
	'descricao',
	'valor',
	'dtVenc',
	'dtPgto',
	'dtCad',
	'codContato',
	'obs',
	'tags',
];

/** The receivable operations, in the order their fields are listed. */
export const operations = resourceOperations({
	resource: receivable,
	then: {
		update: entryUpdateOperation({ resource: receivable, writable }),
		receive: settleOperation({ resource: receivable, operation: 'receive', actionPath: 'receber' }),
	},
});

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['receivable'] } },
		options: [
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
		default: 'getAll',
	},
	...operationFields(operations),
];
