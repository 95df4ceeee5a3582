import type {
	IDataObject,
	INodeExecutionData,
	INodeType,
	INodeTypeDescription,
	IPollFunctions,
} from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import type { PollEvent } from '../shared/poll';
import { includeExistingOption, pollRecords } from '../shared/poll';
import { eGestor } from './transport';

type ListPath = '/contatos' | '/vendas' | '/recebimentos' | '/pagamentos';

/** GET <list> with the text filter (filtro), eGestor's only list filter. */
function list(path: ListPath) {
	return (context: IPollFunctions) => {
		const filtro = String(context.getNodeParameter('filtro', '') ?? '').trim();
		return { method: 'GET' as const, path, qs: filtro === '' ? {} : { filtro } };
	};
}

const lastPage = (body: unknown) => Number((body as { last_page?: unknown }).last_page);

/**
 * eGestor lists oldest first, 50 a page, with no date filter; codes (codigo) grow with each
 * new record, so the newest code seen is the cursor.
 */
const byCode = {
	oldestFirst: true,
	totalPages: lastPage,
	timestamp: (record: IDataObject) => Number(record.codigo),
	id: (record: IDataObject) => String(record.codigo),
};

const created = (path: ListPath): PollEvent => ({ ...byCode, request: list(path) });

/** A receivable or payable whose situacao became `settled` since the trigger last saw it. */
function settled(path: ListPath, situacao: string): PollEvent {
	return {
		...byCode,
		request: list(path),
		snapshot: true,
		state: (record) => String(record.situacao ?? ''),
		emits: (record, previous) => String(record.situacao) === situacao && previous !== situacao,
		sample: (record) => String(record.situacao) === situacao,
	};
}

const events: Record<string, PollEvent> = {
	newContact: created('/contatos'),
	newSale: created('/vendas'),
	newReceivable: created('/recebimentos'),
	receivableReceived: settled('/recebimentos', '40'),
	newPayable: created('/pagamentos'),
	payablePaid: settled('/pagamentos', '30'),
};

export class EGestorTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'eGestor Trigger',
		name: 'eGestorTrigger',
		icon: { light: 'file:eGestor.svg', dark: 'file:eGestor.dark.svg' },
		group: ['trigger'],
		version: 1,
		subtitle: '={{$parameter["event"]}}',
		description:
			'Starts the workflow on new eGestor contacts, sales, receivables and payables, and when a receivable is received or a payable paid (checked by polling)',
		defaults: { name: 'eGestor Trigger' },
		polling: true,
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		credentials: [
			{
				name: 'eGestorApi',
				required: true,
				displayOptions: { show: { authentication: ['personalToken'] } },
			},
			{
				name: 'eGestorOAuth2Api',
				required: true,
				displayOptions: { show: { authentication: ['oAuth2'] } },
			},
		],
		properties: [
			{
				displayName: 'Authentication',
				name: 'authentication',
				type: 'options',
				options: [
					{ name: 'Personal Token', value: 'personalToken' },
					{ name: 'OAuth2', value: 'oAuth2' },
				],
				default: 'personalToken',
			},
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
						description: 'A payable took situacao 30 (paid) since the trigger last saw it',
					},
					{
						name: 'Receivable Received',
						value: 'receivableReceived',
						description: 'A receivable took situacao 40 (received) since the trigger last saw it',
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
			includeExistingOption,
		],
	};

	async poll(this: IPollFunctions): Promise<INodeExecutionData[][] | null> {
		const event = this.getNodeParameter('event') as string;
		return await pollRecords(this, eGestor, event, events[event]);
	}
}
