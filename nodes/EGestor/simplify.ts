import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { pickFields } from '../shared/simplify';

/**
 * The Simplify toggle of every eGestor Get and Get Many (n8n's UX guideline for answers of
 * more than 10 fields). On by default, as n8n's own linter asks of a Simplify toggle, from node
 * version 2 on: a workflow saved with version 1 keeps the whole records it was built on.
 */
export const simplifyField: INodeProperties = {
	displayName: 'Simplify',
	name: 'simple',
	type: 'boolean',
	default: true,
	description: 'Whether to return a simplified version of the response instead of the raw data',
	displayOptions: { show: { '@version': [{ _cnd: { gte: 2 } }] } },
};

/** Whether Simplify is on for one item (node version 2 on; version 1 has no Simplify). */
function simplifyOn(context: IExecuteFunctions, itemIndex: number): boolean {
	if (!(context.getNode().typeVersion >= 2)) return false;
	return context.getNodeParameter('simple', itemIndex, true) !== false;
}

/** The record(s) as output: only `fields` of each when Simplify is on, whole otherwise. */
export function simplified<T extends IDataObject | IDataObject[]>(
	context: IExecuteFunctions,
	itemIndex: number,
	records: T,
	fields: readonly string[],
): T {
	if (!simplifyOn(context, itemIndex)) return records;
	return (
		Array.isArray(records)
			? records.map((record) => pickFields(record, fields))
			: pickFields(records, fields)
	) as T;
}
