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
import * as deal from './actions/deal';
import { searchDeals } from './methods/listSearch';

/** resource → operation → implementation, as the router dispatches it. */
const resources = { deal: deal.operations } satisfies ResourceMap;

export class SonarMarketing implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Sonar Marketing',
		name: 'sonarMarketing',
		icon: { light: 'file:sonarMarketing.svg', dark: 'file:sonarMarketing.dark.svg' },
		subtitle: '={{$parameter["operation"] + ": " + $parameter["resource"]}}',
		group: ['transform'],
		version: 1,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		description: 'Create, update, list and archive deals in the Sonar Marketing agency CRM',
		defaults: { name: 'Sonar Marketing' },
		usableAsTool: true,
		credentials: [{ name: 'sonarMarketingApi', required: true }],
		properties: [
			{
				displayName: 'Resource',
				name: 'resource',
				type: 'options',
				noDataExpression: true,
				options: [
					{ name: 'Deal', value: 'deal', description: 'A sales opportunity in the pipeline' },
				],
				default: 'deal',
			} satisfies RoutedDropdown<keyof typeof resources>,
			...deal.description,
			{
				displayName: 'Requests in Parallel',
				name: 'requestsInParallel',
				type: 'number',
				typeOptions: { minValue: 1, maxValue: MAX_REQUESTS_IN_PARALLEL, numberPrecision: 0 },
				default: 20,
				description:
					'How many input items are sent to Sonar Marketing at once. Output stays in input order. Sonar Marketing documents no rate limit, so 20 items go at once (at 150 ms a request, up to about 130 requests a second); each request still waits whenever Sonar Marketing reports its limit used up or answers 429 (Too Many Requests), and such a wait holds every item. Lower it if Sonar Marketing answers 429 often.',
			},
		],
	};

	methods = { listSearch: { searchDeals } };

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return await route.call(this, resources);
	}
}
