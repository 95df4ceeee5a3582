import type {
	IDataObject,
	IExecuteFunctions,
	INodeProperties,
	INodePropertyCollection,
	INodePropertyOptions,
} from 'n8n-workflow';

import { forOperation, pageLimitOf, returnAllAndLimit } from '../../shared/descriptions';
import { simplifiedIfAsked } from '../../shared/simplify';
import type { Operation } from '../../shared/types';
import { invalid } from '../../shared/validate';
import { woofedList } from '../transport';
import { jsonObjectOf } from './jsonObject';

/**
 * WoofedCRM's searches (API structure › Search): a Ransack query of `field_predicate` keys,
 * built from the Conditions rows and the raw JSON, always with a stable sort key.
 */

/** The predicates of WoofedCRM's API docs (API structure › Search). */
const searchPredicates: INodePropertyOptions[] = [
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
const SEARCH_SORT = 'id asc';

/**
 * The rows of a Ransack-style search's Conditions around the search's own Field dropdown
 * (named `field`). Each search writes the Conditions property out and spreads these in.
 */
export function conditionRows(field: INodeProperties): { options: INodePropertyCollection[] } {
	return {
		options: [
			{
				name: 'condition',
				displayName: 'Condition',
				values: [
					field,
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
	};
}

/** Extra Ransack predicates as JSON, merged over the conditions. */
const rawQueryField: INodeProperties = {
	displayName: 'Raw Query (JSON)',
	name: 'rawQuery',
	type: 'json',
	default: '{}',
	description:
		'Extra Ransack predicates as a JSON object, e.g. {"name_cont": "Rubel"}; merged over the conditions above',
};

function listOf(value: unknown): unknown[] {
	return (Array.isArray(value) ? value : String(value).split(','))
		.map((part) => (typeof part === 'string' ? part.trim() : part) as unknown)
		.filter((part) => part !== '');
}

/** The Ransack `query` object built from `searchFields`, with the stable sort key `s`. */
function searchQueryOf(context: IExecuteFunctions, itemIndex: number): IDataObject {
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

	const raw = jsonObjectOf(context, itemIndex, {
		value: context.getNodeParameter('rawQuery', itemIndex, '{}'),
		label: 'Raw Query (JSON)',
		example: '{"name_cont": "Rubel"}',
	});
	return { ...query, s: SEARCH_SORT, ...raw };
}

/** What a search operation of one resource is made of; its UI text is written by the caller. */
interface SearchSpec {
	resource: string;
	/** The search endpoint, e.g. /contacts/search. */
	path: string;
	/** The Simplify toggle, naming the fields it keeps. */
	simplify: INodeProperties;
	/** The Conditions property, written out with its rows from `conditionRows`. */
	conditions: INodeProperties;
	simplifiedFields: readonly string[];
}

/** Resource → Search: the condition builder, paged through WoofedCRM's search endpoint. */
export function searchOperation(spec: SearchSpec): Operation {
	return {
		description: forOperation(spec.resource, 'search', [
			...returnAllAndLimit(),
			spec.simplify,
			spec.conditions,
			rawQueryField,
		]),
		async execute(this: IExecuteFunctions, itemIndex: number) {
			const query = searchQueryOf(this, itemIndex);
			const records = await woofedList(
				this,
				itemIndex,
				{ method: 'POST', effect: 'read', path: spec.path, body: { query } },
				pageLimitOf(this, itemIndex),
			);
			return simplifiedIfAsked(this, itemIndex, records, spec.simplifiedFields);
		},
	};
}
