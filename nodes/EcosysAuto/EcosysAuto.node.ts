import type {
	IExecuteFunctions,
	INodeExecutionData,
	INodeType,
	INodeTypeDescription,
} from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import type { RoutedDropdown } from '../shared/router';
import { MAX_REQUESTS_IN_PARALLEL, route } from '../shared/router';
import type { ResourceMap } from '../shared/types';
import * as client from './actions/client';
import * as deal from './actions/deal';
import * as vehicle from './actions/vehicle';
import { searchClients, searchDeals, searchVehicles } from './methods/listSearch';

/** resource → operation → implementation, as the router dispatches it. */
const resources = {
	client: client.operations,
	vehicle: vehicle.operations,
	deal: deal.operations,
} satisfies ResourceMap;

export class EcosysAuto implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Ecosys Auto',
		name: 'ecosysAuto',
		icon: { light: 'file:ecosysAuto.svg', dark: 'file:ecosysAuto.dark.svg' },
		subtitle: '={{$parameter["operation"] + ": " + $parameter["resource"]}}',
		group: ['transform'],
		version: 1,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		description:
			'Manage clients, vehicle inventory and sales deals in the Ecosys Auto car dealer CRM',
		defaults: { name: 'Ecosys Auto' },
		usableAsTool: true,
		credentials: [{ name: 'ecosysAutoApi', required: true }],
		properties: [
			{
				displayName: 'Resource',
				name: 'resource',
				type: 'options',
				noDataExpression: true,
				options: [
					{
						name: 'Client',
						value: 'client',
						description: 'A customer (cliente): individual (PF) or company (PJ)',
					},
					{
						name: 'Deal',
						value: 'deal',
						description: 'A sales opportunity (negócio) in the pipeline, closed as won or lost',
					},
					{
						name: 'Vehicle',
						value: 'vehicle',
						description: 'A vehicle (veículo) in the inventory of one of your stores',
					},
				],
				default: 'client',
			} satisfies RoutedDropdown<keyof typeof resources>,
			...client.description,
			...vehicle.description,
			...deal.description,
			{
				displayName: 'Requests in Parallel',
				name: 'requestsInParallel',
				type: 'number',
				typeOptions: { minValue: 1, maxValue: MAX_REQUESTS_IN_PARALLEL, numberPrecision: 0 },
				default: 20,
				description:
					'How many input items are sent to Ecosys Auto at once. Output stays in input order. Ecosys Auto documents no rate limit, so 20 items go at once (at 150 ms a request, up to about 130 requests a second); each request still waits whenever Ecosys Auto reports its limit used up or answers 429 (Too Many Requests), and such a wait holds every item. Lower it if Ecosys Auto answers 429 often.',
			},
		],
	};

	methods = { listSearch: { searchClients, searchDeals, searchVehicles } };

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return await route.call(this, resources);
	}
}
