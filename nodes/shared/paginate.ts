import { createHash } from 'crypto';
import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { apiRequest } from './request';
import type { ApiRequest, PageStrategy, RequestContext, VendorProfile } from './types';

/** A guard against servers that never stop answering: no list reads more pages than this. */
export const MAX_PAGES = 10_000;

export interface PageLimit {
	returnAll: boolean;
	/** How many records to return when `returnAll` is off. */
	limit: number;
}

/**
 * How many pages `paginate` reads at once when the vendor states the page count up front
 * (from the third page on; 1 reads one page at a time). Each page is still one `apiRequest`,
 * so retries and the pacing on the vendor's rate budget apply to every one of them.
 */
export const pageFetching = { concurrency: 4 };

/** The page count a `nextPage` made by `untilTotalPages` reads from a page, if stated. */
type TotalPagesReader = (body: unknown) => number | undefined;

/** `nextPage` for envelopes that state how many pages there are (or which is the last). */
export function untilTotalPages(readTotal: (body: unknown) => unknown) {
	const totalPages: TotalPagesReader = (body) => {
		const total = Number(readTotal(body));
		return Number.isFinite(total) ? total : undefined;
	};
	const nextPage = (body: unknown, page: number): number | undefined => {
		const total = totalPages(body);
		return total !== undefined && page < total ? page + 1 : undefined;
	};
	return Object.assign(nextPage, { totalPages });
}

/** The page count a page states, for strategies whose `nextPage` is made by `untilTotalPages`. */
export function totalPagesOf(strategy: PageStrategy): TotalPagesReader | undefined {
	return (strategy.nextPage as { totalPages?: TotalPagesReader }).totalPages;
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

	const read = async (number: number): Promise<unknown> => {
		const qs: IDataObject = { ...request.qs, [strategy.pageParam]: number };
		if (strategy.sizeParam !== undefined) {
			qs[strategy.sizeParam] = pageSize;
		}
		return (await apiRequest.call(this, vendor, { ...request, qs }, itemIndex)).body;
	};
	/** Takes a page's records; false when the page is empty or a repeat (the list ends). */
	const take = (body: unknown): boolean => {
		const items = strategy.items(body);
		const print = fingerprint(items);
		if (items.length === 0 || seenPages.has(print)) return false;
		seenPages.add(print);
		records.push(...items);
		return true;
	};
	const totalPages = totalPagesOf(strategy);

	for (let reads = 0; page !== undefined && records.length < wanted && reads < MAX_PAGES; reads++) {
		const body = await read(page);
		if (!take(body)) break;
		const next = strategy.nextPage(body, page);
		page = next !== undefined && next > page ? next : undefined;
		// Two distinct pages read and the page count stated: read the rest several at a time.
		const total = totalPages?.(body);
		if (
			page !== undefined &&
			reads >= 1 &&
			total !== undefined &&
			pageFetching.concurrency > 1 &&
			records.length < wanted
		) {
			const perPage = records.length / (reads + 1);
			const last = Math.min(
				total,
				MAX_PAGES,
				returnAll ? total : page - 1 + Math.ceil((wanted - records.length) / perPage),
			);
			const ended = await readConcurrently(read, take, page, last, () => records.length >= wanted);
			reads += last - page;
			page = ended || last >= total ? undefined : last + 1;
		}
	}
	return returnAll ? records : records.slice(0, wanted);
}

/**
 * Reads pages `first`…`last` with at most `pageFetching.concurrency` requests under way, and
 * takes them in page order; stops at the first page that ends the list (then it returns
 * true) or when `done`.
 * Requests still under way then are waited for (their results dropped), so none outlives
 * the list; the first failure in page order fails the list.
 */
async function readConcurrently(
	read: (page: number) => Promise<unknown>,
	take: (body: unknown) => boolean,
	first: number,
	last: number,
	done: () => boolean,
): Promise<boolean> {
	const underWay = new Map<number, Promise<unknown>>();
	let nextToStart = first;
	const fill = () => {
		while (underWay.size < pageFetching.concurrency && nextToStart <= last) {
			const pending = read(nextToStart);
			// Handled in page order below; a failure after the list ended is of no interest.
			pending.catch(() => undefined);
			underWay.set(nextToStart++, pending);
		}
	};
	try {
		for (let page = first; page <= last; page++) {
			fill();
			const body = await underWay.get(page);
			underWay.delete(page);
			if (!take(body)) return true;
			if (done()) break;
		}
		return false;
	} finally {
		await Promise.allSettled(underWay.values());
	}
}

/**
 * What a list that came back empty hands to an AI Agent. n8n's tool wrapper sends the model
 * `JSON.stringify` of the node's items, so no items reach it as a bare `[]`, which a model can
 * take for a failed call; n8n's own answer for "no items" in a workflow is "Always Output Data"
 * (one item), which a tool call never gets. So, only when the node runs as a tool (its type is
 * the `…Tool` variant n8n makes of a node `usableAsTool`), an empty list becomes one item
 * saying so. In a workflow an empty list stays no items, as in n8n's own nodes.
 */
export function emptyListMarker(
	context: IExecuteFunctions,
	result: IDataObject | IDataObject[],
	itemIndex: number,
): IDataObject | IDataObject[] {
	if (!Array.isArray(result) || result.length > 0) return result;
	if (!context.getNode().type.endsWith('Tool')) return result;
	const resource = String(context.getNodeParameter('resource', itemIndex, ''));
	return [{ empty: true, count: 0, message: `No ${resource} records found` }];
}
