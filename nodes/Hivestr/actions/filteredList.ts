import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { optionalFields, pageLimitOf, returnAllAndLimit } from '../../shared/descriptions';
import { withLocatorValues } from '../../shared/locators';
import type { CheckedProperty } from '../../shared/validate';
import { checkedFields, propertiesOf } from '../../shared/validate';
import { hivestrList } from '../transport';

/** Return All, Limit and the Filters collection of a Get Many. */
export function listProperties(filters: CheckedProperty[]): INodeProperties[] {
	return [...returnAllAndLimit(), optionalFields('filters', 'Filters', propertiesOf(filters))];
}

/**
 * A Get Many: the Filters the user set (a Client picker read as its value), checked by their
 * rules and sent as the query, paged as Return All and Limit ask.
 */
export async function filteredList(
	context: IExecuteFunctions,
	itemIndex: number,
	{ path, filters }: { path: string; filters: CheckedProperty[] },
): Promise<IDataObject[]> {
	const given = context.getNodeParameter('filters', itemIndex, {}) as IDataObject;
	const qs = checkedFields(context, itemIndex, withLocatorValues(given), filters);
	return await hivestrList(
		context,
		itemIndex,
		{ method: 'GET', path, qs },
		pageLimitOf(context, itemIndex),
	);
}
