import type { INodeExecutionData } from 'n8n-workflow';

import { timeOf } from './positions';
import { newestSample } from './sample';
import { emitted, nothingHandled, save, savedState, statesOf } from './store';
import { pollLimits } from './types';
import type { ListedRecord, PollRun, PollState, Position, TimeWindow } from './types';

/** ISO 8601 UTC, without milliseconds when there are none (as the vendors write their times). */
export const iso = (at: number) => new Date(at).toISOString().replace('.000Z', 'Z');

/**
 * Polls a vendor that filters on the timestamp but lists in no documented order: each poll
 * reads every record of the window since the cursor (the cursor's ids are those handled at
 * or after its time). A window with more pages than the cap is narrowed by halving its end;
 * if it still does not fit, the records read are emitted and their ids join the cursor, so
 * the next poll reads the same window and emits only the rest.
 */
export async function pollWindow(run: PollRun): Promise<INodeExecutionData[][] | null> {
	const { context, event, reader } = run;
	const fits = (pages: number | undefined) => (pages ?? 0) <= reader.maxPages;
	/**
	 * Reads `window` from `startPage` on, within the page cap. From page 1 with `narrow`, a
	 * window too big for the cap has its end bisected to the latest that fits; when even the
	 * smallest such window holds nothing (one second holds more than the cap), the smallest
	 * window found too big is read in part, and `nextPage` says where to go on.
	 */
	const readWindow = async (window: TimeWindow, narrow: boolean, startPage = 1) => {
		let first = await reader.page(startPage, event.request(context, window));
		let used = window;
		let full = false;
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
			full = best === undefined || best.first.records.length === 0;
			({ first, window: used } = full ? tooBig : (best as typeof tooBig));
		}
		const records = [...first.records];
		let next = first.next;
		let pages = 1;
		while (next !== undefined && pages < reader.maxPages && reader.beforeDeadline()) {
			const page = await reader.page(next, event.request(context, used));
			pages++;
			for (const read of page.records) {
				if (!records.some((other) => other.id === read.id)) records.push(read);
			}
			next = page.next;
		}
		return { records, complete: next === undefined, to: used.to, nextPage: next, full };
	};
	/** A record as handled: the same record changed again (a later time) is new. */
	const handledId = (read: ListedRecord) => `${read.id}@${read.sortKey}`;

	if (context.getMode() === 'manual') {
		const { records } = await readWindow({}, false);
		return newestSample(run, records);
	}

	const saved = savedState(run);

	if (saved === undefined) {
		const includeExisting = context.getNodeParameter('includeExisting', false) as boolean;
		if (!includeExisting) {
			// Start from now, less a margin for the vendor's clock: what is already there is handled.
			// When that margin holds more than the page cap, it is narrowed (its start moved
			// later) until it fits, so no record of it is left unread and later taken for new.
			// Starts are whole seconds: a vendor that stamps in seconds gives a record made later
			// in the start's second a time before a start with milliseconds.
			const second = (time: number) => Math.floor(time / 1000) * 1000;
			let at = second(Date.now() - pollLimits.clockSkewMs);
			let first = await reader.page(1, event.request(context, { from: iso(at) }));
			for (
				let probe = 0;
				probe < pollLimits.maxProbes && !fits(first.pages) && Date.now() - at > 1000;
				probe++
			) {
				at = Math.max(at + 1000, second(at + (Date.now() - at) / 2));
				first = await reader.page(1, event.request(context, { from: iso(at) }));
			}
			const { records, complete, nextPage } = await readWindow({ from: iso(at) }, false);
			save(run, {
				cursor: { sortKey: at, ids: records.map(handledId) },
				backlogs: [],
				states: statesOf(event, records),
				// One second holds more than the page cap: the next polls read the rest of what is
				// there now, emitting none of it.
				...(complete ? {} : { page: nextPage, windowTo: iso(Date.now()), partial: 'existing' }),
			});
			return null;
		}
	}
	const state: PollState = saved ?? nothingHandled(event);

	const { cursor } = state;
	const from = Number.isFinite(cursor.sortKey) ? iso(cursor.sortKey) : undefined;
	const window: TimeWindow = from === undefined ? {} : { from };
	// A window read in part by the last poll is read on at the page it stopped at.
	const resuming = state.page !== undefined && state.windowTo !== undefined;
	const { records, complete, to, nextPage, full } = resuming
		? await readWindow({ ...window, to: state.windowTo }, false, state.page)
		: await readWindow(window, true);
	const handled = (read: ListedRecord) =>
		read.sortKey < cursor.sortKey || cursor.ids.includes(handledId(read));
	const collected = records.filter((read) => !handled(read));
	const { out, states } = emitted(run, collected, state.states);
	// Still reading what was there at the first activation: handled, not emitted.
	if (state.partial === 'existing') out.length = 0;
	// A window read in part: what was there at the activation, or one second fuller than the
	// page cap (no narrower window fits).
	const partial = resuming ? state.partial : full ? 'fullSecond' : undefined;

	let next: Position;
	let resume: Pick<PollState, 'page' | 'windowTo' | 'partial'> = {};
	if (complete) {
		// Everything from the cursor to the newest record read (or to the window's end, while
		// that is safely in the vendor's past) is handled. A window read in part (a second or
		// so) is handled to its end: starting there again would read the same full second on
		// every poll and never get past it. That misses only a record the vendor gives that
		// second after it was read.
		const end =
			to === undefined
				? Number.NEGATIVE_INFINITY
				: partial !== undefined
					? timeOf(to)
					: Math.min(timeOf(to), Date.now() - pollLimits.clockSkewMs);
		const at = Math.max(cursor.sortKey, end, ...records.map((read) => read.sortKey));
		// Handled at exactly `at`: what this poll read there, and what earlier polls of a
		// window read in part handled there.
		const keys = records.filter((read) => read.sortKey === at).map(handledId);
		const kept = cursor.ids.filter(
			(handledKey) => at === cursor.sortKey || handledKey.endsWith(`@${at}`),
		);
		next = { sortKey: at, ids: [...new Set([...kept, ...keys])] };
	} else {
		// The records read are handled; the rest of this window comes next time.
		next = { sortKey: cursor.sortKey, ids: [...cursor.ids, ...collected.map(handledId)] };
		resume = {
			page: nextPage,
			windowTo: to ?? iso(Date.now()),
			...(partial === undefined ? {} : { partial }),
		};
	}
	save(run, { cursor: next, backlogs: [], states, ...resume });
	return out.length === 0 ? null : [out];
}
