import type {
	IDataObject,
	INodeExecutionData,
	INodeProperties,
	IPollFunctions,
} from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { apiRequest } from './request';
import type { ApiRequest, VendorProfile } from './types';

/**
 * The polling core every vendor trigger delegates to. No vendor documents the order of the
 * lists the triggers read (Sonar Marketing documents `sort` on deals; the others nothing), so
 * the core bets on none. Each event names how its list can be read (`kind`):
 *
 * - `ordered` (the default): records carry a key that grows with each new one (`timestamp`:
 *   created_at, updated_at, or eGestor's auto-increment code). Every poll reads the first
 *   and the last page and looks at the order they show:
 *   - newest first: the list is read from page 1 down to the cursor (the newest key handled
 *     plus the ids handled at exactly it). A backlog larger than one poll's page cap becomes
 *     a "gap" that later polls drain (re-reading one page, stepping back when the list moved).
 *   - oldest first: the list is read on from the page the cursor was on (found by bisection
 *     when not known), stepping back when records before it were removed.
 *   - anything else (no order, ties only, one page): the whole list is read and every record
 *     after the cursor is new. A list too long for the page cap fails the poll with an error
 *     that says so, rather than missing records silently.
 *   A page that breaks the order seen drops the poll to the whole-list read.
 * - `window`: the vendor filters on the key (from/to) in no known order; the whole window
 *   since the cursor is read, its end halved until it fits the page cap.
 * - `snapshot`: no usable key (or changes do not move a record): every poll reads the whole
 *   list and compares each record's `state` with the one remembered. Too long a list fails
 *   the poll with an error that says so.
 *
 * "Changed" events keep id → last state, bounded to the most recently seen records. The
 * first activation emits nothing unless "Include Existing Records" is on; a manual run
 * returns the newest matching record as a sample and keeps no cursor. The cursor belongs to
 * the event and the node's parameters (any change to them starts afresh). Nothing is written
 * to the static data unless the whole poll succeeded, so a failed poll leaves the cursor
 * untouched and the next one picks up the same records.
 */

/** Bounds shared by every trigger. */
export const pollLimits = {
	/** Pages (requests) one poll reads at most. */
	maxPages: 10,
	/** Records whose last state a "changed" event remembers (the most recently seen ones). */
	maxTracked: 2_000,
	/** Share of n8n's poll budget spent reading before the poll returns what it has. */
	budgetShare: 0.8,
	/** How far the vendor's clock may be behind n8n's (window reads start this early). */
	clockSkewMs: 5 * 60_000,
	/** Requests a window read spends narrowing a window that does not fit the page cap. */
	maxProbes: 16,
};

/** The time range a window read asks the vendor for, as ISO 8601 UTC (either end may be open). */
export interface TimeWindow {
	from?: string;
	to?: string;
}

/** The order the first and last pages of a list showed in one poll. */
export type ListOrder = 'newest' | 'oldest' | 'unclear';

/** One event a trigger offers: which list to read and which records to emit. */
export interface PollEvent {
	/** How the list can be read (see the module comment); `ordered` when unset. */
	kind?: 'ordered' | 'window' | 'snapshot';
	/**
	 * The list request; the core adds the page parameters. Window events filter it to
	 * `window` (from and to inclusive).
	 */
	request(context: IPollFunctions, window?: TimeWindow): ApiRequest;
	/**
	 * The number of pages a page body says the list has; defaults to the vendor's paging
	 * (`untilTotalPages`). Window events need it.
	 */
	totalPages?(body: unknown): number | undefined;
	/** Set when the list is not paged: the request is sent as it is, once. */
	unpaged?: boolean;
	/** Which record a manual run returns as the sample; defaults to `emits` with no history. */
	sample?(record: IDataObject, context: IPollFunctions): boolean;
	/**
	 * The record's key that grows with each new record (or change, for changed events):
	 * created_at, updated_at, or an auto-increment code. Strings are read as times.
	 */
	timestamp(record: IDataObject): unknown;
	/** The record's id; defaults to `record.id`. */
	id?(record: IDataObject): string;
	/**
	 * For "changed" events: the state remembered per record (e.g. its stage). Without it, every
	 * record after the cursor that passes `emits` is emitted.
	 */
	state?(record: IDataObject): string;
	/** Whether a record read after the cursor is emitted; `previous` is its remembered state. */
	emits?(record: IDataObject, previous: string | undefined, context: IPollFunctions): boolean;
}

interface Mark {
	/** Epoch milliseconds (or a code). */
	at: number;
	/** Ids handled at exactly `at`. */
	ids: string[];
}

interface Gap {
	/** The oldest record handled so far above the gap. */
	below: Mark;
	/** The cursor the gap must reach down to. */
	floor: Mark;
	/** The page to resume reading at. */
	page: number;
}

interface PollState {
	/** Key of the event and parameters the state belongs to; another key starts afresh. */
	key: string;
	/** Oldest-first lists, and windows read in part: the page to read on from. */
	page?: number;
	/** The end of a window read in part (its start is the cursor). */
	windowTo?: string;
	top: Mark;
	gaps: Gap[];
	/** id → last state, oldest first (only for "changed" and snapshot events). */
	states?: Record<string, string>;
	/** The order the list showed on the last poll (ordered events). */
	order?: ListOrder;
}

/** The "Include Existing Records" option every trigger offers. */
export const includeExistingOption: INodeProperties = {
	displayName: 'Include Existing Records',
	name: 'includeExisting',
	type: 'boolean',
	default: false,
	description:
		'Whether the first poll after activation emits the records that already exist (read over several polls when there are many and the list comes in an order; a list in no order must fit the 10 pages a poll reads). Off: only records appearing after activation are emitted.',
};

/** A record's timestamp in epoch milliseconds; a missing or unreadable one counts as oldest. */
export function timeOf(value: unknown): number {
	if (typeof value === 'number' && Number.isFinite(value)) return value;
	if (typeof value !== 'string' || value.trim() === '') return Number.NEGATIVE_INFINITY;
	// "2024-01-01 10:00:00" (no T) is read as UTC like the ISO form.
	const text = /^\d{4}-\d{2}-\d{2} \d/.test(value) ? value.replace(' ', 'T') : value;
	const withZone = /(Z|[+-]\d{2}:?\d{2})$/.test(text) || !text.includes('T') ? text : `${text}Z`;
	const at = Date.parse(withZone);
	return Number.isNaN(at) ? Number.NEGATIVE_INFINITY : at;
}

/** Whether a record at `at` with `id` comes after the mark (newer, or same time and not handled). */
function isAfter(at: number, id: string, mark: Mark): boolean {
	return at > mark.at || (at === mark.at && !mark.ids.includes(id));
}

interface Read {
	record: IDataObject;
	id: string;
	at: number;
}

interface Page {
	records: Read[];
	/** The page after this one (undefined at the end of the list). */
	next?: number;
	/** How many pages the list has, when the body says. */
	pages?: number;
}

/** What a newest- or oldest-first read returns when a page breaks the order the first and last pages showed. */
const ORDER_BROKEN = Symbol('order broken');

/** The list, one page at a time, within the poll's page and time budget; pages read once. */
class Reader {
	pagesRead = 0;

	private readonly deadline: number;

	private readonly cache = new Map<string, Page>();

	constructor(
		private readonly context: IPollFunctions,
		private readonly vendor: VendorProfile,
		private readonly event: PollEvent,
		readonly request: ApiRequest,
	) {
		const budget = context.getPollBudgetMs?.() ?? 5 * 60_000;
		this.deadline = Date.now() + budget * pollLimits.budgetShare;
	}

	/** Whether another page may still be read in this poll's page cap and time budget. */
	canRead(): boolean {
		return this.pagesRead < pollLimits.maxPages && this.beforeDeadline();
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
				at: timeOf(this.event.timestamp(record)),
			})),
			next: next !== undefined && next > page ? next : undefined,
			pages: total !== undefined && Number.isFinite(total) ? Math.max(1, total) : undefined,
		};
		this.cache.set(cacheKey, result);
		return result;
	}
}

/** The lowest of the records (they come newest first) as a mark. */
function lowestMark(records: Read[]): Mark {
	const at = records[records.length - 1].at;
	return { at, ids: records.filter((read) => read.at === at).map((read) => read.id) };
}

function highestMark(records: Read[], previous: Mark): Mark {
	const at = Math.max(...records.map((read) => read.at));
	if (at < previous.at) return previous;
	const ids = records.filter((read) => read.at === at).map((read) => read.id);
	return { at, ids: at === previous.at ? [...new Set([...previous.ids, ...ids])] : ids };
}

const nonIncreasing = (records: Read[]) =>
	records.every((read, index) => index === 0 || records[index - 1].at >= read.at);
const nonDecreasing = (records: Read[]) =>
	records.every((read, index) => index === 0 || records[index - 1].at <= read.at);

/**
 * The order the first and last pages show: newest first when both run down and the first
 * is wholly above the last, oldest first the other way round, unclear otherwise (fewer
 * than three distinct keys are no evidence).
 */
function orderOf(first: Read[], last: Read[]): ListOrder {
	const all = [...first, ...last];
	if (new Set(all.map((read) => read.at)).size < 3) return 'unclear';
	const keys = (records: Read[]) => records.map((read) => read.at);
	if (
		nonIncreasing(first) &&
		nonIncreasing(last) &&
		Math.min(...keys(first)) >= Math.max(...keys(last))
	) {
		return 'newest';
	}
	if (
		nonDecreasing(first) &&
		nonDecreasing(last) &&
		Math.max(...keys(first)) <= Math.min(...keys(last))
	) {
		return 'oldest';
	}
	return 'unclear';
}

/**
 * Reads from `start` down while records are newer than `floor`. Without `below` (the top of
 * the list) every such record is collected; inside a gap, records newer than `below` were
 * handled already and are skipped. Returns the page to resume at when the budget ran out.
 * Says `broken` when a record is newer than one before it.
 */
async function scan(
	reader: Reader,
	start: number,
	floor: Mark,
	below: Mark | undefined,
	collected: Read[],
	forcedReads: number,
): Promise<{ resumeAt?: number; broken?: boolean }> {
	const wanted = (read: Read) =>
		isAfter(read.at, read.id, floor) &&
		(below === undefined ||
			read.at < below.at ||
			(read.at === below.at && !below.ids.includes(read.id)));
	let page: number | undefined = start;
	let resuming = below !== undefined;
	let reads = 0;
	let previous = Number.POSITIVE_INFINITY;
	while (page !== undefined) {
		if (reads >= forcedReads && !reader.canRead()) return { resumeAt: page };
		reads++;
		const { records, next } = await reader.page(page);
		// Resuming inside a list that moved up: the first record is already one to collect,
		// so some may now be on the page before. Step back while that is so.
		if (resuming && page > 1 && records.length > 0 && wanted(records[0])) {
			page -= 1;
			continue;
		}
		resuming = false;
		for (const read of records) {
			if (read.at > previous) return { broken: true };
			previous = read.at;
			if (read.at < floor.at) return {};
			if (wanted(read) && !collected.some((other) => other.id === read.id)) {
				collected.push(read);
			}
		}
		page = next;
	}
	return {};
}

/**
 * The cursor's key: the event and every parameter of the node but Include Existing Records,
 * as the user set them (expressions unresolved), so that changing a filter (eGestor's
 * `filtro`, a status, a client) starts afresh instead of reading on with a cursor that
 * belonged to another list.
 */
function stateKey(context: IPollFunctions, eventName: string): string {
	const parameters = context.getNode().parameters;
	const names = Object.keys(parameters)
		.filter((name) => name !== 'includeExisting')
		.sort();
	return JSON.stringify([eventName, names.map((name) => [name, parameters[name]])]);
}

/**
 * The state saved for this event and parameters, if any. With `acceptLegacy`, a cursor saved by
 * 0.1.0 is taken on (snapshot events do not: 0.1.0 remembered only part of their lists, and
 * the rest would all look new).
 */
function savedState(
	context: IPollFunctions,
	eventName: string,
	acceptLegacy = true,
): PollState | undefined {
	const saved = context.getWorkflowStaticData('node').poll as PollState | undefined;
	if (saved === undefined) return undefined;
	if (saved.key === stateKey(context, eventName)) return fromStored(saved);
	if (!acceptLegacy) return undefined;
	// Version 0.1.0 keyed the cursor on the event and `filters` only.
	const legacy = JSON.stringify([eventName, context.getNodeParameter('filters', {})]);
	const node = context.getNode().parameters;
	const onlyFilters = Object.keys(node).every((name) =>
		['event', 'filters', 'includeExisting', 'authentication'].includes(name),
	);
	return saved.key === legacy && onlyFilters ? fromStored(saved) : undefined;
}

function save(context: IPollFunctions, eventName: string, state: Omit<PollState, 'key'>): void {
	context.getWorkflowStaticData('node').poll = toStored({
		...state,
		key: stateKey(context, eventName),
	});
}

/** The error a poll fails with when reading the whole list would pass the page cap. */
function tooLong(context: IPollFunctions, pages: number | undefined, why: string): never {
	const cap = pollLimits.maxPages;
	throw new NodeOperationError(
		context.getNode(),
		pages === undefined
			? `The list has more pages than the ${cap} a poll reads`
			: `The list has ${pages} pages, more than the ${cap} a poll reads`,
		{
			description: `${why} To keep records from being missed silently, this poll emitted nothing and the trigger's cursor did not move. Narrow the list with the trigger's filters.`,
		},
	);
}

/**
 * Runs one poll of `event` and returns the records to emit, oldest first, or null when
 * there are none. In a manual run it returns the newest matching record as a sample and
 * leaves the cursor alone.
 */
export async function pollRecords(
	context: IPollFunctions,
	vendor: VendorProfile,
	eventName: string,
	event: PollEvent,
): Promise<INodeExecutionData[][] | null> {
	const request = event.request(context);
	const reader = new Reader(context, vendor, event, request);
	const emits = (record: IDataObject, previous: string | undefined) =>
		event.emits?.(record, previous, context) ?? true;

	if (event.kind === 'window') {
		return await pollWindow(context, event, reader, eventName, emits);
	}
	if (context.getMode() === 'manual') {
		return await manualSample(context, event, reader, emits);
	}
	if (event.kind === 'snapshot') {
		return await pollSnapshot(context, event, reader, eventName, emits);
	}
	return await pollOrdered(context, event, reader, eventName, emits);
}

/** Every page of the list, or an error when that passes the page cap (see `tooLong`). */
async function readAll(context: IPollFunctions, reader: Reader, why: string): Promise<Read[]> {
	const first = await reader.page(1);
	if (first.pages !== undefined && first.pages > pollLimits.maxPages) {
		tooLong(context, first.pages, why);
	}
	const records: Read[] = [];
	let result: Page | undefined = first;
	let page = 1;
	for (;;) {
		for (const read of result.records) {
			if (!records.some((other) => other.id === read.id)) records.push(read);
		}
		if (result.next === undefined) return records;
		page = result.next;
		if (!reader.canRead()) tooLong(context, first.pages, why);
		result = await reader.page(page);
	}
}

/** The newest matching record (by `timestamp`) as the manual run's sample. */
async function manualSample(
	context: IPollFunctions,
	event: PollEvent,
	reader: Reader,
	emits: (record: IDataObject, previous: string | undefined) => boolean,
): Promise<INodeExecutionData[][] | null> {
	const isSample = (record: IDataObject) =>
		event.sample?.(record, context) ?? emits(record, undefined);
	const first = await reader.page(1);
	const records = [...first.records];
	const last =
		first.pages !== undefined && first.pages > 1
			? await reader.page(first.pages, reader.request, true)
			: first;
	if (last !== first) records.push(...last.records);
	if (orderOf(first.records, last.records) === 'unclear') {
		// No order to go by: look at the other pages too, as far as the page cap goes.
		let page = first.next;
		while (page !== undefined && page !== first.pages && reader.canRead()) {
			const result = await reader.page(page);
			records.push(...result.records);
			page = result.next;
		}
	}
	const matching = records.filter((read) => isSample(read.record));
	if (matching.length === 0) return null;
	return [[{ json: matching.reduce((a, b) => (b.at > a.at ? b : a)).record }]];
}

/** Polls an `ordered` event (see the module comment). */
async function pollOrdered(
	context: IPollFunctions,
	event: PollEvent,
	reader: Reader,
	eventName: string,
	emits: (record: IDataObject, previous: string | undefined) => boolean,
): Promise<INodeExecutionData[][] | null> {
	const first = await reader.page(1);
	const pages = first.pages ?? (first.next === undefined ? 1 : undefined);
	let order: ListOrder = 'unclear';
	let last = first;
	if (pages !== undefined && pages > 1) {
		last = await reader.page(pages, reader.request, true);
		order = orderOf(first.records, last.records);
	}
	const why =
		pages === 1
			? ''
			: 'Its first and last pages show no order the trigger can follow, so it reads the whole list on every poll.';

	let state = savedState(context, eventName);
	if (state === undefined) {
		const includeExisting = context.getNodeParameter('includeExisting', false) as boolean;
		if (!includeExisting) {
			// First activation: what exists now is handled; remember the newest key.
			const records =
				order === 'newest'
					? first.records
					: order === 'oldest'
						? last.records
						: await readAll(context, reader, why);
			const none: Mark = { at: Number.NEGATIVE_INFINITY, ids: [] };
			const fresh: Omit<PollState, 'key'> = {
				top: records.length === 0 ? none : highestMark(records, none),
				gaps: [],
				order,
				...(order === 'oldest' ? { page: pages } : {}),
			};
			if (event.state !== undefined) {
				fresh.states = {};
				for (const read of records) fresh.states[read.id] = event.state(read.record);
			}
			save(context, eventName, fresh);
			return null;
		}
		state = {
			key: '',
			top: { at: Number.NEGATIVE_INFINITY, ids: [] },
			gaps: [],
			states: event.state === undefined ? undefined : {},
		};
	}

	let result: INodeExecutionData[][] | null | typeof ORDER_BROKEN = ORDER_BROKEN;
	if (order === 'newest') {
		result = await pollNewestFirst(context, eventName, event, reader, state, emits);
	} else if (order === 'oldest' && state.gaps.length === 0 && pages !== undefined) {
		result = await pollOldestFirst(context, eventName, event, reader, state, pages, emits);
	}
	if (result !== ORDER_BROKEN) return result;
	order = 'unclear';
	// No order to follow (or gaps left by a newest-first list that no longer is): read it all.
	const records = await readAll(context, reader, why);
	const isNew = (read: Read) =>
		isAfter(read.at, read.id, state.top) ||
		state.gaps.some(
			(gap) =>
				isAfter(read.at, read.id, gap.floor) &&
				(read.at < gap.below.at || (read.at === gap.below.at && !gap.below.ids.includes(read.id))),
		);
	const collected = records.filter(isNew);
	const { out, states } = emitted(event, collected, state.states, emits);
	save(context, eventName, {
		top: records.length === 0 ? state.top : highestMark(records, state.top),
		gaps: [],
		states,
		order,
	});
	return out.length === 0 ? null : [out];
}

async function pollNewestFirst(
	context: IPollFunctions,
	eventName: string,
	event: PollEvent,
	reader: Reader,
	state: PollState,
	emits: (record: IDataObject, previous: string | undefined) => boolean,
): Promise<INodeExecutionData[][] | null | typeof ORDER_BROKEN> {
	const collected: Read[] = [];
	const gaps: Gap[] = [];

	// Top: what appeared above the cursor since the last poll.
	const top: Read[] = [];
	const { resumeAt, broken } = await scan(reader, 1, state.top, undefined, top, 1);
	if (broken === true) return ORDER_BROKEN;
	collected.push(...top);
	if (resumeAt !== undefined && top.length > 0) {
		gaps.push({ below: lowestMark(top), floor: state.top, page: resumeAt });
	}

	// Older gaps, newest first, each resumed one page early.
	// The newest gap always moves on by a page (past the page read again), whatever the budget.
	for (const [index, gap] of state.gaps.entries()) {
		const forcedReads = index === 0 ? 2 : 0;
		if (forcedReads === 0 && !reader.canRead()) {
			gaps.push(gap);
			continue;
		}
		const found: Read[] = [];
		const start = Math.max(1, gap.page - 1);
		const result = await scan(reader, start, gap.floor, gap.below, found, forcedReads);
		if (result.broken === true) return ORDER_BROKEN;
		collected.push(...found.filter((read) => !collected.some((other) => other.id === read.id)));
		if (result.resumeAt !== undefined) {
			gaps.push({
				below: found.length > 0 ? lowestMark(found) : gap.below,
				floor: gap.floor,
				page: result.resumeAt,
			});
		}
	}

	const { out, states } = emitted(event, collected, state.states, emits);
	save(context, eventName, {
		top: collected.length === 0 ? state.top : highestMark(collected, state.top),
		// Every gap is kept until read: dropping one would lose its records.
		gaps,
		states,
		order: 'newest',
	});
	return out.length === 0 ? null : [out];
}

/**
 * The page the cursor is on in an oldest-first list of `pages` pages: the last page whose
 * first record is not after it (bisection; page 1 when nothing was handled yet).
 */
async function cursorPage(reader: Reader, cursor: Mark, pages: number): Promise<number> {
	if (!Number.isFinite(cursor.at)) return 1;
	const notAfter = async (page: number) => {
		const [first] = (await reader.page(page)).records;
		return first !== undefined && !isAfter(first.at, first.id, cursor);
	};
	let low = 1;
	let high = pages;
	while (low < high) {
		const middle = Math.ceil((low + high) / 2);
		if (await notAfter(middle)) low = middle;
		else high = middle - 1;
	}
	return low;
}

/** Reads an oldest-first list on from the cursor's page (see the module comment). */
async function pollOldestFirst(
	context: IPollFunctions,
	eventName: string,
	event: PollEvent,
	reader: Reader,
	state: PollState,
	pages: number,
	emits: (record: IDataObject, previous: string | undefined) => boolean,
): Promise<INodeExecutionData[][] | null | typeof ORDER_BROKEN> {
	const cursor = state.top;
	const known = state.order === 'oldest' && state.page !== undefined;
	const collected: Read[] = [];
	let page: number | undefined = known
		? Math.min(Math.max(1, state.page ?? 1), pages)
		: await cursorPage(reader, cursor, pages);
	let lastRead = page;
	let resuming = true;
	let reads = 0;
	let previous = Number.NEGATIVE_INFINITY;
	while (page !== undefined) {
		// Reading on from the cursor always gets a page beyond the one stepped back to.
		if (reads >= 2 && !reader.canRead()) break;
		reads++;
		const result = await reader.page(page);
		// Records before the cursor were removed: the page now starts past it, so some new
		// ones may be on the page before. Step back while that is so.
		if (
			resuming &&
			page > 1 &&
			result.records.length > 0 &&
			isAfter(result.records[0].at, result.records[0].id, cursor)
		) {
			page -= 1;
			continue;
		}
		resuming = false;
		lastRead = page;
		for (const read of result.records) {
			if (read.at < previous) return ORDER_BROKEN;
			previous = read.at;
			if (isAfter(read.at, read.id, cursor) && !collected.some((other) => other.id === read.id)) {
				collected.push(read);
			}
		}
		page = result.next;
	}
	const { out, states } = emitted(event, collected, state.states, emits);
	save(context, eventName, {
		top: collected.length === 0 ? cursor : highestMark(collected, cursor),
		gaps: [],
		states,
		order: 'oldest',
		// The last page read: its records are all at or before the cursor now, so the next poll
		// can tell from its first record whether the list moved up under it.
		page: lastRead,
	});
	return out.length === 0 ? null : [out];
}

/** The records to emit, oldest first, and the remembered states updated and trimmed. */
function emitted(
	event: PollEvent,
	collected: Read[],
	previousStates: Record<string, string> | undefined,
	emits: (record: IDataObject, previous: string | undefined) => boolean,
): { out: INodeExecutionData[]; states?: Record<string, string> } {
	// Oldest first, so downstream sees events in the order they happened.
	const sorted = [...collected].sort((a, b) => a.at - b.at);
	const states = previousStates === undefined ? undefined : { ...previousStates };
	const out: INodeExecutionData[] = [];
	for (const read of sorted) {
		const previous = states?.[read.id];
		if (emits(read.record, previous)) out.push({ json: read.record });
		if (states !== undefined && event.state !== undefined) {
			delete states[read.id];
			states[read.id] = event.state(read.record);
		}
	}
	if (states !== undefined) trim(states);
	return { out, states };
}

/** Keeps the `maxTracked` most recently seen states. */
function trim(states: Record<string, string>): void {
	const ids = Object.keys(states);
	for (const id of ids.slice(0, Math.max(0, ids.length - pollLimits.maxTracked))) {
		delete states[id];
	}
}

/** ISO 8601 UTC, without milliseconds when there are none (as the vendors write their times). */
const iso = (at: number) => new Date(at).toISOString().replace('.000Z', 'Z');

/**
 * Polls a vendor that filters on the timestamp but lists in no documented order: each poll
 * reads every record of the window since the cursor (the cursor's ids are those handled at
 * or after its time). A window with more pages than the cap is narrowed by halving its end;
 * if it still does not fit, the records read are emitted and their ids join the cursor, so
 * the next poll reads the same window and emits only the rest.
 */
async function pollWindow(
	context: IPollFunctions,
	event: PollEvent,
	reader: Reader,
	eventName: string,
	emits: (record: IDataObject, previous: string | undefined) => boolean,
): Promise<INodeExecutionData[][] | null> {
	const fits = (pages: number | undefined) => (pages ?? 0) <= pollLimits.maxPages;
	/**
	 * Reads `window` from `startPage` on, within the page cap. From page 1 with `narrow`, a
	 * window too big for the cap has its end bisected to the latest that fits; when even the
	 * smallest such window holds nothing (one second holds more than the cap), the smallest
	 * window found too big is read in part, and `nextPage` says where to go on.
	 */
	const readWindow = async (window: TimeWindow, narrow: boolean, startPage = 1) => {
		let first = await reader.page(startPage, event.request(context, window));
		let used = window;
		if (startPage === 1 && narrow && window.from !== undefined && !fits(first.pages)) {
			let low = timeOf(window.from);
			let high = Date.now() + pollLimits.clockSkewMs;
			let best: { first: typeof first; window: TimeWindow } | undefined;
			let tooBig = { first, window };
			for (let probe = 0; probe < pollLimits.maxProbes && high - low > 1000; probe++) {
				const middle = Math.floor(low + (high - low) / 2);
				const candidate = { ...window, to: iso(middle) };
				const page = await reader.page(1, event.request(context, candidate));
				if (fits(page.pages)) {
					best = { first: page, window: candidate };
					low = middle;
				} else {
					tooBig = { first: page, window: candidate };
					high = middle;
				}
			}
			({ first, window: used } =
				best !== undefined && best.first.records.length > 0 ? best : tooBig);
		}
		const records = [...first.records];
		let next = first.next;
		let pages = 1;
		while (next !== undefined && pages < pollLimits.maxPages && reader.beforeDeadline()) {
			const page = await reader.page(next, event.request(context, used));
			pages++;
			for (const read of page.records) {
				if (!records.some((other) => other.id === read.id)) records.push(read);
			}
			next = page.next;
		}
		return { records, complete: next === undefined, to: used.to, nextPage: next };
	};
	/** A record as handled: the same record changed again (a later time) is new. */
	const keyOf = (read: Read) => `${read.id}@${read.at}`;

	if (context.getMode() === 'manual') {
		const { records } = await readWindow({}, false);
		const matching = records.filter(
			(read) => event.sample?.(read.record, context) ?? emits(read.record, undefined),
		);
		if (matching.length === 0) return null;
		const newest = matching.reduce((a, b) => (b.at > a.at ? b : a));
		return [[{ json: newest.record }]];
	}

	const saved = savedState(context, eventName);

	if (saved === undefined) {
		const includeExisting = context.getNodeParameter('includeExisting', false) as boolean;
		if (!includeExisting) {
			// Start from now, less a margin for the vendor's clock: what is already there is handled.
			// When that margin holds more than the page cap, it is narrowed (its start moved
			// later) until it fits, so no record of it is left unread and later taken for new.
			let at = Date.now() - pollLimits.clockSkewMs;
			let first = await reader.page(1, event.request(context, { from: iso(at) }));
			for (
				let probe = 0;
				probe < pollLimits.maxProbes && !fits(first.pages) && Date.now() - at > 1000;
				probe++
			) {
				at += Math.floor((Date.now() - at) / 2);
				first = await reader.page(1, event.request(context, { from: iso(at) }));
			}
			const { records } = await readWindow({ from: iso(at) }, false);
			const fresh: Omit<PollState, 'key'> = { top: { at, ids: records.map(keyOf) }, gaps: [] };
			if (event.state !== undefined) {
				fresh.states = {};
				for (const read of records) fresh.states[read.id] = event.state(read.record);
			}
			save(context, eventName, fresh);
			return null;
		}
	}
	const state: PollState = saved ?? {
		key: '',
		top: { at: Number.NEGATIVE_INFINITY, ids: [] },
		gaps: [],
		states: event.state === undefined ? undefined : {},
	};

	const cursor = state.top;
	const from = Number.isFinite(cursor.at) ? iso(cursor.at) : undefined;
	const window: TimeWindow = from === undefined ? {} : { from };
	// A window read in part by the last poll is read on at the page it stopped at.
	const { records, complete, to, nextPage } =
		state.page !== undefined && state.windowTo !== undefined
			? await readWindow({ ...window, to: state.windowTo }, false, state.page)
			: await readWindow(window, true);
	const handled = (read: Read) => read.at < cursor.at || cursor.ids.includes(keyOf(read));
	const collected = records.filter((read) => !handled(read));
	const { out, states } = emitted(event, collected, state.states, emits);

	let top: Mark;
	let resume: { page?: number; windowTo?: string } = {};
	if (complete) {
		// Everything from the cursor to the newest record read (or to the window's end, while
		// that is safely in the vendor's past) is handled.
		const end =
			to === undefined
				? Number.NEGATIVE_INFINITY
				: Math.min(timeOf(to), Date.now() - pollLimits.clockSkewMs);
		const at = Math.max(cursor.at, end, ...records.map((read) => read.at));
		// Handled at exactly `at`: what this poll read there, and what earlier polls of a
		// window read in part handled there.
		const keys = records.filter((read) => read.at === at).map(keyOf);
		const kept = cursor.ids.filter(
			(handledKey) => at === cursor.at || handledKey.endsWith(`@${at}`),
		);
		top = { at, ids: [...new Set([...kept, ...keys])] };
	} else {
		// The records read are handled; the rest of this window comes next time.
		top = { at: cursor.at, ids: [...cursor.ids, ...collected.map(keyOf)] };
		resume = { page: nextPage, windowTo: to ?? iso(Date.now()) };
	}
	save(context, eventName, { top, gaps: [], states, ...resume });
	return out.length === 0 ? null : [out];
}

/** -Infinity does not survive JSON; static data stores it as null. */
function toStored(state: PollState): IDataObject {
	const mark = (value: Mark) => ({
		at: Number.isFinite(value.at) ? value.at : null,
		ids: value.ids,
	});
	return {
		key: state.key,
		top: mark(state.top),
		gaps: state.gaps.map((gap) => ({
			below: mark(gap.below),
			floor: mark(gap.floor),
			page: gap.page,
		})),
		...(state.states === undefined ? {} : { states: state.states }),
		...(state.page === undefined ? {} : { page: state.page }),
		...(state.windowTo === undefined ? {} : { windowTo: state.windowTo }),
		...(state.order === undefined ? {} : { order: state.order }),
	} as unknown as IDataObject;
}

function fromStored(stored: PollState): PollState {
	const mark = (value: { at: number | null; ids: string[] }): Mark => ({
		at: value.at ?? Number.NEGATIVE_INFINITY,
		ids: [...value.ids],
	});
	return {
		key: stored.key,
		top: mark(stored.top as unknown as { at: number | null; ids: string[] }),
		gaps: (stored.gaps ?? []).map((gap) => ({
			below: mark(gap.below as unknown as { at: number | null; ids: string[] }),
			floor: mark(gap.floor as unknown as { at: number | null; ids: string[] }),
			page: gap.page,
		})),
		states: stored.states === undefined ? undefined : { ...stored.states },
		page: stored.page,
		windowTo: stored.windowTo,
		order: stored.order,
	};
}

/**
 * Polls a list by comparing it with the states remembered from the last poll (a `snapshot`
 * event). The whole list is read on every poll (an error when it passes the page cap). The
 * first activation only remembers, unless Include Existing Records is on. Records no longer
 * in the list are forgotten (so one that comes back counts as new).
 */
async function pollSnapshot(
	context: IPollFunctions,
	event: PollEvent,
	reader: Reader,
	eventName: string,
	emits: (record: IDataObject, previous: string | undefined) => boolean,
): Promise<INodeExecutionData[][] | null> {
	const stateOf = event.state ?? (() => '');
	const records = await readAll(
		context,
		reader,
		'This event compares every record with the state last seen, so it reads the whole list on every poll.',
	);
	const saved = savedState(context, eventName, false);
	const first = saved === undefined;
	const includeExisting = first && (context.getNodeParameter('includeExisting', false) as boolean);
	const previousStates = saved?.states ?? {};

	const out: INodeExecutionData[] = [];
	const states: Record<string, string> = {};
	// Oldest first by key, so downstream sees the changes in a stable order.
	for (const read of [...records].sort((a, b) => a.at - b.at)) {
		const previous = previousStates[read.id];
		if ((!first || includeExisting) && emits(read.record, previous)) {
			out.push({ json: read.record });
		}
		states[read.id] = stateOf(read.record);
	}
	trim(states);
	save(context, eventName, { top: { at: Number.NEGATIVE_INFINITY, ids: [] }, gaps: [], states });
	return out.length === 0 ? null : [out];
}
