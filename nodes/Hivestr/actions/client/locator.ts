import type { INodeProperties } from 'n8n-workflow';

/** A client ID field, with a searchable list of clients or a typed ID. */
export function clientIdField(name: string, description: string, required = true): INodeProperties {
	return {
		displayName: 'Client',
		name,
		type: 'resourceLocator',
		required,
		default: { mode: 'list', value: '' },
		description,
		modes: [
			{
				displayName: 'From List',
				name: 'list',
				type: 'list',
				typeOptions: { searchListMethod: 'searchClients', searchable: true },
			},
			{
				displayName: 'By ID',
				name: 'id',
				type: 'string',
				placeholder: 'e.g. 3f1c2a9e-…',
			},
		],
	};
}
