import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import {
	forOperation,
	optionalFields,
	pageLimitOf,
	returnAllAndLimit,
} from '../../../shared/descriptions';
import { simplifiedIfAsked } from '../../../shared/simplify';
import { apiFields } from '../../../shared/validate';
import { listSortOf, sortedList } from '../../sortedList';
import { CLIENT_SIMPLIFIED_FIELDS, typeOptions } from './fields';

// GET /clients is in the quickstart (getClients(params)) with no parameter named: every
// filter and sort key below is the node's reading of the platform, marked as such in the UI.
export const description: INodeProperties[] = forOperation('client', 'getAll', [
	...returnAllAndLimit(),
	{
		displayName: 'Simplify',
		name: 'simplify',
		type: 'boolean',
		default: false,
		description:
			'Whether to return only ID, type, name, email, phone, cpf, cnpj, segment, status and created_at of each client instead of every field',
	},
	optionalFields('filters', 'Filters', [
		{
			displayName: 'Search',
			name: 'search',
			type: 'string',
			default: '',
			description:
				"Text to look for in the client, sent as search (not in Ecosys Auto's API docs: the API may ignore it)",
		},
		{
			displayName: 'Segment',
			name: 'segment',
			type: 'string',
			default: '',
			placeholder: 'premium',
			description:
				"Only clients of this segment, sent as segment (not in Ecosys Auto's API docs: the API may ignore it)",
		},
		{
			displayName: 'Status',
			name: 'status',
			type: 'string',
			default: '',
			placeholder: 'active',
			description:
				"Only clients with this status, sent as status; the quickstart shows active (not in Ecosys Auto's API docs as a filter: the API may ignore it)",
		},
		{
			displayName: 'Store ID',
			name: 'store_id',
			type: 'string',
			default: '',
			description:
				"Only clients of this store (UUID), sent as store_id (not in Ecosys Auto's API docs: the API may ignore it)",
		},
		{
			displayName: 'Type',
			name: 'type',
			type: 'options',
			options: typeOptions,
			default: 'PF',
			description:
				"Only individuals or only companies, sent as type (not in Ecosys Auto's API docs as a filter: the API may ignore it)",
		},
	]),
	optionalFields('options', 'Options', [
		{
			displayName: 'Sort By',
			name: 'sortBy',
			type: 'options',
			options: [
				{ name: 'Created At', value: 'created_at' },
				{ name: 'Name', value: 'name' },
				{ name: 'Updated At', value: 'updated_at' },
			],
			default: 'created_at',
			description:
				"Sent as sort (not in Ecosys Auto's API docs: the API may ignore it). The node reads the whole list and sorts it itself, so the order is right either way.",
		},
		{
			displayName: 'Sort Direction',
			name: 'sortDirection',
			type: 'options',
			options: [
				{ name: 'Ascending', value: 'asc' },
				{ name: 'Descending', value: 'desc' },
			],
			default: 'desc',
			description: 'Ascending (A→Z, oldest or lowest first) or descending (the reverse)',
		},
	]),
]);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject[]> {
	const filters = this.getNodeParameter('filters', itemIndex, {}) as IDataObject;
	const options = this.getNodeParameter('options', itemIndex, {}) as IDataObject;
	const clients = await sortedList(
		this,
		itemIndex,
		{ method: 'GET', path: '/clients', qs: apiFields(filters) },
		pageLimitOf(this, itemIndex),
		listSortOf(options),
	);
	return simplifiedIfAsked(this, itemIndex, clients, CLIENT_SIMPLIFIED_FIELDS);
}
