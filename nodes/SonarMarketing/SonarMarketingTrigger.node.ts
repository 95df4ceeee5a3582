import type {
	IDataObject,
	INodeExecutionData,
	INodeType,
	INodeTypeDescription,
	IPollFunctions,
} from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import { apiFields } from '../shared/validate';
import type { PollEvent } from '../shared/poll';
import { includeExistingOption, pollRecords } from '../shared/poll';
import { phaseOptions } from './actions/deal/fields';
import { sonarMarketing } from './transport';

/** Server-side filters the deals list takes (GET /deals). */
function dealQuery(context: IPollFunctions, sort: string): IDataObject {
	const filters = context.getNodeParameter('filters', {}) as IDataObject;
	const { client_id, responsible_id, source } = filters;
	return { ...apiFields({ client_id, responsible_id, source }, {}), sort };
}

const closedStatuses = ['ganho', 'perdido', 'arquivado'];

/** Whether the deal is in the To Phase filter's phase (no filter: any phase). */
function inToPhase(context: IPollFunctions, deal: IDataObject): boolean {
	const toPhase = (context.getNodeParameter('filters', {}) as IDataObject).toPhase;
	return toPhase === undefined || toPhase === '' || deal.phase === toPhase;
}

const events: Record<string, PollEvent> = {
	newDeal: {
		request: (context) => ({
			method: 'GET',
			path: '/deals',
			qs: dealQuery(context, '-created_at'),
		}),
		timestamp: (deal) => deal.created_at,
	},
	dealPhaseChanged: {
		request: (context) => ({
			method: 'GET',
			path: '/deals',
			qs: dealQuery(context, '-updated_at'),
		}),
		timestamp: (deal) => deal.updated_at,
		state: (deal) => String(deal.phase ?? ''),
		emits: (deal, previous, context) =>
			inToPhase(context, deal) && previous !== undefined && previous !== String(deal.phase ?? ''),
		// The sample of a manual run: the most recently updated deal in the wanted phase.
		sample: (deal, context) => inToPhase(context, deal),
	},
	dealClosed: {
		request: (context) => ({
			method: 'GET',
			path: '/deals',
			qs: dealQuery(context, '-updated_at'),
		}),
		timestamp: (deal) => deal.updated_at,
		state: (deal) => String(deal.status ?? ''),
		emits: (deal, previous, context) => {
			const wanted = context.getNodeParameter('statuses', closedStatuses) as string[];
			const status = String(deal.status ?? '');
			return wanted.includes(status) && previous !== status;
		},
	},
};

export class SonarMarketingTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Sonar Marketing Trigger',
		name: 'sonarMarketingTrigger',
		icon: { light: 'file:sonarMarketing.svg', dark: 'file:sonarMarketing.dark.svg' },
		group: ['trigger'],
		version: 1,
		subtitle: '={{$parameter["event"]}}',
		description:
			'Starts the workflow when a Sonar Marketing deal is created, changes phase, or is won, lost or archived (checked by polling)',
		defaults: { name: 'Sonar Marketing Trigger' },
		polling: true,
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
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
							'A deal took the status ganho (won), perdido (lost) or arquivado (archived) (read by updated_at)',
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
					{ name: 'Ganho (Won)', value: 'ganho' },
					{ name: 'Perdido (Lost)', value: 'perdido' },
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
			includeExistingOption,
		],
	};

	async poll(this: IPollFunctions): Promise<INodeExecutionData[][] | null> {
		const event = this.getNodeParameter('event') as string;
		return await pollRecords(this, sonarMarketing, event, events[event]);
	}
}
