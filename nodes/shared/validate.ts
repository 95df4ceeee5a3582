import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { utcDateTimeOf } from './utc-date-time';

/**
 * Input checks that run before any request, so bad input fails with a message that names
 * the field and the item instead of a vendor error.
 */
export function invalid(
	context: IExecuteFunctions,
	itemIndex: number,
	message: string,
	description: string,
) {
	return new NodeOperationError(context.getNode(), message, { itemIndex, description });
}

/** A text or number parameter as trimmed text; anything else (unset, an object) is "". */
export function trimmedText(value: unknown): string {
	return typeof value === 'number' ? String(value) : typeof value === 'string' ? value.trim() : '';
}

/** A required text parameter, trimmed; empty is refused. */
export function requiredText(
	context: IExecuteFunctions,
	name: string,
	label: string,
	itemIndex: number,
): string {
	const text = trimmedText(context.getNodeParameter(name, itemIndex, ''));
	if (text === '') {
		throw invalid(
			context,
			itemIndex,
			`"${label}" is required`,
			`Enter a value for "${label}" on item ${itemIndex}.`,
		);
	}
	return text;
}

/** `requiredText` of a declared parameter, read by its name and named by its label. */
export function requiredTextOf(
	context: IExecuteFunctions,
	property: INodeProperties,
	itemIndex: number,
): string {
	return requiredText(context, property.name, property.displayName, itemIndex);
}

/** Whether YYYY-MM-DD names a day that exists (2024-02-30 does not). */
export function isCalendarDate(date: string | undefined): date is string {
	if (date === undefined) return false;
	const parsed = Date.parse(`${date}T00:00:00Z`);
	return !Number.isNaN(parsed) && new Date(parsed).toISOString().slice(0, 10) === date;
}

/** A calendar date written as YYYY-MM-DD (an ISO date-time is cut to its date). */
export function checkedDate(
	context: IExecuteFunctions,
	value: unknown,
	label: string,
	itemIndex: number,
): string {
	const text = String(value ?? '').trim();
	const date = /^(\d{4}-\d{2}-\d{2})(T.*)?$/.exec(text)?.[1];
	if (!isCalendarDate(date)) {
		throw invalid(
			context,
			itemIndex,
			`"${label}" must be a date as YYYY-MM-DD`,
			`Got "${text}" on item ${itemIndex}.`,
		);
	}
	return date;
}

/** A date-time written as "YYYY-MM-DD HH:MM:SS" (wall-clock time, no zone; a date alone is midnight). */
export function wallClockDateTime(
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

/** A finite number within bounds; numeric strings (from expressions) are accepted. */
export function checkedNumber(
	context: IExecuteFunctions,
	value: unknown,
	label: string,
	itemIndex: number,
	{ min = Number.NEGATIVE_INFINITY, max = Number.POSITIVE_INFINITY } = {},
): number {
	const number = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
	if (typeof number !== 'number' || !Number.isFinite(number) || number < min || number > max) {
		const range = `${Number.isFinite(min) ? ` from ${min}` : ''}${Number.isFinite(max) ? ` to ${max}` : ''}`;
		throw invalid(
			context,
			itemIndex,
			`"${label}" must be a number${range}`,
			`Got "${String(value)}" on item ${itemIndex}.`,
		);
	}
	return number;
}

/** Money in cents: a whole, non-negative number (R$ 5.000,00 = 500000); nothing is converted. */
export function wholeCents(
	context: IExecuteFunctions,
	value: unknown,
	label: string,
	itemIndex: number,
): number {
	const cents = checkedNumber(context, value, label, itemIndex, { min: 0 });
	if (!Number.isInteger(cents)) {
		throw invalid(
			context,
			itemIndex,
			`"${label}" must be a whole number of cents`,
			`Got ${cents} on item ${itemIndex}; R$ 5.000,00 is 500000.`,
		);
	}
	return cents;
}

/** A JSON boolean, also given by an expression as the text "true" or "false". */
export function trueOrFalse(
	context: IExecuteFunctions,
	value: unknown,
	label: string,
	itemIndex: number,
): boolean {
	if (typeof value === 'boolean') return value;
	if (value === 'true' || value === 'false') return value === 'true';
	throw invalid(
		context,
		itemIndex,
		`"${label}" must be true or false`,
		`Got "${String(value)}" on item ${itemIndex}.`,
	);
}

/** JSON typed in a field (parsed), or the object or array an expression gives (as it is). */
export function jsonValue(
	context: IExecuteFunctions,
	value: unknown,
	label: string,
	itemIndex: number,
): unknown {
	if (typeof value !== 'string') return value;
	try {
		return JSON.parse(value) as unknown;
	} catch {
		throw invalid(
			context,
			itemIndex,
			`"${label}" must be valid JSON`,
			`Item ${itemIndex} has text that is not JSON in "${label}".`,
		);
	}
}

/**
 * A JSON object typed in a field (parsed) or given by an expression (as it is); undefined for
 * anything else (text that is not JSON, an array, a number), which the caller refuses with
 * its own example.
 */
export function jsonObjectOrUndefined(value: unknown): IDataObject | undefined {
	let parsed = value;
	if (typeof value === 'string') {
		try {
			parsed = JSON.parse(value);
		} catch {
			return undefined;
		}
	}
	const isObject = typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed);
	return isObject ? (parsed as IDataObject) : undefined;
}

/** Tags typed as a comma-separated list or given as an array by an expression. */
export function tagList(value: unknown): string[] {
	const parts = Array.isArray(value) ? value : String(value ?? '').split(',');
	return parts.map((tag) => String(tag).trim()).filter((tag) => tag !== '');
}

/** A list of values (see `tagList`) with at least one. */
export function nonEmptyList(
	context: IExecuteFunctions,
	value: unknown,
	label: string,
	itemIndex: number,
): string[] {
	const list = tagList(value);
	if (list.length === 0) {
		throw invalid(
			context,
			itemIndex,
			`"${label}" needs at least one value`,
			`Choose at least one value for "${label}" on item ${itemIndex}.`,
		);
	}
	return list;
}

/** Refuses an update that would send nothing. */
export function requireSomeField(
	context: IExecuteFunctions,
	body: IDataObject,
	collectionLabel: string,
	itemIndex: number,
): void {
	if (Object.keys(body).length === 0) {
		throw invalid(
			context,
			itemIndex,
			`Add at least one field under "${collectionLabel}"`,
			`Item ${itemIndex} would send an update with no fields.`,
		);
	}
}

/** Checks (and converts) one field's value; throws a NodeOperationError when it is wrong. */
export type FieldRule = (value: unknown) => unknown;

/** A check of one value that names the field and the item when it refuses. */
type ValueCheck = (
	context: IExecuteFunctions,
	value: unknown,
	label: string,
	itemIndex: number,
) => unknown;

/** Field rules bound to one item, so each names the field and the item when it refuses. */
export function rulesFor(context: IExecuteFunctions, itemIndex: number) {
	/** A check of one value, bound to this item and to the field's label. */
	const bound =
		(check: ValueCheck) =>
		(label: string): FieldRule =>
		(value) =>
			check(context, value, label, itemIndex);
	return {
		number:
			(label: string, bounds?: { min?: number; max?: number }): FieldRule =>
			(value) =>
				checkedNumber(context, value, label, itemIndex, bounds),
		date: bound(checkedDate),
		cents: bound(wholeCents),
		boolean: bound(trueOrFalse),
		/** A date-time sent in UTC; one without a zone is read in the workflow's time zone. */
		dateTimeUtc:
			(label: string): FieldRule =>
			(value) =>
				dateTimeToUtc(context, value, label, itemIndex, context.getTimezone()),
		/** One of the vendor's documented values (a dropdown's values, also when set by an expression). */
		oneOf:
			(label: string, values: Array<string | number>): FieldRule =>
			(value) => {
				const given = typeof value === 'string' ? value.trim() : value;
				if (!values.includes(given as string | number)) {
					throw invalid(
						context,
						itemIndex,
						`"${label}" must be one of: ${values.join(', ')}`,
						`Got "${String(value)}" on item ${itemIndex}.`,
					);
				}
				return given;
			},
		/** Text, trimmed, refused when longer than the vendor accepts (counted in characters). */
		text:
			(label: string, maxLength: number): FieldRule =>
			(value) => {
				const text = (typeof value === 'string' ? value : String(value)).trim();
				const length = [...text].length;
				if (length > maxLength) {
					throw invalid(
						context,
						itemIndex,
						`"${label}" can have at most ${maxLength} characters`,
						`Item ${itemIndex} has ${length}.`,
					);
				}
				return text;
			},
	};
}

/**
 * The fields a user set in a collection, ready to send under their API names: empty ones
 * dropped, text trimmed, and each field that has a rule checked and converted by it.
 */
export function apiFields(fields: IDataObject, rules: Record<string, FieldRule> = {}): IDataObject {
	const result: IDataObject = {};
	for (const [name, value] of Object.entries(fields)) {
		if (value === undefined || value === null) continue;
		// Blank text is as empty as no text: it would otherwise be sent as "".
		if (typeof value === 'string' && value.trim() === '') continue;
		const rule = rules[name];
		result[name] = (
			rule !== undefined ? rule(value) : typeof value === 'string' ? value.trim() : value
		) as IDataObject[string];
	}
	return result;
}

/** The rules of one item, as `rulesFor` binds them. */
type FieldRules = ReturnType<typeof rulesFor>;

/**
 * A parameter and the rule its value passes, declared together so the label is written
 * once: the rule is given the parameter's displayName to name the field when it refuses.
 */
export interface CheckedProperty {
	property: INodeProperties;
	rule?: (check: FieldRules, label: string) => FieldRule;
}

/** The parameters of checked fields, as a collection lists them. */
export function propertiesOf(fields: CheckedProperty[]): INodeProperties[] {
	return fields.map((field) => field.property);
}

/** `apiFields` of a collection whose fields declare their own rules. */
export function checkedFields(
	context: IExecuteFunctions,
	itemIndex: number,
	values: IDataObject,
	fields: CheckedProperty[],
): IDataObject {
	const check = rulesFor(context, itemIndex);
	const rules: Record<string, FieldRule> = {};
	for (const { property, rule } of fields) {
		if (rule !== undefined) rules[property.name] = rule(check, property.displayName);
	}
	return apiFields(values, rules);
}

/** `checkedFields` of the collection parameter `name` (an "Add Field" collection). */
export function checkedCollection(
	context: IExecuteFunctions,
	itemIndex: number,
	{ name, fields }: { name: string; fields: CheckedProperty[] },
): IDataObject {
	const values = context.getNodeParameter(name, itemIndex, {}) as IDataObject;
	return checkedFields(context, itemIndex, values, fields);
}

/**
 * A date-time converted to UTC ISO 8601 (`2026-06-02T17:30:00Z`), for APIs that document
 * UTC or a zone. A value with its own zone (`Z`, `-03:00`) is converted as it says; one
 * without a zone — as n8n's date picker gives it — is read as wall-clock time in `timeZone`
 * (pass the workflow's, `this.getTimezone()`), so it is not sent hours off. A date alone is
 * midnight in `timeZone`. Anything else is refused, naming the field and the item.
 */
export function dateTimeToUtc(
	context: IExecuteFunctions,
	value: unknown,
	label: string,
	itemIndex: number,
	timeZone: string,
): string {
	const { text, utc } = utcDateTimeOf(value, timeZone);
	if (utc === undefined) {
		throw invalid(
			context,
			itemIndex,
			`"${label}" must be a date-time such as 2026-06-02T14:30:00 or 2026-06-02T14:30:00Z`,
			`Got "${text}" on item ${itemIndex}. A time without a zone is read in the workflow's time zone (${timeZone}).`,
		);
	}
	return utc;
}
