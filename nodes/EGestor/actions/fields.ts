import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { tagList } from '../../shared/validate';

/** A text field whose description names the API field. */
export function textField(
	displayName: string,
	name: string,
	description: string,
	extra: Partial<INodeProperties> = {},
): INodeProperties {
	return {
		displayName,
		name,
		type: 'string',
		default: '',
		description: `${description} (API field ${name})`,
		...extra,
	};
}

/** A number field whose description names the API field. */
export function numberField(
	displayName: string,
	name: string,
	description: string,
	typeOptions: INodeProperties['typeOptions'] = {},
): INodeProperties {
	return {
		displayName,
		name,
		type: 'number',
		typeOptions,
		default: 0,
		description: `${description} (API field ${name})`,
	};
}

/**
 * A date-only field: text as YYYY-MM-DD (n8n's date-time picker would add a time eGestor
 * does not take); an ISO date-time from an expression is cut to its date.
 */
export function dateField(
	displayName: string,
	name: string,
	description: string,
	extra: Partial<INodeProperties> = {},
): INodeProperties {
	return {
		displayName,
		name,
		type: 'string',
		default: '',
		placeholder: 'YYYY-MM-DD',
		description: `${description}, as YYYY-MM-DD (API field ${name})`,
		...extra,
	};
}

/** Tags: a comma-separated list or an array from an expression. */
export function tagsField(): INodeProperties {
	return textField('Tags', 'tags', 'Comma-separated tags', { placeholder: 'vip, atacado' });
}

/** A comma-separated list (or an array from an expression) as an array of text. */
export const listOf = tagList;

/** Refuses a list that would be empty. */
export function nonEmptyList(
	context: IExecuteFunctions,
	value: unknown,
	label: string,
	itemIndex: number,
): string[] {
	const list = tagList(value);
	if (list.length === 0) {
		throw new NodeOperationError(context.getNode(), `"${label}" needs at least one value`, {
			itemIndex,
			description: `Choose at least one value for "${label}" on item ${itemIndex}.`,
		});
	}
	return list;
}

/** Keeps only the keys that are set, for bodies built by hand. */
export function defined(body: IDataObject): IDataObject {
	return Object.fromEntries(Object.entries(body).filter(([, value]) => value !== undefined));
}

/** A registration date-time (dtCad) as eGestor writes it: "YYYY-MM-DD HH:MM:SS". */
export function registrationDateField(): INodeProperties {
	return {
		displayName: 'Registration Date',
		name: 'dtCad',
		type: 'dateTime',
		default: '',
		description: 'When the record was registered; sent as YYYY-MM-DD HH:MM:SS (API field dtCad)',
	};
}

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
		throw new NodeOperationError(
			context.getNode(),
			`"${label}" must be a date-time as YYYY-MM-DD HH:MM:SS`,
			{
				itemIndex,
				description: `Got "${text}" on item ${itemIndex}.`,
			},
		);
	}
	return `${date} ${hours}:${minutes}:${seconds}`;
}
