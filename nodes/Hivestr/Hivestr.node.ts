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
import * as clientNote from './actions/clientNote';
import * as deal from './actions/deal';
import * as inventory from './actions/inventory';
import * as proposal from './actions/proposal';
import * as reminder from './actions/reminder';
import * as task from './actions/task';
import { searchCards, searchClients, searchInventory, searchProposals } from './methods/listSearch';

/** resource → operation → implementation. */
export const hivestrResources = {
	client: client.operations,
	clientNote: clientNote.operations,
	deal: deal.operations,
	inventory: inventory.operations,
	proposal: proposal.operations,
	reminder: reminder.operations,
	task: task.operations,
} satisfies ResourceMap;

export class Hivestr implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Hivestr',
		name: 'hivestr',
		icon: { light: 'file:hivestr.svg', dark: 'file:hivestr.dark.svg' },
		subtitle: '={{$parameter["operation"] + ": " + $parameter["resource"]}}',
		group: ['transform'],
		version: 1,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		description:
			'Work with the Hivestr media-sales CRM: inventory, clients, notes, pipeline cards, tasks, reminders and proposals',
		defaults: { name: 'Hivestr' },
		usableAsTool: true,
		credentials: [{ name: 'hivestrApi', required: true }],
		properties: [
			{
				displayName: 'Resource',
				name: 'resource',
				type: 'options',
				noDataExpression: true,
				options: [
					{ name: 'Client', value: 'client', description: 'An advertiser or agency you sell to' },
					{
						name: 'Client Note',
						value: 'clientNote',
						description: 'A note, task, reminder or follow-up in a client history',
					},
					{
						name: 'Inventory',
						value: 'inventory',
						description: 'Media vehicles you sell: OOH, DOOH, TV and radio',
					},
					{
						name: 'Pipeline Card',
						value: 'deal',
						description: 'A card (deal) in the sales pipeline',
					},
					{
						name: 'Proposal',
						value: 'proposal',
						description: 'A priced media proposal for a client (money in cents)',
					},
					{ name: 'Reminder', value: 'reminder', description: 'Tasks overdue or due soon' },
					{ name: 'Task', value: 'task', description: 'A to-do on a pipeline card' },
				],
				default: 'client',
			} satisfies RoutedDropdown<keyof typeof hivestrResources>,
			...inventory.description,
			...client.description,
			...clientNote.description,
			...deal.description,
			...task.description,
			...reminder.description,
			...proposal.description,
			{
				displayName: 'Requests in Parallel',
				name: 'requestsInParallel',
				type: 'number',
				typeOptions: { minValue: 1, maxValue: MAX_REQUESTS_IN_PARALLEL, numberPrecision: 0 },
				default: 1,
				description:
					'How many input items are sent to Hivestr at once. Output stays in input order. Hivestr allows 1,000 requests an hour on its Basic plan and 5,000 on Professional, which one item at a time already reaches; raise it on the Enterprise plan (no limit). Every request still keeps to the rate limit, and a 429 (Too Many Requests) holds every item.',
			},
		],
	};

	methods = { listSearch: { searchCards, searchClients, searchInventory, searchProposals } };

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return await route.call(this, hivestrResources);
	}
}
