/**
 * Date-time text to UTC, for the checks in validate.ts and the vendors' own date-time fields.
 * No dependency: the zone offset comes from Intl, as n8n's Node.js has it.
 */

const DATE_TIME_TEXT =
	/^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?)?(Z|[+-]\d{2}(?::?\d{2})?)?$/i;

/** How far `timeZone`'s wall clock is ahead of UTC at the instant `utcMs`, in milliseconds. */
function zoneOffsetMs(timeZone: string, utcMs: number): number {
	const parts = new Intl.DateTimeFormat('en-US', {
		timeZone,
		hourCycle: 'h23',
		year: 'numeric',
		month: '2-digit',
		day: '2-digit',
		hour: '2-digit',
		minute: '2-digit',
		second: '2-digit',
	}).formatToParts(new Date(utcMs));
	const part = (type: string) => Number(parts.find((entry) => entry.type === type)?.value);
	const wall = Date.UTC(
		part('year'),
		part('month') - 1,
		part('day'),
		part('hour'),
		part('minute'),
		part('second'),
	);
	return wall - Math.floor(utcMs / 1000) * 1000;
}

/**
 * `value` as UTC ISO 8601 (`2026-06-02T17:30:00Z`), and the text it was read from; `utc` is
 * undefined when `value` is not a date-time. A value with its own zone (`Z`, `-03:00`) is
 * converted as it says; one without a zone is wall-clock time in `timeZone`; a date alone is
 * midnight there. A Date or a Luxon DateTime (anything with `toISO`) is the instant it is.
 */
export function utcDateTimeOf(value: unknown, timeZone: string): { text: string; utc?: string } {
	let given: unknown = value;
	if (given instanceof Date) given = given.toISOString();
	else if (typeof (given as { toISO?: unknown } | null)?.toISO === 'function') {
		given = (given as { toISO: () => string }).toISO();
	}
	const text = typeof given === 'string' ? given.trim() : String(given ?? '');
	const found = DATE_TIME_TEXT.exec(text);
	if (found === null) return { text };
	const [, year, month, day, hour = '0', minute = '0', second = '0', fraction = '0', zone] = found;
	const fields = [year, month, day, hour, minute, second].map(Number);
	const wall = Date.UTC(
		fields[0],
		fields[1] - 1,
		fields[2],
		fields[3],
		fields[4],
		fields[5],
		Math.floor(Number(`0.${fraction}`) * 1000),
	);
	const check = new Date(wall);
	if (
		Number.isNaN(wall) ||
		check.getUTCMonth() !== fields[1] - 1 ||
		check.getUTCDate() !== fields[2] ||
		fields[3] > 23 ||
		fields[4] > 59 ||
		fields[5] > 59
	) {
		return { text };
	}
	let utc: number;
	if (zone === undefined) {
		try {
			// The offset at the wall time itself, corrected once for a zone change in between.
			const first = zoneOffsetMs(timeZone, wall - zoneOffsetMs(timeZone, wall));
			utc = wall - first;
		} catch {
			return { text };
		}
	} else if (zone.toUpperCase() === 'Z') {
		utc = wall;
	} else {
		const digits = zone.replace(':', '');
		const minutes = Number(digits.slice(1, 3)) * 60 + Number(digits.slice(3, 5) || '0');
		utc = wall - (digits.startsWith('-') ? -minutes : minutes) * 60_000;
	}
	return { text, utc: new Date(utc).toISOString().replace(/\.000Z$/, 'Z') };
}
