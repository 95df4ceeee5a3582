import { sortedGetManyOperation } from '../sortedGetMany';
import { CLIENT_SIMPLIFIED_FIELDS, typeOptions } from './fields';

// GET /clients is in the quickstart (getClients(params)) with no parameter named: every
// filter and sort key below is the node's reading of the platform, marked as such in the UI.
export const { description, execute } = sortedGetManyOperation({
	resource: 'client',
	path: '/clients',
	simplify: {
		displayName: 'Simplify',
		name: 'simplify',
		type: 'boolean',
		default: false,
		description:
			'Whether to return only ID, type, name, email, phone, cpf, cnpj, segment, status and created_at of each client instead of every field',
	},
	filters: [
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
	],
	sortKeys: [
		{ name: 'Created At', value: 'created_at' },
		{ name: 'Name', value: 'name' },
		{ name: 'Updated At', value: 'updated_at' },
	],
	simplifiedFields: CLIENT_SIMPLIFIED_FIELDS,
});
