import type { IDataObject } from 'n8n-workflow';

import { pollLimits } from './types';
import type { ListedRecord, PollEvent, Position } from './types';

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

/** A record's sort key: its time (see `timeOf`) or its code; a missing one counts as oldest. */
export function sortKeyOf(event: PollEvent, record: IDataObject): number {
	if (event.code === undefined) return timeOf(event.timestamp(record));
	const code = event.code(record);
	return Number.isFinite(code) ? code : Number.NEGATIVE_INFINITY;
}

/** Whether a record at exactly the position's key is not handled yet. */
const unhandledAt = (read: ListedRecord, position: Position) =>
	read.sortKey === position.sortKey && position.closed !== true && !position.ids.includes(read.id);

/** Whether a record comes after the position (newer, or at the same key and not handled). */
export function isAfter(read: ListedRecord, position: Position): boolean {
	return read.sortKey > position.sortKey || unhandledAt(read, position);
}

/** Whether a record comes before the position (older, or at the same key and not handled). */
export function isBefore(read: ListedRecord, position: Position): boolean {
	return read.sortKey < position.sortKey || unhandledAt(read, position);
}

/** Whether nothing at or below the position's key is still to be read. */
export const isPast = (read: ListedRecord, position: Position) =>
	read.sortKey < position.sortKey ||
	(read.sortKey === position.sortKey && position.closed === true);

/**
 * The cursor as it is saved: a timestamp older than the vendor's clock may be behind n8n's
 * (`pollLimits.clockSkewMs`) can no longer be given to a new record, so every record at it
 * is handled and its ids need not be kept (nor the records at it read again).
 */
export function settled(event: PollEvent, position: Position): Position {
	if (event.code !== undefined || position.closed === true) return position;
	if (!Number.isFinite(position.sortKey)) return position;
	if (!(position.sortKey < Date.now() - pollLimits.clockSkewMs)) return position;
	return { sortKey: position.sortKey, ids: [], closed: true };
}

/** The position of the lowest of the records (they come newest first). */
export function lowestPosition(records: ListedRecord[]): Position {
	const sortKey = records[records.length - 1].sortKey;
	return {
		sortKey,
		ids: records.filter((read) => read.sortKey === sortKey).map((read) => read.id),
	};
}

/** The position of the highest of the records, or `previous` when that is higher. */
export function highestPosition(records: ListedRecord[], previous: Position): Position {
	const sortKey = Math.max(...records.map((read) => read.sortKey));
	if (sortKey < previous.sortKey) return previous;
	const ids = records.filter((read) => read.sortKey === sortKey).map((read) => read.id);
	if (sortKey !== previous.sortKey) return { sortKey, ids };
	if (previous.closed === true) return previous;
	return { sortKey, ids: [...new Set([...previous.ids, ...ids])] };
}
