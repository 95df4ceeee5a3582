import { DateTime } from 'luxon';
import type {
	IDataObject,
	IExecuteFunctions,
	INodeProperties,
	INodePropertyOptions,
} from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

function invalid(
	context: IExecuteFunctions,
	itemIndex: number,
	message: string,
	description: string,
) {
	return new NodeOperationError(context.getNode(), message, { itemIndex, description });
}

/** The `custom_attributes` object as key/value rows. */
export function customAttributesField(what: string): INodeProperties {
	return {
		displayName: 'Custom Attributes',
		name: 'customAttributes',
		type: 'fixedCollection',
		typeOptions: { multipleValues: true },
		placeholder: 'Add Attribute',
		default: {},
		description: `Free-form custom fields of the ${what}, sent as the custom_attributes object (e.g. source = Website)`,
		options: [
			{
				name: 'attribute',
				displayName: 'Attribute',
				values: [
					{
						displayName: 'Key',
						name: 'key',
						type: 'string',
						default: '',
						placeholder: 'source',
						description: 'Name of the custom attribute as WoofedCRM stores it, e.g. source',
					},
					{
						displayName: 'Value',
						name: 'value',
						type: 'string',
						default: '',
						placeholder: 'Website',
						description: 'Sent as text; an expression may give a number or boolean',
					},
				],
			},
		],
	};
}

/** The rows of `customAttributesField` as an object, or undefined when there are none. */
export function customAttributesOf(
	context: IExecuteFunctions,
	itemIndex: number,
): IDataObject | undefined {
	const rows = (
		context.getNodeParameter('customAttributes.attribute', itemIndex, []) as IDataObject[]
	).filter((row) => row !== null && typeof row === 'object');
	if (rows.length === 0) return undefined;
	const attributes: IDataObject = {};
	rows.forEach((row, index) => {
		const key = String(row.key ?? '').trim();
		if (key === '') {
			throw invalid(
				context,
				itemIndex,
				`"Custom Attributes" row ${index + 1} needs a Key`,
				`Give each custom attribute a key, or remove the empty row (item ${itemIndex}).`,
			);
		}
		attributes[key] = (
			typeof row.value === 'string' ? row.value.trim() : row.value
		) as IDataObject[string];
	});
	return attributes;
}

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

/** The predicates of WoofedCRM's API docs (API structure › Search). */
export const searchPredicates: INodePropertyOptions[] = [
	{ name: 'Equals (Eq)', value: 'eq' },
	{ name: 'Not Equals (Not_eq)', value: 'not_eq' },
	{ name: 'Contains (Cont)', value: 'cont' },
	{ name: 'Does Not Contain (Not_cont)', value: 'not_cont' },
	{ name: 'Starts With (Start)', value: 'start' },
	{ name: 'Ends With (End)', value: 'end' },
	{ name: 'Matches SQL LIKE Pattern (Matches)', value: 'matches' },
	{ name: 'Greater Than (Gt)', value: 'gt' },
	{ name: 'Greater Than or Equal (Gteq)', value: 'gteq' },
	{ name: 'Less Than (Lt)', value: 'lt' },
	{ name: 'Less Than or Equal (Lteq)', value: 'lteq' },
	{ name: 'In List (In)', value: 'in' },
	{ name: 'Not In List (Not_in)', value: 'not_in' },
	{ name: 'Is Present (Present)', value: 'present' },
	{ name: 'Is Blank (Blank)', value: 'blank' },
	{ name: 'Is Null (Null)', value: 'null' },
	{ name: 'Is Not Null (Not_null)', value: 'not_null' },
	{ name: 'Is True (True)', value: 'true' },
	{ name: 'Is False (False)', value: 'false' },
];

/** Predicates that test the field itself and take `true` (or `false`, to negate) as the value. */
const flagPredicates = ['present', 'blank', 'null', 'not_null', 'true', 'false'];
/** Predicates whose value is a list. */
const listPredicates = ['in', 'not_in'];

/**
 * The sort key sent with every search. WoofedCRM's search has no ORDER BY of its own, so
 * without it the pages of a long result may overlap or skip records.
 */
export const SEARCH_SORT = 'id asc';

/** The condition builder and raw JSON of a Ransack-style search. */
export function searchFields(
	fields: INodePropertyOptions[],
	defaultField: string,
	what: string,
): INodeProperties[] {
	return [
		{
			displayName: 'Conditions',
			name: 'conditions',
			type: 'fixedCollection',
			typeOptions: { multipleValues: true },
			placeholder: 'Add Condition',
			default: {},
			description: `Conditions the ${what} must all meet (Ransack query: field_predicate = value). None returns every ${what}.`,
			options: [
				{
					name: 'condition',
					displayName: 'Condition',
					values: [
						{
							displayName: 'Field',
							name: 'field',
							type: 'options',
							options: fields,
							default: defaultField,
							description: 'Attribute to compare; an expression may name another one',
						},
						{
							displayName: 'Predicate',
							name: 'predicate',
							type: 'options',
							options: searchPredicates,
							default: 'eq',
							description: 'How the field is compared with the value (a Ransack predicate)',
						},
						{
							displayName: 'Match',
							name: 'combinator',
							type: 'options',
							options: [
								{ name: 'One Value', value: '' },
								{
									name: 'Any of Several Values (_Any)',
									value: '_any',
									description:
										'Comma-separated values; a record meeting the predicate for one of them matches',
								},
								{
									name: 'All of Several Values (_All)',
									value: '_all',
									description:
										'Comma-separated values; a record must meet the predicate for each of them',
								},
							],
							default: '',
							description:
								'Whether the value is one value or a comma-separated list to match any or all of',
						},
						{
							displayName: 'Value',
							name: 'value',
							type: 'string',
							default: '',
							description:
								'Value to compare with. For In List, Not In List and the Any/All matches: comma-separated values. For Present, Blank, Null, Not Null, True and False: true or false (empty means true). Dates as ISO 8601 UTC.',
						},
					],
				},
			],
		},
		{
			displayName: 'Raw Query (JSON)',
			name: 'rawQuery',
			type: 'json',
			default: '{}',
			description:
				'Extra Ransack predicates as a JSON object, e.g. {"name_cont": "Rubel"}; merged over the conditions above',
		},
	];
}

function listOf(value: unknown): unknown[] {
	return (Array.isArray(value) ? value : String(value).split(','))
		.map((part) => (typeof part === 'string' ? part.trim() : part) as unknown)
		.filter((part) => part !== '');
}

/** The Ransack `query` object built from `searchFields`, with the stable sort key `s`. */
export function searchQueryOf(context: IExecuteFunctions, itemIndex: number): IDataObject {
	const query: IDataObject = {};
	const rows = context.getNodeParameter('conditions.condition', itemIndex, []) as IDataObject[];
	rows.forEach((row, index) => {
		const field = String(row.field ?? '').trim();
		const predicate = String(row.predicate ?? '').trim();
		const combinator = String(row.combinator ?? '').trim();
		const label = `"Conditions" row ${index + 1}`;
		if (!/^[a-z0-9_]+$/i.test(field) || predicate === '') {
			throw invalid(
				context,
				itemIndex,
				`${label} needs a field and a predicate`,
				`Field names are letters, digits and underscores (got "${field}") on item ${itemIndex}.`,
			);
		}
		const raw = row.value;
		const text = typeof raw === 'string' ? raw.trim() : raw;
		const empty = text === '' || text === undefined || text === null;
		let value: unknown;
		if (flagPredicates.includes(predicate)) {
			value = empty ? true : text;
			if (value === 'true' || value === 'false') value = value === 'true';
			if (typeof value !== 'boolean') {
				throw invalid(
					context,
					itemIndex,
					`${label}: this predicate takes true or false`,
					`Got "${String(raw)}".`,
				);
			}
			if (combinator !== '') {
				throw invalid(
					context,
					itemIndex,
					`${label}: Any/All does not apply to this predicate`,
					'Choose "One Value" for Present, Blank, Null, Not Null, True and False.',
				);
			}
		} else if (empty) {
			throw invalid(
				context,
				itemIndex,
				`${label} needs a value`,
				`Enter a value to compare ${field} with.`,
			);
		} else if (listPredicates.includes(predicate) || combinator !== '') {
			value = listOf(text);
		} else {
			value = text;
		}
		query[`${field}_${predicate}${combinator}`] = value as IDataObject[string];
	});

	const rawParameter = context.getNodeParameter('rawQuery', itemIndex, '{}') as unknown;
	let raw: unknown = rawParameter;
	if (typeof rawParameter === 'string') {
		try {
			raw = rawParameter.trim() === '' ? {} : JSON.parse(rawParameter);
		} catch {
			raw = undefined;
		}
	}
	if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
		throw invalid(
			context,
			itemIndex,
			'"Raw Query (JSON)" must be a JSON object',
			`For example {"name_cont": "Rubel"} (item ${itemIndex}).`,
		);
	}
	return { ...query, s: SEARCH_SORT, ...(raw as IDataObject) };
}
