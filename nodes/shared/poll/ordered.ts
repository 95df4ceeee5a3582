import type { INodeExecutionData } from 'n8n-workflow';

import { highestPosition, isAfter, isBefore, isPast, lowestPosition, settled } from './positions';
import type { Reader } from './reader';
import { readAll } from './reader';
import { emitted, nothingHandled, save, savedState, statesOf } from './store';
import type { Backlog, ListedRecord, ListOrder, Page, PollRun, PollState, Position } from './types';

/** What a newest- or oldest-first read returns when a page breaks the order the first and last pages showed. */
export const ORDER_BROKEN = Symbol('order broken');

export const nonIncreasing = (records: ListedRecord[]) =>
	records.every((read, index) => index === 0 || records[index - 1].sortKey >= read.sortKey);

export const nonDecreasing = (records: ListedRecord[]) =>
	records.every((read, index) => index === 0 || records[index - 1].sortKey <= read.sortKey);

/**
 * The order the first and last pages show: newest first when both run down and the first
 * is wholly above the last, oldest first the other way round, unclear otherwise (one key
 * alone is no evidence). Two keys are enough: a bulk import stamps whole pages with one
 * second, and a list in another order would mix them.
 */
export function orderOf(first: ListedRecord[], last: ListedRecord[]): ListOrder {
	const all = [...first, ...last];
	if (new Set(all.map((read) => read.sortKey)).size < 2) return 'unclear';
	const keys = (records: ListedRecord[]) => records.map((read) => read.sortKey);
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

/** Where `scan` reads and what it collects. */
interface ScanRange {
	/** The page to start at. */
	start: number;
	/** Records down to this position (excluded) are wanted. */
	downTo: Position;
	/** Inside a backlog: the oldest record handled above it; records from it up were handled. */
	oldestHandled?: Position;
	/** Where the wanted records go. */
	collected: ListedRecord[];
	/** Pages read whatever the budget. */
	forcedReads: number;
}

/**
 * Reads from `start` down while records are newer than `downTo`. At the top of the list
 * (no `oldestHandled`) every such record is collected; inside a backlog, records from
 * `oldestHandled` up were handled already and are skipped. Returns the page to resume at
 * when the budget ran out. Says `broken` when a record is newer than one before it.
 */
export async function scan(
	reader: Reader,
	range: ScanRange,
): Promise<{ resumeAt?: number; broken?: boolean }> {
	const { downTo, oldestHandled, collected, forcedReads } = range;
	const wanted = (read: ListedRecord) =>
		isAfter(read, downTo) && (oldestHandled === undefined || isBefore(read, oldestHandled));
	let page: number | undefined = range.start;
	let resuming = oldestHandled !== undefined;
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
			if (read.sortKey > previous) return { broken: true };
			previous = read.sortKey;
			if (isPast(read, downTo)) return {};
			if (wanted(read) && !collected.some((other) => other.id === read.id)) {
				collected.push(read);
			}
		}
		page = next;
	}
	return {};
}

/**
 * On a first activation, the records at the newest key may go on past the edge page read
 * (`edge`: page 1 of a newest-first list, the last page of an oldest-first one), as when a
 * bulk import stamps hundreds of records with the same second. Reads on from page `from`,
 * `step` by `step` away from the edge, while pages hold only that key, within the page cap, so that none of
 * them is taken for new later. When the cap runs out first, the key is closed instead: every
 * record at it counts as handled, which misses only a record the vendor gives that same
 * second after this read.
 */
async function settleTop(
	reader: Reader,
	top: Position,
	{ edge, from, step }: { edge: Page; from: number; step: 1 | -1 },
): Promise<Position> {
	const atTop = (records: ListedRecord[]) => records.filter((read) => read.sortKey === top.sortKey);
	if (edge.records.length === 0 || atTop(edge.records).length < edge.records.length) return top;
	const ids = [...top.ids];
	for (let page = from; page >= 1; page += step) {
		if (!reader.canRead()) return { sortKey: top.sortKey, ids: [], closed: true };
		const { records, next } = await reader.page(page);
		const same = atTop(records);
		ids.push(...same.map((read) => read.id));
		if (same.length < records.length || records.length === 0) break;
		if (step === 1 && next === undefined) break;
	}
	return { sortKey: top.sortKey, ids: [...new Set(ids)] };
}

/**
 * On a first activation of an event that remembers states (e.g. a deal's phase), reads on
 * from page `from`, `step` by `step` away from the edge page, while the page cap allows: the
 * states of those records are remembered too, so that a later change of one of them is told
 * from a record that was already so (a record first seen has no state to compare with).
 */
async function learnStates(
	reader: Reader,
	{ from, step, pages }: { from: number; step: 1 | -1; pages?: number },
): Promise<ListedRecord[]> {
	const learned: ListedRecord[] = [];
	for (let page = from; page >= 1 && page <= (pages ?? Infinity); page += step) {
		if (!reader.canRead()) break;
		const { records, next } = await reader.page(page);
		learned.push(...records);
		if (records.length === 0 || (step === 1 && next === undefined)) break;
	}
	return learned;
}

/** Polls an `ordered` event (see the module comment). */
export async function pollOrdered(run: PollRun): Promise<INodeExecutionData[][] | null> {
	const { context, event, reader } = run;
	const first = await reader.page(1);
	const pages = first.pages ?? (first.next === undefined ? 1 : undefined);
	let order: ListOrder = 'unclear';
	let last = first;
	if (pages !== undefined && pages > 1) {
		last = await reader.page(pages, reader.request, true);
		order = orderOf(first.records, last.records);
	}

	let state = savedState(run);
	if (state === undefined) {
		const includeExisting = context.getNodeParameter('includeExisting', false) as boolean;
		if (!includeExisting) {
			// First activation: what exists now is handled; remember the newest sort key.
			const records =
				order === 'newest'
					? first.records
					: order === 'oldest'
						? last.records
						: await readAll(run, 'unordered');
			const none: Position = { sortKey: Number.NEGATIVE_INFINITY, ids: [] };
			let cursor = records.length === 0 ? none : highestPosition(records, none);
			if (order === 'newest')
				cursor = await settleTop(reader, cursor, { edge: first, from: 2, step: 1 });
			if (order === 'oldest' && pages !== undefined) {
				cursor = await settleTop(reader, cursor, { edge: last, from: pages - 1, step: -1 });
			}
			let learned: ListedRecord[] = [];
			if (event.state !== undefined && order === 'newest') {
				learned = await learnStates(reader, { from: 2, step: 1, pages });
			}
			if (event.state !== undefined && order === 'oldest' && pages !== undefined) {
				learned = await learnStates(reader, { from: pages - 1, step: -1 });
			}
			const fresh: Omit<PollState, 'key'> = {
				cursor: settled(event, cursor),
				backlogs: [],
				order,
				...(order === 'oldest' ? { page: pages } : {}),
				// The oldest first, as later polls add the newest last.
				states: statesOf(event, [...learned].reverse().concat(records)),
			};
			save(run, fresh);
			return null;
		}
		state = nothingHandled(event);
	}

	let result: INodeExecutionData[][] | null | typeof ORDER_BROKEN = ORDER_BROKEN;
	if (order === 'newest') {
		result = await pollNewestFirst(run, state);
	} else if (order === 'oldest' && state.backlogs.length === 0 && pages !== undefined) {
		result = await pollOldestFirst(run, state, pages);
	}
	if (result !== ORDER_BROKEN) return result;
	order = 'unclear';
	// No order to follow (or backlogs left by a newest-first list that no longer is): read it all.
	const records = await readAll(run, 'unordered');
	const isNew = (read: ListedRecord) =>
		isAfter(read, state.cursor) ||
		state.backlogs.some(
			(backlog) => isAfter(read, backlog.downTo) && isBefore(read, backlog.oldestHandled),
		);
	const collected = records.filter(isNew);
	const { out, states } = emitted(run, collected, state.states);
	save(run, {
		cursor: settled(
			event,
			records.length === 0 ? state.cursor : highestPosition(records, state.cursor),
		),
		backlogs: [],
		states,
		order,
	});
	return out.length === 0 ? null : [out];
}

export async function pollNewestFirst(
	run: PollRun,
	state: PollState,
): Promise<INodeExecutionData[][] | null | typeof ORDER_BROKEN> {
	const { reader } = run;
	const collected: ListedRecord[] = [];
	const backlogs: Backlog[] = [];

	// What appeared above the cursor since the last poll.
	const aboveCursor: ListedRecord[] = [];
	const { resumeAt, broken } = await scan(reader, {
		start: 1,
		downTo: state.cursor,
		collected: aboveCursor,
		forcedReads: 1,
	});
	if (broken === true) return ORDER_BROKEN;
	collected.push(...aboveCursor);
	if (resumeAt !== undefined && aboveCursor.length > 0) {
		backlogs.push({
			oldestHandled: lowestPosition(aboveCursor),
			downTo: state.cursor,
			page: resumeAt,
		});
	}

	// Older backlogs, newest first, each resumed one page early. The newest one always
	// moves on by a page (past the page read again), whatever the budget.
	for (const [index, backlog] of state.backlogs.entries()) {
		const forcedReads = index === 0 ? 2 : 0;
		if (forcedReads === 0 && !reader.canRead()) {
			backlogs.push(backlog);
			continue;
		}
		const found: ListedRecord[] = [];
		const result = await scan(reader, {
			start: Math.max(1, backlog.page - 1),
			downTo: backlog.downTo,
			oldestHandled: backlog.oldestHandled,
			collected: found,
			forcedReads,
		});
		if (result.broken === true) return ORDER_BROKEN;
		collected.push(...found.filter((read) => !collected.some((other) => other.id === read.id)));
		if (result.resumeAt !== undefined) {
			backlogs.push({
				oldestHandled: found.length > 0 ? lowestPosition(found) : backlog.oldestHandled,
				downTo: backlog.downTo,
				page: result.resumeAt,
			});
		}
	}

	const { out, states } = emitted(run, collected, state.states);
	save(run, {
		cursor: settled(
			run.event,
			collected.length === 0 ? state.cursor : highestPosition(collected, state.cursor),
		),
		// Every backlog is kept until read: dropping one would lose its records.
		backlogs,
		states,
		order: 'newest',
	});
	return out.length === 0 ? null : [out];
}

/**
 * The page the cursor is on in an oldest-first list of `pages` pages: the last page whose
 * first record is not after it (bisection; page 1 when nothing was handled yet).
 */
export async function cursorPage(reader: Reader, cursor: Position, pages: number): Promise<number> {
	if (!Number.isFinite(cursor.sortKey)) return 1;
	const notAfter = async (page: number) => {
		const [first] = (await reader.page(page)).records;
		return first !== undefined && !isAfter(first, cursor);
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
export async function pollOldestFirst(
	run: PollRun,
	state: PollState,
	pages: number,
): Promise<INodeExecutionData[][] | null | typeof ORDER_BROKEN> {
	const { reader } = run;
	const { cursor } = state;
	const known = state.order === 'oldest' && state.page !== undefined;
	const collected: ListedRecord[] = [];
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
		if (resuming && page > 1 && result.records.length > 0 && isAfter(result.records[0], cursor)) {
			page -= 1;
			continue;
		}
		resuming = false;
		lastRead = page;
		for (const read of result.records) {
			if (read.sortKey < previous) return ORDER_BROKEN;
			previous = read.sortKey;
			if (isAfter(read, cursor) && !collected.some((other) => other.id === read.id)) {
				collected.push(read);
			}
		}
		page = result.next;
	}
	const { out, states } = emitted(run, collected, state.states);
	save(run, {
		cursor: settled(
			run.event,
			collected.length === 0 ? cursor : highestPosition(collected, cursor),
		),
		backlogs: [],
		states,
		order: 'oldest',
		// The last page read: its records are all at or before the cursor now, so the next poll
		// can tell from its first record whether the list moved up under it.
		page: lastRead,
	});
	return out.length === 0 ? null : [out];
}
