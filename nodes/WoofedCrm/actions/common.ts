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

export const searchPredicates: INodePropertyOptions[] = [
	{ name: 'Equals (Eq)', value: 'eq' },
	{ name: 'Not Equals (Not_eq)', value: 'not_eq' },
	{ name: 'Contains (Cont)', value: 'cont' },
	{ name: 'Starts With (Start)', value: 'start' },
	{ name: 'Ends With (End)', value: 'end' },
	{ name: 'Greater Than (Gt)', value: 'gt' },
	{ name: 'Greater Than or Equal (Gteq)', value: 'gteq' },
	{ name: 'Less Than (Lt)', value: 'lt' },
	{ name: 'Less Than or Equal (Lteq)', value: 'lteq' },
	{ name: 'In List (In)', value: 'in' },
	{ name: 'Is Null (Null)', value: 'null' },
];

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
						},
						{
							displayName: 'Value',
							name: 'value',
							type: 'string',
							default: '',
							description:
								'Value to compare with. For In List: comma-separated values. For Is Null: true or false (empty means true). Dates as ISO 8601 UTC.',
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

/** The Ransack `query` object built from `searchFields`. */
export function searchQueryOf(context: IExecuteFunctions, itemIndex: number): IDataObject {
	const query: IDataObject = {};
	const rows = context.getNodeParameter('conditions.condition', itemIndex, []) as IDataObject[];
	rows.forEach((row, index) => {
		const field = String(row.field ?? '').trim();
		const predicate = String(row.predicate ?? '').trim();
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
		let value: unknown;
		if (predicate === 'null') {
			value = text === '' || text === undefined || text === null ? true : text;
			if (value === 'true' || value === 'false') value = value === 'true';
			if (typeof value !== 'boolean') {
				throw invalid(
					context,
					itemIndex,
					`${label}: Is Null takes true or false`,
					`Got "${String(raw)}".`,
				);
			}
		} else if (text === '' || text === undefined || text === null) {
			throw invalid(
				context,
				itemIndex,
				`${label} needs a value`,
				`Enter a value to compare ${field} with.`,
			);
		} else if (predicate === 'in') {
			value = (Array.isArray(text) ? text : String(text).split(','))
				.map((part) => (typeof part === 'string' ? part.trim() : part) as unknown)
				.filter((part) => part !== '');
		} else {
			value = text;
		}
		query[`${field}_${predicate}`] = value as IDataObject[string];
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
	return { ...query, ...(raw as IDataObject) };
}
