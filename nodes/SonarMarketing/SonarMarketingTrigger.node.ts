import type {
	IDataObject,
	INodeExecutionData,
	INodeType,
	INodeTypeDescription,
	IPollFunctions,
} from 'n8n-workflow';

import type { PollEvent } from '../shared/poll';
import { pollerOf, pollingTrigger, pollOptions, pollRecords } from '../shared/poll';
import type { ApiRequest } from '../shared/types';
import { apiFields } from '../shared/validate';
import { phaseOptions } from './actions/deal/fields';
import { sonarMarketing } from './transport';

/**
 * GET /deals with the server-side filters it takes (sonar-deals.txt, GET /v1/deals) and its
 * documented `sort`. The core still checks the order the pages come in on every poll.
 */
function listDeals(sort: string, status?: string) {
	return (context: IPollFunctions): ApiRequest => {
		const filters = context.getNodeParameter('filters', {}) as IDataObject;
		const { client_id, responsible_id, source } = filters;
		return {
			method: 'GET',
			path: '/deals',
			qs: { ...apiFields({ client_id, responsible_id, source, status }, {}), sort },
		};
	};
}

/** ganho and perdido come from Ecosys Auto's document; Sonar's lists only ativo and arquivado. */
const closedStatuses = ['ganho', 'perdido', 'arquivado'];

/** Whether the deal is in the To Phase filter's phase (no filter: any phase). */
function inToPhase(context: IPollFunctions, deal: IDataObject): boolean {
	const toPhase = (context.getNodeParameter('filters', {}) as IDataObject).toPhase;
	return toPhase === undefined || toPhase === '' || deal.phase === toPhase;
}

function wantedStatuses(context: IPollFunctions): string[] {
	return context.getNodeParameter('statuses', closedStatuses) as string[];
}

const events: Record<string, PollEvent> = {
	newDeal: {
		request: listDeals('-created_at'),
		timestamp: (deal) => deal.created_at,
	},
	dealPhaseChanged: {
		request: listDeals('-updated_at'),
		timestamp: (deal) => deal.updated_at,
		state: (deal) => String(deal.phase ?? ''),
		emits: (deal, previous, context) =>
			inToPhase(context, deal) && previous !== undefined && previous !== String(deal.phase ?? ''),
		// The sample of a manual run: the most recently updated deal in the wanted phase.
		sample: (deal, context) => inToPhase(context, deal),
	},
	/** ganho / perdido (not in Sonar's document): the unfiltered list, by updated_at. */
	dealClosed: {
		request: listDeals('-updated_at'),
		timestamp: (deal) => deal.updated_at,
		state: (deal) => String(deal.status ?? ''),
		emits: (deal, previous, context) => {
			const wanted = wantedStatuses(context).filter((status) => status !== 'arquivado');
			const status = String(deal.status ?? '');
			return wanted.includes(status) && previous !== status;
		},
	},
	/**
	 * Archived deals, read with the documented `status=arquivado` filter (the document does
	 * not say whether an unfiltered list includes them): each deal new to that list, by the
	 * time it was archived (archived_at, in DELETE's answer) or else last updated.
	 */
	dealArchived: {
		request: listDeals('-updated_at', 'arquivado'),
		timestamp: (deal) => deal.archived_at ?? deal.updated_at,
	},
};

const pollOneList = pollerOf({ vendor: sonarMarketing, events });

/**
 * Won/lost from the unfiltered list, archived from status=arquivado: two cursors, kept under
 * their own names; either poll failing leaves both as they were.
 */
async function pollClosedDeals(context: IPollFunctions): Promise<INodeExecutionData[][] | null> {
	const wanted = wantedStatuses(context);
	const staticData = context.getWorkflowStaticData('node');
	const out: INodeExecutionData[] = [];
	const next: IDataObject = {};
	try {
		for (const [name, cursor] of [
			['dealClosed', 'closed'],
			['dealArchived', 'archived'],
		] as const) {
			const watched =
				name === 'dealArchived'
					? wanted.includes('arquivado')
					: wanted.some((status) => status !== 'arquivado');
			if (!watched) continue;
			// 0.1.0 kept this event's one cursor under `poll`.
			staticData.poll = staticData[cursor] ?? (cursor === 'closed' ? staticData.poll : undefined);
			const result = await pollRecords(context, sonarMarketing, name, events[name]);
			next[cursor] = staticData.poll;
			out.push(...(result?.[0] ?? []));
		}
	} finally {
		delete staticData.poll;
	}
	// Both polls succeeded: only now do their cursors move on.
	if (context.getMode() !== 'manual') Object.assign(staticData, next);
	if (out.length === 0) return null;
	if (context.getMode() !== 'manual') return [out];
	// A manual run returns one sample: the most recently closed deal.
	const when = (deal: IDataObject) => String(deal.archived_at ?? deal.updated_at ?? '');
	return [[out.reduce((a, b) => (when(b.json) > when(a.json) ? b : a))]];
}

export class SonarMarketingTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Sonar Marketing Trigger',
		name: 'sonarMarketingTrigger',
		icon: { light: 'file:sonarMarketing.svg', dark: 'file:sonarMarketing.dark.svg' },
		group: ['trigger'],
		version: 1,
		subtitle: '={{$parameter["event"]}}',
		...pollingTrigger,
		description:
			'Starts the workflow when a Sonar Marketing deal is created, changes phase, or is won, lost or archived (checked by polling)',
		defaults: { name: 'Sonar Marketing Trigger' },
		credentials: [{ name: 'sonarMarketingApi', required: true }],
		properties: [
			{
				displayName: 'Event',
				name: 'event',
				type: 'options',
				noDataExpression: true,
				options: [
					{
						name: 'New Deal',
						value: 'newDeal',
						description: 'A deal was created (read newest first by created_at)',
					},
					{
						name: 'Deal Phase Changed',
						value: 'dealPhaseChanged',
						description:
							'A deal moved to another pipeline phase since the trigger last saw it (read by updated_at)',
					},
					{
						name: 'Deal Won, Lost or Archived',
						value: 'dealClosed',
						description:
							"A deal was archived (read with status=arquivado), or took the status ganho (won) or perdido (lost), which are not in Sonar Marketing's API docs",
					},
				],
				default: 'newDeal',
			},
			{
				displayName: 'Statuses',
				name: 'statuses',
				type: 'multiOptions',
				options: [
					{ name: 'Arquivado (Archived)', value: 'arquivado' },
					{
						name: "Ganho (Won) (Not in Sonar Marketing's API Docs)",
						value: 'ganho',
						description:
							"Sonar Marketing's API docs list only the statuses ativo and arquivado; ganho comes from Ecosys Auto's docs",
					},
					{
						name: "Perdido (Lost) (Not in Sonar Marketing's API Docs)",
						value: 'perdido',
						description:
							"Sonar Marketing's API docs list only the statuses ativo and arquivado; perdido comes from Ecosys Auto's docs",
					},
				],
				default: ['arquivado', 'ganho', 'perdido'],
				description: 'Which closing statuses start the workflow',
				displayOptions: { show: { event: ['dealClosed'] } },
			},
			{
				displayName: 'Filters',
				name: 'filters',
				type: 'collection',
				placeholder: 'Add Filter',
				default: {},
				options: [
					{
						displayName: 'Client ID',
						name: 'client_id',
						type: 'string',
						default: '',
						description: 'Only deals of this client (UUID)',
					},
					{
						displayName: 'Responsible ID',
						name: 'responsible_id',
						type: 'string',
						default: '',
						description: 'Only deals of this responsible user (UUID)',
					},
					{
						displayName: 'Source',
						name: 'source',
						type: 'string',
						default: '',
						description: 'Only deals from this lead source (origem), e.g. indicacao',
					},
					{
						displayName: 'To Phase',
						name: 'toPhase',
						type: 'options',
						options: phaseOptions,
						default: 'proposta',
						description:
							'Only deals that moved into this phase. Use an expression for a phase your team added.',
						displayOptions: { show: { '/event': ['dealPhaseChanged'] } },
					},
				],
			},
			...pollOptions,
		],
	};

	async poll(this: IPollFunctions): Promise<INodeExecutionData[][] | null> {
		const event = this.getNodeParameter('event') as string;
		return event === 'dealClosed' ? await pollClosedDeals(this) : await pollOneList.call(this);
	}
}
