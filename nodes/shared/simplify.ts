import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

/**
 * The Simplify toggle of Get and Get Many operations (n8n's UX guideline for answers of more
 * than 10 fields): each resource names the few fields a user most needs, listed in the README.
 * Only top-level fields are kept; nothing nested is flattened.
 */

/** The record with only `fields`, in that order; a field the record lacks is left out. */
export function pickFields(record: IDataObject, fields: readonly string[]): IDataObject {
	const picked: IDataObject = {};
	for (const field of fields) {
		if (record[field] !== undefined) picked[field] = record[field];
	}
	return picked;
}

/** The records as the item's Simplify toggle asks: trimmed to `fields` when on, as sent when off. */
export function simplifiedIfAsked<T extends IDataObject | IDataObject[]>(
	context: IExecuteFunctions,
	itemIndex: number,
	records: T,
	fields: readonly string[],
): T {
	const simplify = context.getNodeParameter('simplify', itemIndex, false) as boolean;
	if (simplify !== true) return records;
	return (
		Array.isArray(records)
			? records.map((record) => pickFields(record, fields))
			: pickFields(records, fields)
	) as T;
}
