import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { listOrIdModes, pickedId } from '../locators';

/** The Client picker: a searchable list of clients or a typed ID. Each use says what the client is for. */
export const clientIdField: INodeProperties = {
	displayName: 'Client',
	name: 'clientId',
	type: 'resourceLocator',
	required: true,
	default: { mode: 'list', value: '' },
	...listOrIdModes('searchClients'),
};

/** The client id the picker holds; empty is refused before any request. */
export function clientIdOf(context: IExecuteFunctions, itemIndex: number): string {
	return pickedId(context, clientIdField, itemIndex);
}
