import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import type { FieldRule } from './validate';
import { apiFields, invalid, rulesFor, trimmedText } from './validate';

/** Turns a collection of the user's fields into the API body (`checkedApiFields`). */
export type FieldsBody = (
	context: IExecuteFunctions,
	fields: IDataObject,
	itemIndex: number,
) => IDataObject;

/**
 * A required record id from a resource locator (`{__rl, mode, value}`) or, in workflows saved
 * before the field was a locator, a plain text or number; trimmed, empty refused before any
 * request. The id still goes into paths through `pathOf`.
 */
export function locatorId(
	context: IExecuteFunctions,
	name: string,
	label: string,
	itemIndex: number,
): string {
	const id = trimmedText(context.getNodeParameter(name, itemIndex, '', { extractValue: true }));
	if (id === '') {
		throw invalid(
			context,
			itemIndex,
			`"${label}" is required`,
			`Enter a value for "${label}" on item ${itemIndex}, or choose one from the list.`,
		);
	}
	return id;
}

/**
 * The value of a resource locator set inside a collection (From List or By ID), or the plain
 * value a workflow saved before the field became a picker.
 */
export function locatorValue(value: unknown): unknown {
	if (typeof value === 'object' && value !== null && '__rl' in value) {
		return (value as { value?: unknown }).value;
	}
	return value;
}

/**
 * A collection's values with each resource locator (`{__rl, mode, value}`) replaced by its
 * value, so the collection's own checks and blank-dropping apply to it as to a text field.
 */
export function withLocatorValues(fields: IDataObject): IDataObject {
	const result: IDataObject = {};
	for (const [name, value] of Object.entries(fields)) {
		result[name] = locatorValue(value) as IDataObject[string];
	}
	return result;
}

/**
 * A collection's fields as the API body: resource locators read as their values
 * (`withLocatorValues`), blanks dropped and each value `rules` names checked before any
 * request (`apiFields`, with the item's `rulesFor`).
 */
export function checkedApiFields(
	context: IExecuteFunctions,
	itemIndex: number,
	fields: IDataObject,
	rules: (rule: ReturnType<typeof rulesFor>) => Record<string, FieldRule>,
): IDataObject {
	return apiFields(withLocatorValues(fields), rules(rulesFor(context, itemIndex)));
}
