import type {
	IDataObject,
	INodeProperties,
	INodePropertyOptions,
	INodeType,
	INodeTypeDescription,
	IPollFunctions,
} from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import type { PollEvent } from '../shared/poll';
import { pollerOf, pollingTrigger, pollOptions } from '../shared/poll';
import type { ApiRequest } from '../shared/types';
import { apiFields } from '../shared/validate';
import { clientStatusOptions } from './actions/client/fields';
import { stageFilterOptions } from './actions/deal/stage';
import { proposalStatusOptions } from './actions/proposal/settings';
import { hivestr } from './transport';

const DAY_MS = 24 * 60 * 60 * 1000;

function filtersOf(context: IPollFunctions): IDataObject {
	return context.getNodeParameter('filters', {}) as IDataObject;
}

/** Only the named filters, as the list's query parameters. */
function query(context: IPollFunctions, names: string[]): IDataObject {
	const filters = filtersOf(context);
	return apiFields(Object.fromEntries(names.map((name) => [name, filters[name]])));
}

/** GET `path` with the named filters as its query. */
function list(path: string, filterNames: string[]) {
	return (context: IPollFunctions): ApiRequest => ({
		method: 'GET',
		path,
		qs: query(context, filterNames),
	});
}

const show = (...eventNames: string[]) => ({ show: { '/event': eventNames } });

/**
 * The Filters collection. Those with options (stages, statuses, urgencies) are checked against
 * them before any request (see `checkFilters`).
 */
const filtersParameter: INodeProperties = {
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
			description: 'Only proposals or cards of this client (UUID)',
			displayOptions: show('newProposal', 'proposalStatusChanged', 'cardStageChanged'),
		},
		{
			displayName: 'Client Status',
			name: 'status',
			type: 'options',
			// The action's list is in the API's order; the filter lists it by name.
			options: [...clientStatusOptions].sort((a, b) => a.name.localeCompare(b.name)),
			default: 'lead',
			description: 'Only clients created with this status',
			displayOptions: show('newClient'),
		},
		{
			displayName: 'To Stage',
			name: 'toStage',
			type: 'multiOptions',
			options: stageFilterOptions,
			default: [],
			description: 'Only cards that moved into one of these stages (none: any stage)',
			displayOptions: show('cardStageChanged'),
		},
		{
			displayName: 'To Status',
			name: 'toStatus',
			type: 'multiOptions',
			options: proposalStatusOptions,
			default: [],
			description: 'Only proposals that took one of these statuses (none: any status)',
			displayOptions: show('proposalStatusChanged'),
		},
		{
			displayName: 'Urgency',
			name: 'urgency',
			type: 'multiOptions',
			options: [
				{ name: 'Due Soon (Next 24 Hours)', value: 'due_soon' },
				{ name: 'Due Today', value: 'due_today' },
				{ name: 'Overdue', value: 'overdue' },
			],
			default: [],
			description: 'Only reminders of these urgencies (none: any)',
			displayOptions: show('taskReminderDue'),
		},
		{
			displayName: 'User ID',
			name: 'user_id',
			type: 'string',
			default: '',
			description: 'Only tasks of this salesperson, as task or card assignee (UUID)',
			displayOptions: show('taskReminderDue'),
		},
	],
};

/**
 * Refuses a stage, status or urgency that Hivestr does not document (typed by expression),
 * which would otherwise never match and leave the trigger silently idle.
 */
function checkFilters(context: IPollFunctions): void {
	const filters = filtersOf(context);
	for (const filter of filtersParameter.options as INodeProperties[]) {
		const value = filters[filter.name];
		if (filter.options === undefined || value === undefined || value === '') continue;
		const values = (filter.options as INodePropertyOptions[]).map((option) => String(option.value));
		for (const one of Array.isArray(value) ? value : [value]) {
			if (!values.includes(String(one))) {
				throw new NodeOperationError(
					context.getNode(),
					`"${String(one)}" is not a value of ${filter.displayName}`,
					{ description: `Hivestr's API docs name these values: ${values.join(', ')}.` },
				);
			}
		}
	}
}

/** Whether `value` is one of the chosen values (none chosen: any value). */
function chosen(context: IPollFunctions, name: string, value: unknown): boolean {
	const wanted = filtersOf(context)[name];
	return !Array.isArray(wanted) || wanted.length === 0 || (wanted as unknown[]).includes(value);
}

/** A remembered value that changed into one of the chosen ones (a record never seen is no change). */
function changedInto(name: string, field: string): Pick<PollEvent, 'state' | 'emits' | 'sample'> {
	return {
		state: (record) => String(record[field] ?? ''),
		emits: (record, previous, context) =>
			previous !== undefined &&
			previous !== String(record[field] ?? '') &&
			chosen(context, name, record[field]),
		sample: (record, context) => chosen(context, name, record[field]),
	};
}

const events: Record<string, PollEvent> = {
	// Hivestr documents no list order: the core reads it from the first and last pages.
	newClient: {
		request: list('/public/clients', ['status']),
		timestamp: (client) => client.created_at,
	},
	newProposal: {
		request: list('/public/proposals', ['client_id']),
		timestamp: (proposal) => proposal.created_at,
	},
	proposalStatusChanged: {
		request: (context) => {
			const days = Number(context.getNodeParameter('watchDays', 90));
			const since = new Date(Date.now() - Math.max(1, days) * DAY_MS).toISOString().slice(0, 10);
			return {
				method: 'GET',
				path: '/public/proposals',
				qs: { ...query(context, ['client_id']), start_date: since },
			};
		},
		timestamp: (proposal) => proposal.created_at,
		kind: 'snapshot',
		...changedInto('toStatus', 'status'),
	},
	cardStageChanged: {
		request: list('/public/pipeline/deals', ['client_id']),
		timestamp: (card) => card.updated_at ?? card.created_at,
		kind: 'snapshot',
		...changedInto('toStage', 'pipeline_stage'),
	},
	taskReminderDue: {
		request: list('/public/pipeline/reminders', ['user_id']),
		timestamp: (task) => task.due_at,
		kind: 'snapshot',
		unpaged: true,
		state: (task) => String(task.urgency ?? ''),
		// A task is reported once per urgency it reaches among the chosen ones.
		emits: (task, previous, context) =>
			previous !== String(task.urgency ?? '') && chosen(context, 'urgency', task.urgency),
		sample: (task, context) => chosen(context, 'urgency', task.urgency),
	},
};

export class HivestrTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Hivestr Trigger',
		name: 'hivestrTrigger',
		icon: { light: 'file:hivestr.svg', dark: 'file:hivestr.dark.svg' },
		group: ['trigger'],
		version: 1,
		subtitle: '={{$parameter["event"]}}',
		...pollingTrigger,
		description:
			'Starts the workflow on new Hivestr clients and proposals, proposal status and pipeline stage changes, and task reminders coming due (checked by polling)',
		defaults: { name: 'Hivestr Trigger' },
		credentials: [{ name: 'hivestrApi', required: true }],
		properties: [
			{
				displayName: 'Event',
				name: 'event',
				type: 'options',
				noDataExpression: true,
				options: [
					{
						name: 'New Client',
						value: 'newClient',
						description: 'A client was created (a client created by the API also opens a card)',
					},
					{ name: 'New Proposal', value: 'newProposal', description: 'A proposal was created' },
					{
						name: 'Pipeline Card Changed Stage',
						value: 'cardStageChanged',
						description:
							'A pipeline card moved to another stage (pipeline_stage) since the trigger last saw it. Every poll reads all cards (1 request per 100); more cards than Max Pages per Poll allows (1,000 by default) fail the poll with an error: narrow them with the Client ID filter or raise that option.',
					},
					{
						name: 'Proposal Status Changed',
						value: 'proposalStatusChanged',
						description: 'A proposal took another status since the trigger last saw it',
					},
					{
						name: 'Task Reminder Due',
						value: 'taskReminderDue',
						description:
							'A pipeline task became overdue, due today or due within 24 hours (the notification bell)',
					},
				],
				default: 'newClient',
			},
			{
				displayName: 'Watch Proposals Created Within (Days)',
				name: 'watchDays',
				type: 'number',
				typeOptions: { minValue: 1 },
				default: 90,
				description:
					'Status changes are watched on the proposals created in this many last days (the list is read in full on every poll)',
				displayOptions: { show: { event: ['proposalStatusChanged'] } },
			},
			filtersParameter,
			...pollOptions,
		],
	};

	poll = pollerOf({ vendor: hivestr, events, checkParameters: checkFilters });
}
