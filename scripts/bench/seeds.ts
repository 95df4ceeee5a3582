// Figure 7's records: per trigger, the action node's create for each resource its events read
// (sent once through the node, then replayed raw), and for "changed" events the node's own
// operation that changes an existing record's state.
import type { IDataObject, INodeType } from 'n8n-workflow';

import { EGestorTrigger } from '../../nodes/EGestor/EGestorTrigger.node';
import { EcosysAutoTrigger } from '../../nodes/EcosysAuto/EcosysAutoTrigger.node';
import { HivestrTrigger } from '../../nodes/Hivestr/HivestrTrigger.node';
import { SonarMarketingTrigger } from '../../nodes/SonarMarketing/SonarMarketingTrigger.node';
import { WoofedCrmTrigger } from '../../nodes/WoofedCrm/WoofedCrmTrigger.node';

/** Runs the vendor's action node once (one item) and gives its output. */
export type RunAction = (parameters: IDataObject) => Promise<IDataObject[]>;

/** What `prepare` made first (ids the creates refer to). */
export type Made = Record<string, string>;

export interface Seed {
	/** The records, as the rows name them (plural), e.g. "proposals". */
	noun: string;
	/**
	 * The action node's create (given what `prepare` made), sent once through the node and then
	 * replayed raw (also for the new records). Undefined: the vendor documents no create, so
	 * only `records` records are there and no new ones are measured.
	 */
	create?: (made: Made) => IDataObject;
	/** Raw copies to make after the node's create (default: RECORDS − 1; 0: none, not even the node's). */
	copies?: number;
	/** Records of the resource there before the first poll (default: RECORDS). */
	records?: number;
	/** Events measured over these records. */
	events: string[];
	/** Events besides the "new…" ones that emit each new record (so 10 new must emit 10). */
	newEmits?: string[];
	/** By event: the change of an existing record's state that the event emits on. */
	changes?: Record<string, Change>;
}

export interface Change {
	/** What the change is, as the rows say it, e.g. "received (Receivable › Receive)". */
	what: string;
	/** Changes up to `count` records spread over the list; gives how many it changed. */
	run(action: RunAction, count: number): Promise<number>;
}

export interface TriggerCase {
	vendor: string;
	trigger: INodeType;
	/** Records the creates refer to, made once through the action node. */
	prepare?: (action: RunAction) => Promise<Made>;
	/** In this order (a seeded resource can slow a later one's list in the sandbox). */
	seeds: Seed[];
	/** Events that read the whole list on every poll (`kind: 'snapshot'` in the trigger). */
	wholeList: string[];
	/**
	 * Ordered events that remember each record's state: a first activation learns the states of
	 * as many pages as Max Pages per Poll allows, so they run with it raised to learn them all.
	 */
	learnAll?: string[];
	common?: IDataObject;
	budget: string;
}

const byId = (value: string) => ({ __rl: true, mode: 'id', value });
const today = () => new Date().toISOString().slice(0, 10);

/** `count` entries spread evenly over `all` (oldest and newest alike). */
function spread<T>(all: T[], count: number): T[] {
	if (all.length <= count) return all;
	const step = all.length / count;
	return Array.from({ length: count }, (_, index) => all[Math.floor(index * step)]);
}

/** Runs `operation` on up to `count` records of a Get Many (Return All), spread over the list. */
async function changeSpread(
	action: RunAction,
	list: IDataObject,
	key: string,
	count: number,
	operation: (id: string) => IDataObject,
	pick: (record: IDataObject) => boolean = () => true,
): Promise<number> {
	const records = (await action({ ...list, returnAll: true })).filter(pick);
	const chosen = spread(records, count);
	for (const record of chosen) await action(operation(String(record[key])));
	return chosen.length;
}

/** A change run through the action node on deals spread over a Get Many's list. */
function dealChange(
	what: string,
	key: string,
	operation: (id: string) => IDataObject,
	pick: (deal: IDataObject) => boolean,
): Change {
	return {
		what,
		run: async (action, count) =>
			await changeSpread(
				action,
				{ resource: 'deal', operation: 'getAll' },
				key,
				count,
				operation,
				pick,
			),
	};
}

/** A WoofedCRM deal update on open deals spread over the deal search (10 a page). */
function woofedChange(what: string, updateFields: IDataObject): Change {
	return {
		what,
		run: async (action, count) =>
			await changeSpread(
				action,
				{ resource: 'deal', operation: 'search', simplify: true },
				'id',
				count,
				(id) => ({ resource: 'deal', operation: 'update', dealId: byId(id), updateFields }),
				(deal) => deal.status === 'open',
			),
	};
}

function outputField(output: IDataObject[], path: string[]): string {
	let value: unknown = output[0];
	for (const key of path) value = (value as IDataObject | undefined)?.[key];
	if (value === undefined || value === null || value === '')
		throw new Error(`the action node's output has no ${path.join('.')}`);
	return String(value);
}

/** An eGestor sale of one product line and one installment, due today. */
const saleCreate = (made: Made): IDataObject => ({
	resource: 'sale',
	operation: 'create',
	dtVenda: today(),
	produtos: { product: [{ codProduto: byId(made.productCode), quant: 1, preco: '10.00' }] },
	financeiros: { installment: [{ dtVenc: today() }] },
});

export const TRIGGERS: TriggerCase[] = [
	{
		vendor: 'sonar',
		trigger: new SonarMarketingTrigger(),
		seeds: [
			{
				noun: 'deals',
				create: () => ({ resource: 'deal', operation: 'create', title: 'Bench deal' }),
				events: ['newDeal', 'dealPhaseChanged', 'dealClosed'],
				changes: {
					dealPhaseChanged: dealChange(
						'moved to proposta (Deal › Update, Phase)',
						'id',
						(id) => ({
							resource: 'deal',
							operation: 'update',
							dealId: byId(id),
							updateFields: { phase: 'proposta' },
						}),
						(deal) => deal.phase === 'lead',
					),
					dealClosed: dealChange(
						'won (Deal › Update, Status Ganho)',
						'id',
						(id) => ({
							resource: 'deal',
							operation: 'update',
							dealId: byId(id),
							updateFields: { status: 'ganho' },
						}),
						(deal) => deal.status === 'ativo',
					),
				},
			},
		],
		wholeList: [],
		learnAll: ['dealPhaseChanged', 'dealClosed'],
		budget: 'none documented',
	},
	{
		vendor: 'ecosys',
		trigger: new EcosysAutoTrigger(),
		seeds: [
			{
				noun: 'deals',
				create: () => ({ resource: 'deal', operation: 'create', title: 'Bench deal' }),
				events: ['newDeal', 'dealWon', 'dealLost'],
				changes: {
					dealWon: dealChange(
						'won (Deal › Mark as Won)',
						'id',
						(id) => ({ resource: 'deal', operation: 'markWon', dealId: byId(id), finalValue: 100 }),
						(deal) => deal.status === 'ativo',
					),
					dealLost: dealChange(
						'lost (Deal › Mark as Lost)',
						'id',
						(id) => ({
							resource: 'deal',
							operation: 'markLost',
							dealId: byId(id),
							lossReason: 'Bench',
						}),
						(deal) => deal.status === 'ativo',
					),
				},
			},
			{
				noun: 'clients',
				create: () => ({ resource: 'client', operation: 'create', type: 'PF', name: 'Bench' }),
				events: ['newClient'],
			},
			{
				noun: 'vehicles',
				// The store: the credential's Default Store ID (the sandbox's demo store).
				create: () => ({ resource: 'vehicle', operation: 'create', title: 'Bench vehicle' }),
				events: ['newVehicle'],
			},
		],
		wholeList: ['dealLost', 'dealWon'],
		budget: 'none documented',
	},
	{
		vendor: 'woofedcrm',
		trigger: new WoofedCrmTrigger(),
		seeds: [
			{
				noun: 'deals',
				create: () => ({
					resource: 'deal',
					operation: 'create',
					name: 'Bench deal',
					stage_id: '1',
					contact_id: '1',
				}),
				events: ['newDeal', 'dealUpdated', 'dealWon', 'dealLost'],
				changes: {
					dealUpdated: woofedChange('renamed (Deal › Update, Name)', {
						name: 'Bench deal renamed',
					}),
					dealWon: woofedChange('won (Deal › Update, Status Won)', { status: 'won' }),
					dealLost: woofedChange('lost (Deal › Update, Status Lost)', { status: 'lost' }),
				},
			},
		],
		wholeList: [],
		budget: 'none documented',
	},
	{
		vendor: 'hivestr',
		trigger: new HivestrTrigger(),
		// One client (with the card Hivestr opens for it): the proposals' client, the tasks' card.
		prepare: async (action) => {
			const client = await action({ resource: 'client', operation: 'create', name: 'Bench' });
			return {
				clientId: outputField(client, ['id']),
				cardId: outputField(client, ['pipeline_deal', 'id']),
			};
		},
		seeds: [
			// Proposals first: the sandbox links each new proposal to a card by sorting all cards.
			{
				noun: 'proposals',
				create: (made) => ({
					resource: 'proposal',
					operation: 'create',
					clientId: byId(made.clientId),
					title: 'Bench proposal',
					campaignStartDate: today(),
					campaignEndDate: today(),
					itemsSource: 'json',
					itemsJson: JSON.stringify([
						{ vehicle_id: 'inv-ooh-eixo', quantity: 1, unit_price: 10000, final_price: 10000 },
					]),
				}),
				events: ['newProposal', 'proposalStatusChanged'],
				changes: {
					proposalStatusChanged: {
						what: 'sent (Proposal › Update, Status Sent)',
						run: async (action, count) =>
							await changeSpread(
								action,
								{ resource: 'proposal', operation: 'getAll' },
								'id',
								count,
								(id) => ({
									resource: 'proposal',
									operation: 'update',
									proposalId: byId(id),
									updateFields: { status: 'sent' },
								}),
								(proposal) => proposal.status === 'draft',
							),
					},
				},
			},
			// Cards before tasks: every card in the card list counts its tasks in the sandbox.
			{
				noun: 'clients (each with its pipeline card)',
				create: () => ({ resource: 'client', operation: 'create', name: 'Bench client' }),
				events: ['newClient', 'cardStageChanged'],
				changes: {
					cardStageChanged: dealChange(
						'moved to Proposta (Pipeline Card › Move Stage)',
						'id',
						(id) => ({
							resource: 'deal',
							operation: 'moveStage',
							dealId: byId(id),
							pipelineStage: 'Proposta',
						}),
						(card) => card.pipeline_stage === 'Prospecção',
					),
				},
			},
			{
				noun: 'tasks due within the hour (on one card)',
				create: (made) => ({
					resource: 'task',
					operation: 'create',
					dealId: byId(made.cardId),
					title: 'Bench task',
					additionalFields: { due_at: new Date(Date.now() + 60 * 60_000).toISOString() },
				}),
				events: ['taskReminderDue'],
				newEmits: ['taskReminderDue'],
			},
		],
		wholeList: ['cardStageChanged', 'proposalStatusChanged', 'taskReminderDue'],
		budget: '1,000 / 5,000 an hour',
	},
	{
		vendor: 'egestor',
		trigger: new EGestorTrigger(),
		// One product: the sales' line.
		prepare: async (action) => {
			const product = await action({
				resource: 'product',
				operation: 'create',
				descricao: 'Bench product',
			});
			return { productCode: outputField(product, ['codigo']) };
		},
		seeds: [
			{
				noun: 'contacts',
				create: () => ({
					resource: 'contact',
					operation: 'create',
					nome: 'Bench',
					tipo: ['cliente'],
				}),
				events: ['newContact'],
			},
			// A sale with one line and one installment: eGestor makes the installment a receivable
			// (receivables have no create of their own in eGestor's API docs).
			{
				noun: 'sales (one product line, one installment each)',
				create: (made) => saleCreate(made),
				events: ['newSale'],
			},
			{
				noun: 'receivables (the installments of those sales)',
				// Seeded with the sales; the new ones come with new sales.
				create: (made) => saleCreate(made),
				copies: 0,
				events: ['newReceivable', 'receivableReceived'],
				changes: {
					receivableReceived: {
						what: 'received (Receivable › Receive)',
						run: async (action, count) =>
							await changeSpread(
								action,
								{ resource: 'receivable', operation: 'getAll' },
								'codigo',
								count,
								(code) => ({
									resource: 'receivable',
									operation: 'receive',
									receivableId: byId(code),
									valor: '10.00',
									dtPgto: today(),
								}),
								(receivable) => String(receivable.situacao) === '20',
							),
					},
				},
			},
			// eGestor's API docs have no payable create: only the sandbox's own payable is there.
			{
				noun: "payable (the sandbox's own: eGestor's API docs have no payable create)",
				copies: 0,
				records: 1,
				events: ['newPayable', 'payablePaid'],
				changes: {
					payablePaid: {
						what: 'paid (Payable › Pay)',
						run: async (action, count) =>
							await changeSpread(
								action,
								{ resource: 'payable', operation: 'getAll' },
								'codigo',
								count,
								(code) => ({
									resource: 'payable',
									operation: 'pay',
									payableId: byId(code),
									valor: '10.00',
									dtPgto: today(),
								}),
								(payable) => String(payable.situacao) === '10',
							),
					},
				},
			},
		],
		wholeList: ['payablePaid', 'receivableReceived'],
		common: { authentication: 'personalToken' },
		budget: '3,600 an hour',
	},
];
