import type { IDataObject, INodeType, INodeTypeDescription, IPollFunctions } from 'n8n-workflow';

import type { PollEvent, TimeWindow } from '../shared/poll';
import { pollerOf, pollingTrigger, pollOptions } from '../shared/poll';
import { CREDENTIAL_TYPE, woofedCrm } from './transport';

/**
 * POST /deals/search over `field` within the window (Ransack `_gteq`/`_lteq`), with the
 * node's Pipeline/Stage filters. The path's account is filled in by `poll()`.
 */
function search(field: 'created_at' | 'updated_at') {
	return (context: IPollFunctions, window: TimeWindow = {}) => {
		const filters = context.getNodeParameter('filters', {}) as IDataObject;
		const query: IDataObject = {};
		if (window.from !== undefined) query[`${field}_gteq`] = window.from;
		if (window.to !== undefined) query[`${field}_lteq`] = window.to;
		for (const name of ['pipeline_id', 'stage_id'] as const) {
			const value = filters[name];
			// 0 is the field's empty default: WoofedCRM ids start at 1.
			if (value !== undefined && value !== null && value !== '' && value !== 0) {
				query[`${name}_eq`] = value;
			}
		}
		return {
			method: 'POST' as const,
			effect: 'read' as const,
			path: '/deals/search',
			body: { query },
		};
	};
}

const totalPages = (body: unknown) =>
	Number((body as { pagination?: { pages?: unknown } }).pagination?.pages ?? Number.NaN);

/** A deal that took `status` since the trigger last saw it. */
function tookStatus(status: string): PollEvent {
	return {
		kind: 'window',
		request: search('updated_at'),
		totalPages,
		timestamp: (deal) => deal.updated_at,
		state: (deal) => String(deal.status ?? ''),
		emits: (deal, previous) => deal.status === status && previous !== status,
	};
}

const events: Record<string, PollEvent> = {
	newDeal: {
		kind: 'window',
		request: search('created_at'),
		totalPages,
		timestamp: (deal) => deal.created_at,
	},
	dealUpdated: {
		kind: 'window',
		request: search('updated_at'),
		totalPages,
		timestamp: (deal) => deal.updated_at,
	},
	dealWon: tookStatus('won'),
	dealLost: tookStatus('lost'),
};

export class WoofedCrmTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'WoofedCRM Trigger',
		name: 'woofedCrmTrigger',
		icon: { light: 'file:woofedCrm.svg', dark: 'file:woofedCrm.dark.svg' },
		group: ['trigger'],
		version: 1,
		subtitle: '={{$parameter["event"]}}',
		...pollingTrigger,
		description:
			'Starts the workflow when a WoofedCRM deal is created, updated, won or lost (checked by polling the deal search)',
		defaults: { name: 'WoofedCRM Trigger' },
		credentials: [{ name: CREDENTIAL_TYPE, required: true }],
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
						description: 'A deal was created (searched by created_at)',
					},
					{
						name: 'Deal Updated',
						value: 'dealUpdated',
						description: 'A deal was changed in any way, or created (searched by updated_at)',
					},
					{
						name: 'Deal Won',
						value: 'dealWon',
						description: 'A deal took the status won since the trigger last saw it',
					},
					{
						name: 'Deal Lost',
						value: 'dealLost',
						description: 'A deal took the status lost since the trigger last saw it',
					},
				],
				default: 'newDeal',
			},
			{
				displayName: 'Filters',
				name: 'filters',
				type: 'collection',
				placeholder: 'Add Filter',
				default: {},
				options: [
					{
						displayName: 'Pipeline ID',
						name: 'pipeline_id',
						type: 'number',
						default: 0,
						description: 'Only deals in this pipeline (numeric ID)',
					},
					{
						displayName: 'Stage ID',
						name: 'stage_id',
						type: 'number',
						default: 0,
						description: 'Only deals in this stage (numeric ID)',
					},
				],
			},
			{
				displayName: 'Account ID Override',
				name: 'accountId',
				type: 'string',
				default: '',
				description:
					"Numeric account ID put in the request path, as on the WoofedCRM node; leave empty to use the credential's Account ID. WoofedCRM's server answers for the token's own account whatever the path says.",
			},
			...pollOptions,
		],
	};

	poll = pollerOf({ vendor: woofedCrm, events });
}
