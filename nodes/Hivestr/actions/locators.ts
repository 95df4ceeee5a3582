import type { IExecuteFunctions, INodeProperties, INodePropertyMode } from 'n8n-workflow';

import { locatorId } from '../../shared/locators';

/**
 * The modes of a Hivestr record picker: From List (one page of Hivestr's list per keystroke or
 * scroll, from `searchListMethod`) or By ID (Hivestr's ids are UUIDs).
 */
export function pickerModes(searchListMethod: string): { modes: INodePropertyMode[] } {
	return {
		modes: [
			{
				displayName: 'From List',
				name: 'list',
				type: 'list',
				typeOptions: { searchListMethod, searchable: true },
			},
			{ displayName: 'By ID', name: 'id', type: 'string', placeholder: 'e.g. 3f1c2a9e-…' },
		],
	};
}

/** The client id a Client picker holds; empty is refused before any request. */
export function clientIdOf(context: IExecuteFunctions, itemIndex: number): string {
	return locatorId(context, 'clientId', 'Client', itemIndex);
}

/** The proposal id a Proposal picker holds; empty is refused before any request. */
export function proposalIdOf(context: IExecuteFunctions, itemIndex: number): string {
	return locatorId(context, 'proposalId', 'Proposal', itemIndex);
}

/** The id a picker holds (From List, By ID or a saved plain text); empty is refused before any request. */
export function pickedId(
	context: IExecuteFunctions,
	picker: INodeProperties,
	itemIndex: number,
): string {
	return locatorId(context, picker.name, picker.displayName, itemIndex);
}
