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
import * as contact from './actions/contact';
import * as deal from './actions/deal';
import * as dealEvent from './actions/dealEvent';
import { searchContacts, searchDeals } from './methods/listSearch';
import { getStages } from './methods/loadOptions';

/** resource → operation → implementation, as the router dispatches it. */
const resources = {
	deal: deal.operations,
	contact: contact.operations,
	dealEvent: dealEvent.operations,
} satisfies ResourceMap;

export class WoofedCrm implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'WoofedCRM',
		name: 'woofedCrm',
		icon: { light: 'file:woofedCrm.svg', dark: 'file:woofedCrm.dark.svg' },
		subtitle: '={{$parameter["operation"] + ": " + $parameter["resource"]}}',
		group: ['transform'],
		version: 1,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		description: 'Create, search and update deals and contacts in the open-source WoofedCRM',
		defaults: { name: 'WoofedCRM' },
		usableAsTool: true,
		credentials: [{ name: 'woofedCrmApi', required: true }],
		properties: [
			{
				displayName: 'Resource',
				name: 'resource',
				type: 'options',
				noDataExpression: true,
				options: [
					{ name: 'Contact', value: 'contact', description: 'A person deals belong to' },
					{ name: 'Deal', value: 'deal', description: 'A sales opportunity in a pipeline stage' },
					{
						name: 'Deal Event',
						value: 'dealEvent',
						description: "A note or activity on a deal's timeline",
					},
				],
				default: 'deal',
			} satisfies RoutedDropdown<keyof typeof resources>,
			...deal.description,
			...contact.description,
			...dealEvent.description,
			{
				displayName: 'Account ID Override',
				name: 'accountId',
				type: 'string',
				default: '',
				description:
					"Account number put in the request path instead of the credential's. WoofedCRM's server does not read it: every request works in the account of the API token's user, so this does not reach another account.",
			},
			{
				displayName: 'Requests in Parallel',
				name: 'requestsInParallel',
				type: 'number',
				typeOptions: { minValue: 1, maxValue: MAX_REQUESTS_IN_PARALLEL, numberPrecision: 0 },
				default: 10,
				description:
					'How many input items are sent to WoofedCRM at once. Output stays in input order. WoofedCRM documents no rate limit, so 10 items go at once (at 50 ms a request, up to about 200 requests a second); each request still waits whenever the server answers 429 (Too Many Requests), and such a wait holds every item. Lower it for a small self-hosted server; raise it for a distant one.',
			},
		],
	};

	methods = { loadOptions: { getStages }, listSearch: { searchContacts, searchDeals } };

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return await route.call(this, resources);
	}
}
