import type { IDataObject, INodeType, INodeTypeDescription, IPollFunctions } from 'n8n-workflow';

import type { PollEvent } from '../shared/poll';
import { pollerOf, pollingTrigger, pollOptions } from '../shared/poll';
import { apiFields } from '../shared/validate';
import { ecosysAuto } from './transport';

type Resource = 'clients' | 'vehicles' | 'deals';

/** The filters each list takes (not in Ecosys Auto's API docs, which show only `status`). */
const filtersOf: Record<Resource, string[]> = {
	clients: ['store_id'],
	vehicles: ['store_id', 'client_id'],
	deals: ['client_id'],
};

function chosenFilters(context: IPollFunctions, resource: Resource): IDataObject {
	const filters = context.getNodeParameter('filters', {}) as IDataObject;
	return apiFields(Object.fromEntries(filtersOf[resource].map((name) => [name, filters[name]])));
}

/**
 * GET /<resource> with the filters that list may take. No order or sort key is documented
 * (ecosys-auto-quickstart.txt shows `?status=ativo` only), so none is sent: the core reads
 * the order from the first and last pages on every poll.
 */
function list(resource: Resource) {
	return (context: IPollFunctions) => ({
		method: 'GET' as const,
		path: `/${resource}`,
		qs: chosenFilters(context, resource),
	});
}

/**
 * Whether a record matches the filters sent, checked again on the record itself (the
 * quickstart shows store_id and client_id, or client.id, on records), since a server that
 * ignored an undocumented filter must not trigger the workflow on other stores' records.
 */
function matches(context: IPollFunctions, resource: Resource, record: IDataObject): boolean {
	const client = (record.client ?? {}) as IDataObject;
	const values: IDataObject = {
		store_id: record.store_id,
		client_id: record.client_id ?? client.id,
	};
	return Object.entries(chosenFilters(context, resource)).every(
		([name, wanted]) => values[name] === undefined || String(values[name]) === String(wanted),
	);
}

/**
 * A deal that took `status` since the trigger last saw it. The whole list is read and each
 * deal's status compared with the one last seen: Ecosys Auto documents no order for it, and
 * a list that comes by creation shows no sign of a deal updated further down (its first and
 * last pages look ordered by updated_at as well until then).
 */
function dealTook(status: string): PollEvent {
	return {
		kind: 'snapshot',
		request: list('deals'),
		timestamp: (deal) => deal.updated_at,
		state: (deal) => String(deal.status ?? ''),
		emits: (deal, previous, context) =>
			deal.status === status && previous !== status && matches(context, 'deals', deal),
		sample: (deal, context) => deal.status === status && matches(context, 'deals', deal),
	};
}

const created = (resource: Resource): PollEvent => ({
	request: list(resource),
	timestamp: (record) => record.created_at,
	emits: (record, _previous, context) => matches(context, resource, record),
});

const events: Record<string, PollEvent> = {
	newClient: created('clients'),
	newVehicle: created('vehicles'),
	newDeal: created('deals'),
	dealWon: dealTook('ganho'),
	dealLost: dealTook('perdido'),
};

export class EcosysAutoTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Ecosys Auto Trigger',
		name: 'ecosysAutoTrigger',
		icon: { light: 'file:ecosysAuto.svg', dark: 'file:ecosysAuto.dark.svg' },
		group: ['trigger'],
		version: 1,
		subtitle: '={{$parameter["event"]}}',
		...pollingTrigger,
		description:
			'Starts the workflow when an Ecosys Auto client, vehicle or deal is created, or a deal is won or lost (checked by polling)',
		defaults: { name: 'Ecosys Auto Trigger' },
		credentials: [{ name: 'ecosysAutoApi', required: true }],
		properties: [
			{
				displayName: 'Event',
				name: 'event',
				type: 'options',
				noDataExpression: true,
				options: [
					{
						name: 'Deal Lost',
						value: 'dealLost',
						description: 'A deal took the status perdido (lost) since the trigger last saw it',
					},
					{
						name: 'Deal Won',
						value: 'dealWon',
						description: 'A deal took the status ganho (won) since the trigger last saw it',
					},
					{ name: 'New Client', value: 'newClient', description: 'A client was created' },
					{ name: 'New Deal', value: 'newDeal', description: 'A deal was created' },
					{
						name: 'New Vehicle',
						value: 'newVehicle',
						description: 'A vehicle was added to the inventory',
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
						displayName: 'Client ID',
						name: 'client_id',
						type: 'string',
						default: '',
						description:
							"Only vehicles or deals of this client (UUID). Sent as client_id (not in Ecosys Auto's API docs) and checked on each record.",
						displayOptions: {
							show: { '/event': ['newVehicle', 'newDeal', 'dealWon', 'dealLost'] },
						},
					},
					{
						displayName: 'Store ID',
						name: 'store_id',
						type: 'string',
						default: '',
						description:
							"Only clients or vehicles of this store (loja, UUID). Sent as store_id (not in Ecosys Auto's API docs) and checked on each record.",
						displayOptions: { show: { '/event': ['newClient', 'newVehicle'] } },
					},
				],
			},
			...pollOptions,
		],
	};

	poll = pollerOf({ vendor: ecosysAuto, events });
}
