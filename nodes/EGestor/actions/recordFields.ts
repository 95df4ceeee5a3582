/** Fields several eGestor records carry, each written out once. */
import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { invalid, isCalendarDate } from '../../shared/validate';
import type { Clearable } from './updateOperation';

/** Notes (obs) of a contact, receivable or payable. */
export const notesField: INodeProperties = {
	displayName: 'Notes',
	name: 'obs',
	type: 'string',
	default: '',
	description: 'Free notes (API field obs)',
	typeOptions: { rows: 3 },
};

/** Notes under Fields to Clear. */
export const notesClearable: Clearable = {
	name: 'Notes',
	value: 'obs',
	description: 'Sent as "" (API field obs)',
	empty: '',
};

/** Tags: a comma-separated list, or an array from an expression; sent as a list (`tagList`). */
export const tagsField: INodeProperties = {
	displayName: 'Tags',
	name: 'tags',
	type: 'string',
	default: '',
	description: 'Comma-separated tags (API field tags)',
	placeholder: 'vip, atacado',
};

/** Tags under Fields to Clear. */
export const tagsClearable: Clearable = {
	name: 'Tags',
	value: 'tags',
	description: 'Sent as [] (API field tags)',
	empty: [],
};

/** The tax group (codigoGrupoTributos) of a product or service. */
export const taxGroupField: INodeProperties = {
	displayName: 'Tax Group Code',
	name: 'codigoGrupoTributos',
	type: 'number',
	default: 0,
	description: 'Code of the tax group in eGestor (API field codigoGrupoTributos)',
};

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
	const [hours, minutes, seconds] = [match?.[2] ?? '00', match?.[3] ?? '00', match?.[4] ?? '00'];
	if (!isCalendarDate(date) || Number(hours) > 23 || Number(minutes) > 59 || Number(seconds) > 59) {
		throw invalid(
			context,
			itemIndex,
			`"${label}" must be a date-time as YYYY-MM-DD HH:MM:SS`,
			`Got "${text}" on item ${itemIndex}.`,
		);
	}
	return `${date} ${hours}:${minutes}:${seconds}`;
}
