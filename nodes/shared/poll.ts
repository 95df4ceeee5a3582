import type {
	IDataObject,
	INodeExecutionData,
	INodeProperties,
	IPollFunctions,
} from 'n8n-workflow';

import { apiRequest } from './request';
import type { ApiRequest, VendorProfile } from './types';

/**
 * The polling core every vendor trigger delegates to. Each event says how its list can be
 * read, and the core keeps a cursor in the node's static data accordingly:
 *
 * - newest first (the default): the list sorted descending on the event's timestamp is read
 *   down to the cursor — the newest timestamp handled plus the ids handled at exactly that
 *   timestamp, so records sharing a timestamp are neither lost nor emitted twice. A backlog
 *   larger than one poll's page cap becomes a "gap": what was read is emitted, and the next
 *   polls resume below it (re-reading one page, stepping back when the list moved up)
 *   until they meet the old cursor.
 * - window (`totalPages`): the vendor filters on the timestamp but lists in no known order;
 *   the whole window since the cursor is read, its end halved until it fits the page cap.
 * - oldest first (`oldestFirst`): a growing number (an auto-increment code) is the cursor,
 *   read on from the page it was last seen on.
 * - snapshot (`snapshot`): no usable order; the list's records are compared with the states
 *   remembered from the previous poll.
 *
 * "Changed" events keep id → last state, bounded to the most recently seen records. The
 * first activation emits nothing unless "Include Existing Records" is on; a manual run
 * returns the newest matching record as a sample and keeps no cursor. Nothing is written to
 * the static data unless every request of the poll succeeded, so a failed poll leaves the
 * cursor untouched and the next one picks up the same records.
 */

/** Bounds shared by every trigger. */
export const pollLimits = {
	/** Pages one poll reads at most (top scan and gaps together). */
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

/** One event a trigger offers: which list to read and which records to emit. */
export interface PollEvent {
	/**
	 * The list request; the core adds the page parameters. Newest-first events sort it on
	 * `timestamp`, descending. Window events filter it to `window` (from and to inclusive)
	 * in whatever order the vendor lists it.
	 */
	request(context: IPollFunctions, window?: TimeWindow): ApiRequest;
	/**
	 * Set for vendors that filter on the timestamp but do not sort: the number of pages a
	 * page body says the filtered list has. Each poll then reads the whole window since the
	 * cursor, narrowed (by halving its end) until it fits the page cap.
	 */
	totalPages?(body: unknown): number | undefined;
	/**
	 * Set for lists with no usable time order or filter (or whose changes do not move a
	 * record in the order): each poll reads the list (up to the page cap) and compares every
	 * record's `state` with the one remembered; `emits` decides. Requires `state`.
	 */
	snapshot?: boolean;
	/**
	 * Set for lists served oldest first (needs `totalPages`): `timestamp` is then any number
	 * that grows with each new record (e.g. an auto-increment code). The cursor keeps the
	 * highest one and the page it was on; each poll reads on from there (a page earlier
	 * when records before it were removed), so a backlog drains oldest first. A `snapshot`
	 * event with this set reads the list's last pages, where the recent records are.
	 */
	oldestFirst?: boolean;
	/** Set when the list is not paged: the request is sent as it is, once. */
	unpaged?: boolean;
	/** Which record a manual run returns as the sample; defaults to `emits` with no history. */
	sample?(record: IDataObject, context: IPollFunctions): boolean;
	/** The record's timestamp the list is sorted on (created_at for "new", updated_at for changes). */
	timestamp(record: IDataObject): unknown;
	/** The record's id; defaults to `record.id`. */
	id?(record: IDataObject): string;
	/**
	 * For "changed" events: the state remembered per record (e.g. its stage). Without it, every
	 * record newer than the cursor that passes `emits` is emitted.
	 */
	state?(record: IDataObject): string;
	/** Whether a record read after the cursor is emitted; `previous` is its remembered state. */
	emits?(record: IDataObject, previous: string | undefined, context: IPollFunctions): boolean;
}

interface Mark {
	/** Epoch milliseconds. */
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
	/** Key of the event the state belongs to; another event (or its filters) starts afresh. */
	key: string;
	/** Oldest-first lists, and windows read in part: the page to read on from. */
	page?: number;
	/** The end of a window read in part (its start is the cursor). */
	windowTo?: string;
	top: Mark;
	gaps: Gap[];
	/** id → last state, oldest first (only for "changed" events). */
	states?: Record<string, string>;
}

/** The "Include Existing Records" option every trigger offers. */
export const includeExistingOption: INodeProperties = {
	displayName: 'Include Existing Records',
	name: 'includeExisting',
	type: 'boolean',
	default: false,
	description:
		'Whether the first poll after activation emits the records that already exist (read over several polls when there are many). Off: only records appearing after activation are emitted.',
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

/** The newest-first list, one page at a time, within the poll's page and time budget. */
class Reader {
	pagesRead = 0;

	private readonly deadline: number;

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

	/** One page's records and the page after it (undefined at the end of the list). */
	async page(
		page: number,
		request = this.request,
	): Promise<{ records: Read[]; next?: number; pages?: number }> {
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
		return {
			records: items.map((record) => ({
				record,
				id: this.event.id?.(record) ?? String(record.id ?? ''),
				at: timeOf(this.event.timestamp(record)),
			})),
			next: next !== undefined && next > page ? next : undefined,
			pages: this.event.totalPages?.(body),
		};
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

/**
 * Reads from `start` down while records are newer than `floor`. Without `below` (the top of
 * the list) every such record is collected; inside a gap, records newer than `below` were
 * handled already and are skipped. Returns the page to resume at when the budget ran out.
 */
async function scan(
	reader: Reader,
	start: number,
	floor: Mark,
	below: Mark | undefined,
	collected: Read[],
	forcedReads: number,
): Promise<{ resumeAt?: number }> {
	const wanted = (read: Read) =>
		isAfter(read.at, read.id, floor) &&
		(below === undefined ||
			read.at < below.at ||
			(read.at === below.at && !below.ids.includes(read.id)));
	let page: number | undefined = start;
	let resuming = below !== undefined;
	let reads = 0;
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
			if (read.at < floor.at) return {};
			if (wanted(read) && !collected.some((other) => other.id === read.id)) {
				collected.push(read);
			}
		}
		page = next;
	}
	return {};
}

function stateKey(context: IPollFunctions, eventName: string): string {
	return JSON.stringify([eventName, context.getNodeParameter('filters', {})]);
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

	if (event.oldestFirst === true && event.snapshot !== true) {
		return await pollOldestFirst(context, event, reader, eventName, emits);
	}
	if (event.totalPages !== undefined && event.snapshot !== true) {
		return await pollWindow(context, event, reader, eventName, emits);
	}

	if (context.getMode() === 'manual') {
		const isSample = (record: IDataObject) =>
			event.sample?.(record, context) ?? emits(record, undefined);
		let page: number | undefined = 1;
		while (page !== undefined && (reader.pagesRead === 0 || reader.canRead())) {
			const { records, next } = await reader.page(page);
			const sample = records.find((read) => isSample(read.record));
			if (sample !== undefined) return [[{ json: sample.record }]];
			page = next;
		}
		return null;
	}

	if (event.snapshot === true) {
		return await pollSnapshot(context, event, reader, eventName, emits);
	}

	const staticData = context.getWorkflowStaticData('node');
	const key = stateKey(context, eventName);
	const saved = staticData.poll as PollState | undefined;

	if (saved === undefined || saved.key !== key) {
		// First activation (or a different event): start from now, or from the beginning.
		const includeExisting = context.getNodeParameter('includeExisting', false) as boolean;
		if (includeExisting) {
			const fresh: PollState = { key, top: { at: Number.NEGATIVE_INFINITY, ids: [] }, gaps: [] };
			if (event.state !== undefined) fresh.states = {};
			return await pollFrom(event, reader, fresh, staticData, emits);
		}
		const { records } = await reader.page(1);
		const fresh: PollState = {
			key,
			top:
				records.length === 0
					? { at: Number.NEGATIVE_INFINITY, ids: [] }
					: highestMark(records, { at: Number.NEGATIVE_INFINITY, ids: [] }),
			gaps: [],
		};
		if (event.state !== undefined) {
			fresh.states = {};
			for (const read of [...records].reverse()) fresh.states[read.id] = event.state(read.record);
		}
		staticData.poll = toStored(fresh);
		return null;
	}
	return await pollFrom(event, reader, fromStored(saved), staticData, emits);
}

async function pollFrom(
	event: PollEvent,
	reader: Reader,
	state: PollState,
	staticData: IDataObject,
	emits: (record: IDataObject, previous: string | undefined) => boolean,
): Promise<INodeExecutionData[][] | null> {
	const collected: Read[] = [];
	const gaps: Gap[] = [];

	// Top: what appeared above the cursor since the last poll.
	const top: Read[] = [];
	const { resumeAt } = await scan(reader, 1, state.top, undefined, top, 1);
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

	const next: PollState = {
		key: state.key,
		top: collected.length === 0 ? state.top : highestMark(collected, state.top),
		// Every gap is kept until read: dropping one would lose its records.
		gaps,
		states,
	};
	staticData.poll = toStored(next);
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
	if (states !== undefined) {
		const ids = Object.keys(states);
		for (const id of ids.slice(0, Math.max(0, ids.length - pollLimits.maxTracked))) {
			delete states[id];
		}
	}
	return { out, states };
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

	const staticData = context.getWorkflowStaticData('node');
	const key = stateKey(context, eventName);
	const saved = staticData.poll as PollState | undefined;

	if (saved === undefined || saved.key !== key) {
		const includeExisting = context.getNodeParameter('includeExisting', false) as boolean;
		if (!includeExisting) {
			// Start from now, less a margin for the vendor's clock: what is already there is handled.
			const at = Date.now() - pollLimits.clockSkewMs;
			const { records } = await readWindow({ from: iso(at) }, false);
			const fresh: PollState = { key, top: { at, ids: records.map(keyOf) }, gaps: [] };
			if (event.state !== undefined) {
				fresh.states = {};
				for (const read of records) fresh.states[read.id] = event.state(read.record);
			}
			staticData.poll = toStored(fresh);
			return null;
		}
	}
	const state: PollState =
		saved === undefined || saved.key !== key
			? {
					key,
					top: { at: Number.NEGATIVE_INFINITY, ids: [] },
					gaps: [],
					states: event.state === undefined ? undefined : {},
				}
			: fromStored(saved);

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
	staticData.poll = toStored({ key, top, gaps: [], states, ...resume });
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
		gaps: stored.gaps.map((gap) => ({
			below: mark(gap.below as unknown as { at: number | null; ids: string[] }),
			floor: mark(gap.floor as unknown as { at: number | null; ids: string[] }),
			page: gap.page,
		})),
		states: stored.states === undefined ? undefined : { ...stored.states },
		page: stored.page,
		windowTo: stored.windowTo,
	};
}

/**
 * Polls a list by comparing it with the states remembered from the last poll (see
 * `PollEvent.snapshot`). The first activation only remembers, unless Include Existing
 * Records is on. Records read are remembered at their new state; when the whole list was
 * read, records no longer in it are forgotten (so one that comes back counts as new).
 */
async function pollSnapshot(
	context: IPollFunctions,
	event: PollEvent,
	reader: Reader,
	eventName: string,
	emits: (record: IDataObject, previous: string | undefined) => boolean,
): Promise<INodeExecutionData[][] | null> {
	const stateOf = event.state ?? (() => '');
	const records: Read[] = [];
	let page: number | undefined = 1;
	let complete = true;
	if (event.oldestFirst === true) {
		// The recent records are on the last pages: read back from the end.
		const first = await reader.page(1);
		const last = first.pages ?? 1;
		const pages: Array<{ records: Read[] }> = [];
		for (let number = last; number > 1 && reader.canRead(); number--) {
			pages.unshift(await reader.page(number));
			if (number === 2) pages.unshift(first);
		}
		if (last === 1) pages.push(first);
		complete = pages.length === last;
		for (const result of pages) {
			for (const read of result.records) {
				if (!records.some((other) => other.id === read.id)) records.push(read);
			}
		}
		page = undefined;
	}
	while (page !== undefined && (reader.pagesRead === 0 || reader.canRead())) {
		const result = await reader.page(page);
		for (const read of result.records) {
			if (!records.some((other) => other.id === read.id)) records.push(read);
		}
		page = result.next;
	}
	complete = complete && page === undefined;

	const staticData = context.getWorkflowStaticData('node');
	const key = stateKey(context, eventName);
	const saved = staticData.poll as PollState | undefined;
	const first = saved === undefined || saved.key !== key;
	const includeExisting = first && (context.getNodeParameter('includeExisting', false) as boolean);
	const previousStates = first ? {} : { ...(saved.states ?? {}) };

	const out: INodeExecutionData[] = [];
	const states: Record<string, string> = complete ? {} : previousStates;
	// In list order, so the output follows the vendor's order (newest first, for most).
	for (const read of records) {
		const previous = previousStates[read.id];
		if ((!first || includeExisting) && emits(read.record, previous)) {
			out.push({ json: read.record });
		}
		delete states[read.id];
		states[read.id] = stateOf(read.record);
	}
	const ids = Object.keys(states);
	for (const id of ids.slice(0, Math.max(0, ids.length - pollLimits.maxTracked))) {
		delete states[id];
	}
	staticData.poll = toStored({
		key,
		top: { at: Number.NEGATIVE_INFINITY, ids: [] },
		gaps: [],
		states,
	});
	return out.length === 0 ? null : [out];
}

/** Polls an oldest-first list by an increasing number (see `PollEvent.oldestFirst`). */
async function pollOldestFirst(
	context: IPollFunctions,
	event: PollEvent,
	reader: Reader,
	eventName: string,
	emits: (record: IDataObject, previous: string | undefined) => boolean,
): Promise<INodeExecutionData[][] | null> {
	const staticData = context.getWorkflowStaticData('node');
	const key = stateKey(context, eventName);
	const saved = staticData.poll as PollState | undefined;

	if (context.getMode() === 'manual' || saved === undefined || saved.key !== key) {
		const manual = context.getMode() === 'manual';
		const includeExisting =
			!manual && (context.getNodeParameter('includeExisting', false) as boolean);
		if (!includeExisting) {
			// The newest records are on the last page.
			const first = await reader.page(1);
			const last = first.pages ?? 1;
			const { records } = last > 1 ? await reader.page(last) : first;
			if (manual) {
				const isSample = (record: IDataObject) =>
					event.sample?.(record, context) ?? emits(record, undefined);
				const matching = records.filter((read) => isSample(read.record));
				if (matching.length === 0) return null;
				return [[{ json: matching.reduce((a, b) => (b.at > a.at ? b : a)).record }]];
			}
			const at = Math.max(Number.NEGATIVE_INFINITY, ...records.map((read) => read.at));
			staticData.poll = toStored({ key, top: { at, ids: [] }, gaps: [], page: last });
			return null;
		}
	}
	const state: PollState =
		saved === undefined || saved.key !== key
			? { key, top: { at: Number.NEGATIVE_INFINITY, ids: [] }, gaps: [], page: 1 }
			: fromStored(saved);

	const cursor = state.top.at;
	const collected: Read[] = [];
	let page: number | undefined = Math.max(1, state.page ?? 1);
	let lastRead = page;
	let resuming = true;
	let reads = 0;
	while (page !== undefined) {
		// Reading on from the cursor always gets a page beyond the one stepped back to.
		if (reads >= 2 && !reader.canRead()) break;
		reads++;
		const result = await reader.page(page);
		// Records before the cursor were removed: the page now starts past it, so some new
		// ones may be on the page before. Step back while that is so.
		if (resuming && page > 1 && result.records.length > 0 && result.records[0].at > cursor) {
			page -= 1;
			continue;
		}
		resuming = false;
		lastRead = page;
		for (const read of result.records) {
			if (read.at > cursor && !collected.some((other) => other.id === read.id)) {
				collected.push(read);
			}
		}
		page = result.next;
	}
	const { out, states } = emitted(event, collected, state.states, emits);
	const at = Math.max(cursor, ...collected.map((read) => read.at));
	staticData.poll = toStored({
		key,
		top: { at, ids: [] },
		gaps: [],
		states,
		// The last page read: its records are all at or before the cursor now, so the next poll
		// can tell from its first record whether the list moved up under it.
		page: lastRead,
	});
	return out.length === 0 ? null : [out];
}
