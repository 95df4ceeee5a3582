import { checkedApiFields } from '../../../shared/locators';
import { clientModes } from '../client/fields';
import { sortedGetManyOperation } from '../sortedGetMany';
import { phaseOptions, statusOptions, VEHICLE_SIMPLIFIED_FIELDS } from './fields';

// GET /vehicles?status=ativo is the quickstart's one example: `status` is the only documented
// filter; every other filter and sort key is the node's reading, marked as such in the UI.
export const { description, execute } = sortedGetManyOperation({
	resource: 'vehicle',
	path: '/vehicles',
	simplify: {
		displayName: 'Simplify',
		name: 'simplify',
		type: 'boolean',
		default: false,
		description:
			'Whether to return only ID, title, plate, year_model, price, mileage, phase, status, store_id and client_id of each vehicle instead of every field',
	},
	filters: [
		{
			displayName: 'Brand',
			name: 'brand',
			type: 'string',
			default: '',
			placeholder: 'Honda',
			description: "Sent as brand (not in Ecosys Auto's API docs: the API may ignore it)",
		},
		{
			displayName: 'Client',
			name: 'client_id',
			type: 'resourceLocator',
			default: { mode: 'list', value: '' },
			description:
				"Only vehicles linked to this client, from the list or by its UUID; sent as client_id (not in Ecosys Auto's API docs: the API may ignore it)",
			...clientModes,
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
	],
	sortKeys: [
		{ name: 'Created At', value: 'created_at' },
		{ name: 'Mileage', value: 'mileage' },
		{ name: 'Model Year', value: 'year_model' },
		{ name: 'Price', value: 'price' },
		{ name: 'Title', value: 'title' },
		{ name: 'Updated At', value: 'updated_at' },
	],
	simplifiedFields: VEHICLE_SIMPLIFIED_FIELDS,
	query: (context, filters, itemIndex) =>
		checkedApiFields(context, itemIndex, filters, (rule) => ({
			min_price: rule.number('Min Price (BRL)', { min: 0 }),
			max_price: rule.number('Max Price (BRL)', { min: 0 }),
		})),
});
