import { createHash } from 'crypto';
import type { IDataObject } from 'n8n-workflow';

import { apiRequest } from './request';
import type { ApiRequest, PageStrategy, RequestContext, VendorProfile } from './types';

/** A guard against servers that never stop answering: no list reads more pages than this. */
export const MAX_PAGES = 10_000;

export interface PageLimit {
	returnAll: boolean;
	/** How many records to return when `returnAll` is off. */
	limit: number;
}

/** `nextPage` for envelopes that state how many pages there are (or which is the last). */
export function untilTotalPages(readTotal: (body: unknown) => unknown) {
	return (body: unknown, page: number): number | undefined => {
		const total = Number(readTotal(body));
		return Number.isFinite(total) && page < total ? page + 1 : undefined;
	};
}

/** `nextPage` for envelopes that name the next page themselves (null on the last). */
export function followNextPage(readNext: (body: unknown) => unknown) {
	return (body: unknown): number | undefined => {
		const next = Number(readNext(body) ?? Number.NaN);
		return Number.isInteger(next) ? next : undefined;
	};
}

/** The records under `data` in a `{data: [...], pagination}` page. */
export function itemsUnderData(body: unknown): IDataObject[] {
	const data = (body as { data?: unknown } | undefined)?.data;
	return Array.isArray(data) ? (data as IDataObject[]) : [];
}

function fingerprint(items: IDataObject[]): string {
	return createHash('sha1').update(JSON.stringify(items)).digest('hex');
}

/**
 * Reads a list page by page until the user's limit is reached or the vendor has no more.
 * It also stops when a server repeats a page, sends a next page that does not move forward,
 * or overstates its totals (an empty page), so a misbehaving server cannot loop it.
 */
export async function paginate(
	this: RequestContext,
	vendor: VendorProfile,
	request: ApiRequest,
	{ returnAll, limit }: PageLimit,
	itemIndex = 0,
): Promise<IDataObject[]> {
	const strategy: PageStrategy = vendor.pagination;
	const wanted = returnAll ? Number.POSITIVE_INFINITY : Math.max(0, limit);
	const records: IDataObject[] = [];
	const seenPages = new Set<string>();
	let page: number | undefined = 1;
	// One size for every page: pages are addressed by number, so a smaller last page
	// (page 2 of 50 after a page of 100) would read records 51–100 again.
	const pageSize = Math.min(strategy.maxPageSize, wanted);

	for (let reads = 0; page !== undefined && records.length < wanted && reads < MAX_PAGES; reads++) {
		const qs: IDataObject = { ...request.qs, [strategy.pageParam]: page };
		if (strategy.sizeParam !== undefined) {
			qs[strategy.sizeParam] = pageSize;
		}
		const { body } = await apiRequest.call(this, vendor, { ...request, qs }, itemIndex);
		const items = strategy.items(body);
		const print = fingerprint(items);
		if (items.length === 0 || seenPages.has(print)) break;
		seenPages.add(print);
		records.push(...items);
		const next = strategy.nextPage(body, page);
		page = next !== undefined && next > page ? next : undefined;
	}
	return returnAll ? records : records.slice(0, wanted);
}
