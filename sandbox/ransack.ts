/**
 * Ransack-style predicates (`field_eq`, `field_cont`, `field_gteq`, …) as WoofedCRM's search
 * documents them (public docs, api-structure.md "Search": the predicate table and the `_any` /
 * `_all` forms). WoofedCRM's server raises on an unknown predicate or a field outside the
 * model's allow-list (config/initializers/ransack.rb: ignore_unknown_conditions = false);
 * `SearchRefused` carries Ransack's message, which the API returns as `details`.
 */

export class SearchRefused extends Error {}

// Longest first, so `not_eq` is found before `eq` and `not_null` before `null`.
const PREDICATES = [
	'not_cont',
	'not_null',
	'not_eq',
	'not_in',
	'present',
	'matches',
	'blank',
	'start',
	'false',
	'gteq',
	'lteq',
	'cont',
	'null',
	'true',
	'end',
	'eq',
	'gt',
	'lt',
	'in',
];

type Row = Record<string, unknown>;

function compare(left: unknown, right: unknown): number {
	const [a, b] = [Number(left), Number(right)];
	if (!Number.isNaN(a) && !Number.isNaN(b) && left !== null && left !== '' && right !== '') {
		return a - b;
	}
	const [x, y] = [Date.parse(String(left)), Date.parse(String(right))];
	if (!Number.isNaN(x) && !Number.isNaN(y)) return x - y;
	return String(left ?? '').localeCompare(String(right ?? ''));
}

const text = (value: unknown) => String(value ?? '').toLowerCase();

const blank = (value: unknown) =>
	value === null || value === undefined || String(value).trim() === '';

/** SQL LIKE: `%` any run, `_` one character, case-sensitive. */
function like(value: unknown, pattern: unknown): boolean {
	const source = String(pattern)
		.split('')
		.map((char) =>
			char === '%' ? '.*' : char === '_' ? '.' : char.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'),
		)
		.join('');
	return new RegExp(`^${source}$`, 's').test(String(value ?? ''));
}

/** A flag predicate given `false` means its opposite (Ransack: `name_present: false`). */
function flag(wanted: unknown, holds: boolean): boolean {
	return wanted === false || wanted === 'false' ? !holds : holds;
}

function test(predicate: string, value: unknown, wanted: unknown): boolean {
	switch (predicate) {
		case 'not_cont':
			return !text(value).includes(text(wanted));
		case 'not_in':
			return !(Array.isArray(wanted) ? wanted : [wanted]).some(
				(one) => String(one) === String(value),
			);
		case 'present':
			return flag(wanted, !blank(value));
		case 'blank':
			return flag(wanted, blank(value));
		case 'not_null':
			return flag(wanted, value !== null && value !== undefined);
		case 'true':
			return flag(wanted, value === true || value === 'true');
		case 'false':
			return flag(wanted, value === false || value === 'false');
		case 'matches':
			return like(value, wanted);
		case 'eq':
			return value !== null && value !== undefined && String(value) === String(wanted);
		case 'not_eq':
			return String(value) !== String(wanted);
		case 'cont':
			return text(value).includes(text(wanted));
		case 'start':
			return text(value).startsWith(text(wanted));
		case 'end':
			return text(value).endsWith(text(wanted));
		case 'gt':
			return value != null && compare(value, wanted) > 0;
		case 'gteq':
			return value != null && compare(value, wanted) >= 0;
		case 'lt':
			return value != null && compare(value, wanted) < 0;
		case 'lteq':
			return value != null && compare(value, wanted) <= 0;
		case 'in':
			return (Array.isArray(wanted) ? wanted : [wanted]).some(
				(one) => String(one) === String(value),
			);
		case 'null': {
			const isNull = value === null || value === undefined;
			return wanted === true || wanted === 'true' ? isNull : !isNull;
		}
		default:
			return false;
	}
}

/** The rows matching every predicate of `query`, over the `searchable` fields. */
export function ransack(rows: Row[], query: Record<string, unknown>, searchable: string[]): Row[] {
	const conditions = Object.entries(query).map(([key, wanted]) => {
		const combinator = /_(any|all)$/.exec(key)?.[1];
		const stem = combinator === undefined ? key : key.slice(0, -(combinator.length + 1));
		const predicate = PREDICATES.find((name) => stem.endsWith(`_${name}`));
		const field = predicate === undefined ? '' : stem.slice(0, -(predicate.length + 1));
		if (predicate === undefined) throw new SearchRefused(`No valid predicate for ${key}`);
		if (!searchable.includes(field)) throw new SearchRefused(`Invalid search term ${key}`);
		if (combinator === undefined) return (row: Row) => test(predicate, row[field], wanted);
		const values = Array.isArray(wanted) ? wanted : [wanted];
		return combinator === 'any'
			? (row: Row) => values.some((one) => test(predicate, row[field], one))
			: (row: Row) => values.every((one) => test(predicate, row[field], one));
	});
	return rows.filter((row) => conditions.every((condition) => condition(row)));
}

/**
 * Ransack's sort `s: "field asc|desc"`; a field outside `searchable` is ignored, as Ransack
 * ignores sorts it may not apply. Without `s`, rows stay as stored.
 */
export function ransackSort(rows: Row[], sort: unknown, searchable: string[]): Row[] {
	const [field, direction] = String(sort ?? '')
		.trim()
		.split(/\s+/);
	if (field === '' || field === undefined || !searchable.includes(field)) return rows;
	const sign = direction?.toLowerCase() === 'desc' ? -1 : 1;
	return [...rows].sort((a, b) => sign * compare(a[field], b[field]));
}
