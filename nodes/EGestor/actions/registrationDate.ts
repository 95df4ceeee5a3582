import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { invalid } from '../../shared/validate';

/** A registration date-time (dtCad) as eGestor writes it: "YYYY-MM-DD HH:MM:SS". */
export const registrationDateField: INodeProperties = {
	displayName: 'Registration Date',
	name: 'dtCad',
	type: 'dateTime',
	default: '',
	description: 'When the record was registered; sent as YYYY-MM-DD HH:MM:SS (API field dtCad)',
};

/** Checks a date-time and writes it as "YYYY-MM-DD HH:MM:SS". */
export function checkedDateTime(
	context: IExecuteFunctions,
	value: unknown,
	label: string,
	itemIndex: number,
): string {
	const text = String(value ?? '').trim();
	const match = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?)?/.exec(text);
	const date = match?.[1];
	const parsed = date === undefined ? Number.NaN : Date.parse(`${date}T00:00:00Z`);
	const [hours, minutes, seconds] = [match?.[2] ?? '00', match?.[3] ?? '00', match?.[4] ?? '00'];
	if (
		date === undefined ||
		Number.isNaN(parsed) ||
		new Date(parsed).toISOString().slice(0, 10) !== date ||
		Number(hours) > 23 ||
		Number(minutes) > 59 ||
		Number(seconds) > 59
	) {
		throw invalid(
			context,
			itemIndex,
			`"${label}" must be a date-time as YYYY-MM-DD HH:MM:SS`,
			`Got "${text}" on item ${itemIndex}.`,
		);
	}
	return `${date} ${hours}:${minutes}:${seconds}`;
}
