import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { invalid } from '../../shared/validate';

/**
 * A JSON parameter as an object: JSON text (blank is `{}`), or an object an expression gave.
 * Anything else is refused, naming the field and showing an example of what it takes.
 */
export function jsonObjectOf(
	context: IExecuteFunctions,
	itemIndex: number,
	field: { value: unknown; label: string; example: string },
): IDataObject {
	let parsed = field.value;
	if (typeof field.value === 'string') {
		try {
			parsed = field.value.trim() === '' ? {} : JSON.parse(field.value);
		} catch {
			parsed = undefined;
		}
	}
	if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
		throw invalid(
			context,
			itemIndex,
			`"${field.label}" must be a JSON object`,
			`For example ${field.example} (item ${itemIndex}).`,
		);
	}
	return parsed as IDataObject;
}
