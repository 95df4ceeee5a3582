import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { invalid, jsonObjectOrUndefined } from '../../shared/validate';

/**
 * A JSON parameter as an object: JSON text (blank is `{}`), or an object an expression gave.
 * Anything else is refused, naming the field and showing an example of what it takes.
 */
export function jsonObjectOf(
	context: IExecuteFunctions,
	itemIndex: number,
	field: { value: unknown; label: string; example: string },
): IDataObject {
	const blank = typeof field.value === 'string' && field.value.trim() === '';
	const parsed = blank ? {} : jsonObjectOrUndefined(field.value);
	if (parsed === undefined) {
		throw invalid(
			context,
			itemIndex,
			`"${field.label}" must be a JSON object`,
			`For example ${field.example} (item ${itemIndex}).`,
		);
	}
	return parsed;
}
