import type { Mark, Read } from './types';

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
export function isAfter(at: number, id: string, mark: Mark): boolean {
	return at > mark.at || (at === mark.at && !mark.ids.includes(id));
}

/** The lowest of the records (they come newest first) as a mark. */
export function lowestMark(records: Read[]): Mark {
	const at = records[records.length - 1].at;
	return { at, ids: records.filter((read) => read.at === at).map((read) => read.id) };
}

export function highestMark(records: Read[], previous: Mark): Mark {
	const at = Math.max(...records.map((read) => read.at));
	if (at < previous.at) return previous;
	const ids = records.filter((read) => read.at === at).map((read) => read.id);
	return { at, ids: at === previous.at ? [...new Set([...previous.ids, ...ids])] : ids };
}
