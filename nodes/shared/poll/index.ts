import type { INodeExecutionData, IPollFunctions } from 'n8n-workflow';

import type { ApiRequest, VendorProfile } from '../types';
import { pollOrdered } from './ordered';
import { Reader } from './reader';
import { manualSample } from './sample';
import { pollSnapshot } from './snapshot';
import type { PollEvent, PollRun } from './types';
import { pollWindow } from './window';

export { timeOf } from './positions';
export { includeExistingOption, maxPagesOption, pollingTrigger, pollOptions } from './description';
export { pollLimits } from './types';
export type { ListOrder, PollEvent, TimeWindow } from './types';

/**
 * The polling core every vendor trigger delegates to. No vendor documents the order of the
 * lists the triggers read (Sonar Marketing documents `sort` on deals; the others nothing), so
 * the core bets on none. Each event names how its list can be read (`kind`):
 *
 * - `ordered` (the default): records carry a sort key that grows with each new one (a
 *   `timestamp` such as created_at or updated_at, or a `code` such as eGestor's auto-increment
 *   codigo). Every poll reads the first and the last page and looks at the order they show:
 *   - newest first: the list is read from page 1 down to the cursor (the newest sort key
 *     handled plus the ids handled at exactly it). What one poll's page cap leaves unread
 *     becomes a backlog that later polls drain (re-reading one page, stepping back when the
 *     list moved).
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
 * "Changed" events keep id → last state of every record they have seen: snapshot events
 * for the whole list they read; ordered ones learn at their first activation the states of
 * as much of the list as Max Pages per Poll allows, then of every record read since. The
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
	const run: PollRun = {
		context,
		eventName,
		event,
		reader: new Reader(context, vendor, event, event.request(context)),
		emits: (record, previous) => event.emits?.(record, previous, context) ?? true,
	};
	if (event.kind === 'window') return await pollWindow(run);
	if (context.getMode() === 'manual') return await manualSample(run);
	if (event.kind === 'snapshot') return await pollSnapshot(run);
	return await pollOrdered(run);
}

export interface PollerOptions {
	vendor: VendorProfile;
	/** The events of the trigger's Event parameter, by value. */
	events: Record<string, PollEvent>;
	/** Refuses parameters that would leave the trigger silently idle, before any request. */
	checkParameters?(context: IPollFunctions): void;
}

/** A trigger's `poll`: polls the event chosen in the Event parameter. */
export function pollerOf(options: PollerOptions) {
	return async function poll(this: IPollFunctions) {
		const eventName = this.getNodeParameter('event') as string;
		options.checkParameters?.(this);
		const event = options.events[eventName];
		const { vendor } = options;
		if (vendor.pathPrefix === undefined) {
			return await pollRecords(this, vendor, eventName, event);
		}
		// The path prefix the vendor's operations use (e.g. WoofedCRM's account), on every request.
		const prefix = await vendor.pathPrefix(this, 0);
		return await pollRecords(this, vendor, eventName, {
			...event,
			request: (context, window): ApiRequest => {
				const request = event.request(context, window);
				return { ...request, path: prefix + request.path };
			},
		});
	};
}
