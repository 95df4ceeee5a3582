import type { IDataObject, IPollFunctions } from 'n8n-workflow';

import type { ApiRequest } from '../types';
import type { Reader } from './reader';

/** Bounds shared by every trigger. */
export const pollLimits = {
	/** Pages (requests) one poll reads at most. */
	maxPages: 10,
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

/** One event a trigger offers: which list to read, what it grows by, and which records to emit. */
export type PollEvent = PollEventReading & SortKey;

/**
 * What a list grows by with each new record (or change, for changed events): a time or a
 * code. Window events filter on the time.
 */
type SortKey =
	| {
			/** created_at, updated_at or the like; strings are read as times (see `timeOf`). */
			timestamp(record: IDataObject): unknown;
			code?: undefined;
	  }
	| {
			/** An auto-increment code (e.g. eGestor's codigo). */
			code(record: IDataObject): number;
			timestamp?: undefined;
	  };

interface PollEventReading {
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

/** One poll of one event: what every strategy reads and writes with. */
export interface PollRun {
	context: IPollFunctions;
	/** The event's value in the trigger's Event parameter (part of the cursor's key). */
	eventName: string;
	event: PollEvent;
	reader: Reader;
	/** `event.emits`, or every record when the event has none. */
	emits(record: IDataObject, previous: string | undefined): boolean;
}

/** A place in a list: a sort key and the ids of the records handled at exactly it. */
export interface Position {
	/** Epoch milliseconds, or a code (see `SortKey`). */
	sortKey: number;
	/** Ids handled at exactly `sortKey`. */
	ids: string[];
	/**
	 * Every record at exactly `sortKey` is handled, whatever its id: the key is older than
	 * the vendor's clock can still give a new record, or a first activation could not read
	 * all of it within the page cap (see `settleTop`). `ids` is then empty.
	 */
	closed?: boolean;
}

/**
 * Records of a newest-first list not read yet: those between the cursor of an earlier poll
 * and the oldest record read since, left when a poll's page cap ran out.
 */
export interface Backlog {
	/** The oldest record handled so far above the backlog. */
	oldestHandled: Position;
	/** The cursor the backlog reaches down to. */
	downTo: Position;
	/** The page to resume reading at. */
	page: number;
}

export interface PollState {
	/** Key of the event and parameters the state belongs to; another key starts afresh. */
	key: string;
	/** Oldest-first lists, and windows read in part: the page to read on from. */
	page?: number;
	/** The end of a window read in part (its start is the cursor). */
	windowTo?: string;
	/**
	 * Why a window is read in part: it is what was there at the first activation (none of it
	 * is emitted), or one second holds more than the page cap (`fullSecond`).
	 */
	partial?: 'existing' | 'fullSecond';
	/** Where the next poll reads on from: the newest position handled, or a window's start. */
	cursor: Position;
	/** Newest first (newest-first lists only). */
	backlogs: Backlog[];
	/** id → last state, oldest first (only for "changed" and snapshot events). */
	states?: Record<string, string>;
	/** The order the list showed on the last poll (ordered events). */
	order?: ListOrder;
}

/** A record as a page listed it, with its id and sort key read. */
export interface ListedRecord {
	record: IDataObject;
	id: string;
	sortKey: number;
}

export interface Page {
	records: ListedRecord[];
	/** The page after this one (undefined at the end of the list). */
	next?: number;
	/** How many pages the list has, when the body says. */
	pages?: number;
}
