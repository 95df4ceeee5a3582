import { DateTime } from 'luxon';
import type { IExecuteFunctions } from 'n8n-workflow';

import { invalid } from '../../shared/validate';

/**
 * A date-time sent to WoofedCRM, which stores it as UTC: read in the offset it carries, or in
 * the workflow's time zone when it has none, and written as UTC ISO (2025-01-18T16:45:00Z).
 */
export function utcDateTime(
	context: IExecuteFunctions,
	value: unknown,
	label: string,
	itemIndex: number,
): string {
	let parsed: DateTime;
	if (DateTime.isDateTime(value)) parsed = value;
	else if (value instanceof Date) parsed = DateTime.fromJSDate(value);
	else parsed = DateTime.fromISO(String(value ?? '').trim(), { zone: context.getTimezone() });
	if (!parsed.isValid) {
		throw invalid(
			context,
			itemIndex,
			`"${label}" must be a date and time`,
			`Got "${String(value)}" on item ${itemIndex}; use ISO 8601, e.g. 2025-01-18T16:45:00Z.`,
		);
	}
	return parsed.toUTC().toISO({ suppressMilliseconds: true }) as string;
}
