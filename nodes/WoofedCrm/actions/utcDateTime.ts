import type { IExecuteFunctions } from 'n8n-workflow';

import { utcDateTimeOf } from '../../shared/utc-date-time';
import { invalid } from '../../shared/validate';

/**
 * A date-time sent to WoofedCRM, which stores it as UTC: read in the offset it carries, or in
 * the workflow's time zone when it has none, and written as UTC ISO (2025-01-18T16:45:00Z).
 * The conversion is the shared one; the message is WoofedCRM's own since its first release.
 */
export function utcDateTime(
	context: IExecuteFunctions,
	value: unknown,
	label: string,
	itemIndex: number,
): string {
	const { utc } = utcDateTimeOf(value, context.getTimezone());
	if (utc === undefined) {
		throw invalid(
			context,
			itemIndex,
			`"${label}" must be a date and time`,
			`Got "${String(value)}" on item ${itemIndex}; use ISO 8601, e.g. 2025-01-18T16:45:00Z.`,
		);
	}
	return utc;
}
