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
import { apiFields } from '../shared/validate';
import { ecosysAuto } from './transport';

type Resource = 'clients' | 'vehicles' | 'deals';

/** The filters each list takes (the platform's GET list parameters). */
const filtersOf: Record<Resource, string[]> = {
	clients: ['store_id'],
	vehicles: ['store_id', 'client_id'],
	deals: ['client_id'],
};

/** GET /<resource> newest first on `field`, with the filters that list takes. */
function list(resource: Resource, field: 'created_at' | 'updated_at') {
	return (context: IPollFunctions) => {
		const filters = context.getNodeParameter('filters', {}) as IDataObject;
		const wanted = Object.fromEntries(filtersOf[resource].map((name) => [name, filters[name]]));
		return {
			method: 'GET' as const,
			path: `/${resource}`,
			qs: { ...apiFields(wanted), sort: `-${field}` },
		};
	};
}

/** A deal that took `status` since the trigger last saw it (read by updated_at). */
function dealTook(status: string): PollEvent {
	return {
		request: list('deals', 'updated_at'),
		timestamp: (deal) => deal.updated_at,
		state: (deal) => String(deal.status ?? ''),
		emits: (deal, previous) => deal.status === status && previous !== status,
	};
}

const created = (resource: Resource): PollEvent => ({
	request: list(resource, 'created_at'),
	timestamp: (record) => record.created_at,
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
		description:
			'Starts the workflow when an Ecosys Auto client, vehicle or deal is created, or a deal is won or lost (checked by polling)',
		defaults: { name: 'Ecosys Auto Trigger' },
		polling: true,
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
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
						description: 'Only vehicles or deals of this client (UUID)',
						displayOptions: {
							show: { '/event': ['newVehicle', 'newDeal', 'dealWon', 'dealLost'] },
						},
					},
					{
						displayName: 'Store ID',
						name: 'store_id',
						type: 'string',
						default: '',
						description: 'Only clients or vehicles of this store (loja, UUID)',
						displayOptions: { show: { '/event': ['newClient', 'newVehicle'] } },
					},
				],
			},
			includeExistingOption,
		],
	};

	async poll(this: IPollFunctions): Promise<INodeExecutionData[][] | null> {
		const event = this.getNodeParameter('event') as string;
		return await pollRecords(this, ecosysAuto, event, events[event]);
	}
}
