import type { IExecuteFunctions } from 'n8n-workflow';

import { pickedId, recordPicker } from '../locators';

/** The Client picker: a searchable list of clients or a typed ID. Each use says what the client is for. */
export const clientIdField = recordPicker({
	displayName: 'Client',
	name: 'clientId',
	searchListMethod: 'searchClients',
});

/** The client id the picker holds; empty is refused before any request. */
export function clientIdOf(context: IExecuteFunctions, itemIndex: number): string {
	return pickedId(context, clientIdField, itemIndex);
}
