import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { locatorId } from '../../shared/locators';

/**
 * A record picker of the Hivestr node, whole: From List (one page of Hivestr's list per
 * keystroke or scroll, from `searchListMethod`) or By ID (Hivestr's ids are UUIDs). A workflow
 * saved while the field was a plain text ID keeps its value: a plain text is read as By ID.
 */
export function recordPicker(picker: {
	displayName: string;
	name: string;
	searchListMethod: string;
	description?: string;
}): INodeProperties {
	const { displayName, name, searchListMethod, description } = picker;
	return {
		displayName,
		name,
		type: 'resourceLocator',
		required: true,
		default: { mode: 'list', value: '' },
		...(description === undefined ? {} : { description }),
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

/** The id a picker holds (From List, By ID or a saved plain text); empty is refused before any request. */
export function pickedId(
	context: IExecuteFunctions,
	picker: INodeProperties,
	itemIndex: number,
): string {
	return locatorId(context, picker.name, picker.displayName, itemIndex);
}
