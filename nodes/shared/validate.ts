import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

/**
 * Input checks that run before any request, so bad input fails with a message that names
 * the field and the item instead of a vendor error.
 */
function invalid(
	context: IExecuteFunctions,
	itemIndex: number,
	message: string,
	description: string,
) {
	return new NodeOperationError(context.getNode(), message, { itemIndex, description });
}

/** A required text parameter, trimmed; empty is refused. */
export function requiredText(
	context: IExecuteFunctions,
	name: string,
	label: string,
	itemIndex: number,
): string {
	const value = context.getNodeParameter(name, itemIndex, '') as unknown;
	const text =
		typeof value === 'number' ? String(value) : typeof value === 'string' ? value.trim() : '';
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

/** A calendar date written as YYYY-MM-DD (an ISO date-time is cut to its date). */
export function checkedDate(
	context: IExecuteFunctions,
	value: unknown,
	label: string,
	itemIndex: number,
): string {
	const text = String(value ?? '').trim();
	const date = /^(\d{4}-\d{2}-\d{2})(T.*)?$/.exec(text)?.[1];
	const parsed = date === undefined ? Number.NaN : Date.parse(`${date}T00:00:00Z`);
	if (
		date === undefined ||
		Number.isNaN(parsed) ||
		new Date(parsed).toISOString().slice(0, 10) !== date
	) {
		throw invalid(
			context,
			itemIndex,
			`"${label}" must be a date as YYYY-MM-DD`,
			`Got "${text}" on item ${itemIndex}.`,
		);
	}
	return date;
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

/** Tags typed as a comma-separated list or given as an array by an expression. */
export function tagList(value: unknown): string[] {
	const parts = Array.isArray(value) ? value : String(value ?? '').split(',');
	return parts.map((tag) => String(tag).trim()).filter((tag) => tag !== '');
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

/** Field rules bound to one item, so each names the field and the item when it refuses. */
export function rulesFor(context: IExecuteFunctions, itemIndex: number) {
	return {
		number:
			(label: string, bounds?: { min?: number; max?: number }): FieldRule =>
			(value) =>
				checkedNumber(context, value, label, itemIndex, bounds),
		date:
			(label: string): FieldRule =>
			(value) =>
				checkedDate(context, value, label, itemIndex),
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
