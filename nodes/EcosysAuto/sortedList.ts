import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import type { ListSort } from '../shared/envelopes';
import { sortOf, sortValue } from '../shared/envelopes';
import type { PageLimit } from '../shared/paginate';
import type { ApiRequest } from '../shared/types';
import { ecosysList } from './transport';

/**
 * Lists whose `sort` parameter Ecosys Auto does not document (`/clients`, `/vehicles`): the
 * API may honour it or ignore it. With a sort asked for, the node sends it, reads the whole
 * list and sorts it itself, then applies the Limit, so the output is in the asked order
 * either way (records without the field come last, in the order the API gave).
 */

/** The sort the user asked for under Options, if any. */
export function listSortOf(options: IDataObject): ListSort | undefined {
	return sortOf(options, 'created_at');
}

function compare(a: unknown, b: unknown): number {
	if (typeof a === 'number' && typeof b === 'number') return a - b;
	return String(a).localeCompare(String(b), 'pt-BR');
}

/** Records sorted on one field (stable; records without it last, as they came). */
function sortRecords(records: IDataObject[], { field, descending }: ListSort): IDataObject[] {
	const missing = (record: IDataObject) => record[field] === undefined || record[field] === null;
	const present = records.filter((record) => !missing(record));
	const sorted = [...present].sort((x, y) => {
		const order = compare(x[field], y[field]);
		return descending ? -order : order;
	});
	return [...sorted, ...records.filter(missing)];
}

/** A list read in the order asked for, whether or not the API honours `sort`. */
export async function sortedList(
	context: IExecuteFunctions,
	itemIndex: number,
	request: ApiRequest,
	pageLimit: PageLimit,
	sort: ListSort | undefined,
): Promise<IDataObject[]> {
	if (sort === undefined) return await ecosysList(context, itemIndex, request, pageLimit);
	const qs = { ...request.qs, sort: sortValue(sort) };
	const all = await ecosysList(
		context,
		itemIndex,
		{ ...request, qs },
		{ returnAll: true, limit: 0 },
	);
	const sorted = sortRecords(all, sort);
	return pageLimit.returnAll ? sorted : sorted.slice(0, pageLimit.limit);
}
