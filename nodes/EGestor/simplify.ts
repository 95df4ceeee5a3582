import type { IDataObject, INodeProperties } from 'n8n-workflow';

/**
 * The Simplify toggle of every eGestor Get and Get Many (n8n's UX guideline for answers of
 * more than 10 fields). On by default, as n8n's own linter asks of a Simplify toggle.
 */
export const simplifyField: INodeProperties = {
	displayName: 'Simplify',
	name: 'simple',
	type: 'boolean',
	default: true,
	description: 'Whether to return a simplified version of the response instead of the raw data',
};

/** The named fields of a record, in the order given; fields the record lacks are left out. */
export function pickFields(record: IDataObject, fields: readonly string[]): IDataObject {
	const picked: IDataObject = {};
	for (const field of fields) {
		if (record[field] !== undefined) picked[field] = record[field];
	}
	return picked;
}
