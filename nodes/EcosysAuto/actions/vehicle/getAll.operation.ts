import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import {
	forOperation,
	optionalFields,
	pageLimitOf,
	returnAllAndLimit,
} from '../../../shared/descriptions';
import { withLocatorValues } from '../../../shared/locators';
import { simplifiedIfAsked } from '../../../shared/simplify';
import { apiFields, rulesFor } from '../../../shared/validate';
import { listSortOf, sortedList } from '../../sortedList';
import { clientLink } from '../client/fields';
import { VEHICLE_SIMPLIFIED_FIELDS, phaseOptions, statusOptions } from './fields';

// GET /vehicles?status=ativo is the quickstart's one example: `status` is the only documented
// filter; every other filter and sort key is the node's reading, marked as such in the UI.
export const description: INodeProperties[] = forOperation('vehicle', 'getAll', [
	...returnAllAndLimit(),
	{
		displayName: 'Simplify',
		name: 'simplify',
		type: 'boolean',
		default: false,
		description:
			'Whether to return only ID, title, plate, year_model, price, mileage, phase, status, store_id and client_id of each vehicle instead of every field',
	},
	optionalFields('filters', 'Filters', [
		{
			displayName: 'Brand',
			name: 'brand',
			type: 'string',
			default: '',
			placeholder: 'Honda',
			description: "Sent as brand (not in Ecosys Auto's API docs: the API may ignore it)",
		},
		{
			...clientLink,
			description:
				"Only vehicles linked to this client, from the list or by its UUID; sent as client_id (not in Ecosys Auto's API docs: the API may ignore it)",
		},
		{
			displayName: 'Fuel',
			name: 'fuel',
			type: 'string',
			default: '',
			placeholder: 'flex',
			description:
				"Sent as fuel; the quickstart shows flex (not in Ecosys Auto's API docs as a filter: the API may ignore it)",
		},
		{
			displayName: 'Max Price (BRL)',
			name: 'max_price',
			type: 'number',
			typeOptions: { minValue: 0 },
			default: 0,
			description: "Sent as max_price (not in Ecosys Auto's API docs: the API may ignore it)",
		},
		{
			displayName: 'Min Price (BRL)',
			name: 'min_price',
			type: 'number',
			typeOptions: { minValue: 0 },
			default: 0,
			description: "Sent as min_price (not in Ecosys Auto's API docs: the API may ignore it)",
		},
		{
			displayName: 'Phase',
			name: 'phase',
			type: 'options',
			options: phaseOptions,
			default: 'entrada',
			description:
				"Inventory phase (fase), sent as phase; use an expression for another phase (not in Ecosys Auto's API docs as a filter: the API may ignore it)",
		},
		{
			displayName: 'Search',
			name: 'search',
			type: 'string',
			default: '',
			description:
				"Text to look for, sent as search (not in Ecosys Auto's API docs: the API may ignore it)",
		},
		{
			displayName: 'Status',
			name: 'status',
			type: 'options',
			options: statusOptions,
			default: 'ativo',
			description:
				'As in the quickstart (GET /vehicles?status=ativo); use an expression for another status',
		},
		{
			displayName: 'Store ID',
			name: 'store_id',
			type: 'string',
			default: '',
			description:
				"Only vehicles of this store (UUID), sent as store_id (not in Ecosys Auto's API docs: the API may ignore it)",
		},
		{
			displayName: 'Transmission',
			name: 'transmission',
			type: 'string',
			default: '',
			placeholder: 'automatico',
			description:
				"Sent as transmission; the quickstart shows automatico (not in Ecosys Auto's API docs as a filter: the API may ignore it)",
		},
	]),
	optionalFields('options', 'Options', [
		{
			displayName: 'Sort By',
			name: 'sortBy',
			type: 'options',
			options: [
				{ name: 'Created At', value: 'created_at' },
				{ name: 'Mileage', value: 'mileage' },
				{ name: 'Model Year', value: 'year_model' },
				{ name: 'Price', value: 'price' },
				{ name: 'Title', value: 'title' },
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
	const rule = rulesFor(this, itemIndex);
	const filters = this.getNodeParameter('filters', itemIndex, {}) as IDataObject;
	const options = this.getNodeParameter('options', itemIndex, {}) as IDataObject;
	const qs = apiFields(withLocatorValues(filters), {
		min_price: rule.number('Min Price (BRL)', { min: 0 }),
		max_price: rule.number('Max Price (BRL)', { min: 0 }),
	});
	const vehicles = await sortedList(
		this,
		itemIndex,
		{ method: 'GET', path: '/vehicles', qs },
		pageLimitOf(this, itemIndex),
		listSortOf(options),
	);
	return simplifiedIfAsked(this, itemIndex, vehicles, VEHICLE_SIMPLIFIED_FIELDS);
}
