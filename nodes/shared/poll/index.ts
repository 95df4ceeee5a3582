import type { IDataObject, INodeExecutionData, IPollFunctions } from 'n8n-workflow';

import type { VendorProfile } from '../types';
import { pollOrdered } from './ordered';
import { Reader } from './reader';
import { manualSample } from './sample';
import { pollSnapshot } from './snapshot';
import type { PollEvent } from './types';
import { pollWindow } from './window';

export { timeOf } from './marks';
export { includeExistingOption, maxPagesOption, pollLimits } from './types';
export type { ListOrder, PollEvent, TimeWindow } from './types';

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
