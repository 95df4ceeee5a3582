import type { IDataObject, IPollFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { apiRequest } from '../request';
import type { ApiRequest, VendorProfile } from '../types';
import { sortKeyOf } from './positions';
import { pollLimits } from './types';
import type { ListedRecord, Page, PollEvent, PollRun } from './types';

/** The list, one page at a time, within the poll's page and time budget; pages read once. */
export class Reader {
	pagesRead = 0;

	/** Pages one poll may read: the trigger's Max Pages per Poll, else `pollLimits.maxPages`. */
	readonly maxPages: number;

	private readonly deadline: number;

	private readonly cache = new Map<string, Page>();

	constructor(
		private readonly context: IPollFunctions,
		private readonly vendor: VendorProfile,
		private readonly event: PollEvent,
		readonly request: ApiRequest,
	) {
		const budget = context.getPollBudgetMs?.() ?? 5 * 60_000;
		const chosen = Number(context.getNodeParameter('maxPagesPerPoll', pollLimits.maxPages));
		this.maxPages = Number.isInteger(chosen) && chosen >= 1 ? chosen : pollLimits.maxPages;
		this.deadline = Date.now() + budget * pollLimits.budgetShare;
	}

	/** Whether another page may still be read in this poll's page cap and time budget. */
	canRead(): boolean {
		return this.pagesRead < this.maxPages && this.beforeDeadline();
	}

	beforeDeadline(): boolean {
		return Date.now() < this.deadline;
	}

	/**
	 * One page's records, the page after it and the page count (read once per poll). A
	 * `probe` (the last page read to see the list's order) is not counted against the cap.
	 */
	async page(page: number, request = this.request, probe = false): Promise<Page> {
		const cacheKey = JSON.stringify([page, request]);
		const cached = this.cache.get(cacheKey);
		if (cached !== undefined) return cached;
		if (probe) this.pagesRead--;
		const strategy = this.vendor.pagination;
		const qs: IDataObject = { ...request.qs };
		if (this.event.unpaged !== true) {
			qs[strategy.pageParam] = page;
			if (strategy.sizeParam !== undefined) qs[strategy.sizeParam] = strategy.maxPageSize;
		}
		this.pagesRead++;
		const { body } = await apiRequest.call(this.context, this.vendor, { ...request, qs });
		const items = strategy.items(body);
		const next =
			items.length === 0 || this.event.unpaged === true ? undefined : strategy.nextPage(body, page);
		const totalOf =
			this.event.totalPages ??
			(strategy.nextPage as { totalPages?: (body: unknown) => number | undefined }).totalPages;
		const total = this.event.unpaged === true ? 1 : totalOf?.(body);
		const result: Page = {
			records: items.map((record) => ({
				record,
				id: this.event.id?.(record) ?? String(record.id ?? ''),
				sortKey: sortKeyOf(this.event, record),
			})),
			next: next !== undefined && next > page ? next : undefined,
			pages: total !== undefined && Number.isFinite(total) ? Math.max(1, total) : undefined,
		};
		this.cache.set(cacheKey, result);
		return result;
	}
}

/**
 * Why a poll reads the whole list: an event in no order it can follow (`unordered`), or one
 * that compares every record with the state last seen (`snapshot`).
 */
export type WholeListReason = 'unordered' | 'snapshot';

/** The error a poll fails with when reading the whole list would pass the page cap. */
function tooLong(run: PollRun, pages: number | undefined, reason: WholeListReason): never {
	const cap = run.reader.maxPages;
	throw new NodeOperationError(
		run.context.getNode(),
		pages === undefined
			? `The list has more pages than the ${cap} a poll reads`
			: `The list has ${pages} pages, more than the ${cap} a poll reads`,
		{
			description:
				reason === 'unordered'
					? "Its first and last pages show no order the trigger can follow, so it reads the whole list on every poll. To keep records from being missed silently, this poll emitted nothing and the trigger's cursor did not move. Narrow the list with the trigger's filters, or raise Max Pages per Poll (each page is one request)."
					: "This event compares every record with the state last seen, so it reads the whole list on every poll. To keep records from being missed silently, this poll emitted nothing and the trigger's cursor did not move. Narrow the list with the trigger's filters, or raise Max Pages per Poll (each page is one request).",
		},
	);
}

/** Every page of the list, or an error when that passes the page cap (see `tooLong`). */
export async function readAll(run: PollRun, reason: WholeListReason): Promise<ListedRecord[]> {
	const { reader } = run;
	const first = await reader.page(1);
	if (first.pages !== undefined && first.pages > reader.maxPages) {
		tooLong(run, first.pages, reason);
	}
	const records: ListedRecord[] = [];
	let result: Page | undefined = first;
	let page = 1;
	for (;;) {
		for (const read of result.records) {
			if (!records.some((other) => other.id === read.id)) records.push(read);
		}
		if (result.next === undefined) return records;
		page = result.next;
		if (!reader.canRead()) tooLong(run, first.pages, reason);
		result = await reader.page(page);
	}
}
