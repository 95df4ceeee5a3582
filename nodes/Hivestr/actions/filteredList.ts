import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { optionalFields, pageLimitOf, returnAllAndLimit } from '../../shared/descriptions';
import { withLocatorValues } from '../../shared/locators';
import { simplifiedIfAsked } from '../../shared/simplify';
import type { CheckedProperty } from '../../shared/validate';
import { checkedFields, propertiesOf } from '../../shared/validate';
import { hivestrList } from '../transport';

/** Return All, Limit, the Simplify toggle where the list has one, and the Filters collection of a Get Many. */
export function listProperties(
	filters: CheckedProperty[],
	simplify?: INodeProperties,
): INodeProperties[] {
	return [
		...returnAllAndLimit(),
		...(simplify === undefined ? [] : [simplify]),
		optionalFields('filters', 'Filters', propertiesOf(filters)),
	];
}

/**
 * A Get Many: the Filters the user set (a Client picker read as its value), checked by their
 * rules and sent as the query, paged as Return All and Limit ask; trimmed to
 * `simplifiedFields` when the list has a Simplify toggle and it is on.
 */
export async function filteredList(
	context: IExecuteFunctions,
	itemIndex: number,
	options: { path: string; filters: CheckedProperty[]; simplifiedFields?: readonly string[] },
): Promise<IDataObject[]> {
	const { path, filters, simplifiedFields } = options;
	const given = context.getNodeParameter('filters', itemIndex, {}) as IDataObject;
	const qs = checkedFields(context, itemIndex, withLocatorValues(given), filters);
	const records = await hivestrList(
		context,
		itemIndex,
		{ method: 'GET', path, qs },
		pageLimitOf(context, itemIndex),
	);
	return simplifiedFields === undefined
		? records
		: simplifiedIfAsked(context, itemIndex, records, simplifiedFields);
}
