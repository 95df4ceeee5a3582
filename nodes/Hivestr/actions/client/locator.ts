import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { locatorId } from '../../../shared/locators';

/** The Client picker: a searchable list of clients or a typed ID. Each use says what the client is for. */
export const clientIdField: INodeProperties = {
	displayName: 'Client',
	name: 'clientId',
	type: 'resourceLocator',
	required: true,
	default: { mode: 'list', value: '' },
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

/** The client id the picker holds; empty is refused before any request. */
export function clientIdOf(context: IExecuteFunctions, itemIndex: number): string {
	return locatorId(context, clientIdField.name, clientIdField.displayName, itemIndex);
}
