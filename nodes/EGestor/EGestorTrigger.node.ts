import type { IDataObject, INodeType, INodeTypeDescription, IPollFunctions } from 'n8n-workflow';

import type { PollEvent } from '../shared/poll';
import { pollerOf, pollingTrigger, pollOptions } from '../shared/poll';
import { authenticationField, eGestorCredentials } from './authentication';
import { eGestor } from './transport';

type ListPath = '/contatos' | '/vendas' | '/recebimentos' | '/pagamentos';

/** GET <list> with the text filter (filtro), eGestor's only list filter. */
function list(path: ListPath) {
	return (context: IPollFunctions) => {
		const filtro = String(context.getNodeParameter('filtro', '') ?? '').trim();
		return { method: 'GET' as const, path, qs: filtro === '' ? {} : { filtro } };
	};
}

/**
 * Codes (codigo) grow with each new record, so the highest code seen is the cursor. The
 * document says nothing of the order lists come in (egestor.txt, "Listar": only `filtro`
 * and `page`, 50 a page), so the core reads it from the first and last pages on every poll.
 */
const byCode = {
	code: (record: IDataObject) => Number(record.codigo),
	id: (record: IDataObject) => String(record.codigo),
};

const created = (path: ListPath): PollEvent => ({ ...byCode, request: list(path) });

/**
 * A receivable or payable whose situacao became one of `settled` since the trigger last
 * saw it. Any record may be settled, however old, and no list filters on situacao or a
 * change date, so every poll reads the whole list.
 */
function settled(path: ListPath, values: string[]): PollEvent {
	const isSettled = (value: unknown) => values.includes(String(value ?? ''));
	return {
		...byCode,
		kind: 'snapshot',
		request: list(path),
		state: (record) => String(record.situacao ?? ''),
		emits: (record, previous) => isSettled(record.situacao) && !isSettled(previous),
		sample: (record) => isSettled(record.situacao),
	};
}

const events: Record<string, PollEvent> = {
	newContact: created('/contatos'),
	newSale: created('/vendas'),
	newReceivable: created('/recebimentos'),
	// egestor.txt, Recebimentos: situacao 40 = Recebido.
	receivableReceived: settled('/recebimentos', ['40']),
	newPayable: created('/pagamentos'),
	// egestor.txt, Pagamentos: the table says 30 = Pago, but both payable examples show 40.
	payablePaid: settled('/pagamentos', ['30', '40']),
};

export class EGestorTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'eGestor Trigger',
		name: 'eGestorTrigger',
		icon: { light: 'file:eGestor.svg', dark: 'file:eGestor.dark.svg' },
		group: ['trigger'],
		version: 1,
		subtitle: '={{$parameter["event"]}}',
		...pollingTrigger,
		description:
			'Starts the workflow on new eGestor contacts, sales, receivables and payables, and when a receivable is received or a payable paid (checked by polling)',
		defaults: { name: 'eGestor Trigger' },
		credentials: eGestorCredentials,
		properties: [
			authenticationField,
			{
				displayName: 'Event',
				name: 'event',
				type: 'options',
				noDataExpression: true,
				options: [
					{
						name: 'New Contact',
						value: 'newContact',
						description: 'A contact (contato) was created',
					},
					{
						name: 'New Payable',
						value: 'newPayable',
						description: 'A payable (pagamento) was created',
					},
					{
						name: 'New Receivable',
						value: 'newReceivable',
						description: 'A receivable (recebimento) was created, e.g. a sale installment',
					},
					{ name: 'New Sale', value: 'newSale', description: 'A sale (venda) was created' },
					{
						name: 'Payable Paid',
						value: 'payablePaid',
						description:
							"A payable took situacao 30 (paid, as eGestor's table says) or 40 (as both of its payable examples show) since the trigger last saw it; the whole payable list is read on every poll",
					},
					{
						name: 'Receivable Received',
						value: 'receivableReceived',
						description:
							'A receivable took situacao 40 (received) since the trigger last saw it; the whole receivable list is read on every poll',
					},
				],
				default: 'newSale',
			},
			{
				displayName: 'Text Filter',
				name: 'filtro',
				type: 'string',
				default: '',
				description:
					'Only records matching this text (eGestor\'s "filtro" list parameter); empty: all records',
			},
			...pollOptions,
		],
	};

	poll = pollerOf({ vendor: eGestor, events });
}
