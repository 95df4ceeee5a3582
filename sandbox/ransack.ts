import { ApiError } from './http';

/**
 * Ransack-style predicates (`field_eq`, `field_cont`, `field_gteq`, …) as WoofedCRM's search
 * documents them. Unknown predicates or fields are a 422, as the API answers.
 */

const PREDICATES = [
	'not_eq',
	'eq',
	'cont',
	'start',
	'end',
	'gteq',
	'gt',
	'lteq',
	'lt',
	'in',
	'null',
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

function test(predicate: string, value: unknown, wanted: unknown): boolean {
	switch (predicate) {
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
		const predicate = PREDICATES.find((name) => key.endsWith(`_${name}`));
		const field = predicate === undefined ? '' : key.slice(0, -(predicate.length + 1));
		if (predicate === undefined || !searchable.includes(field)) {
			throw new ApiError(422, `Unknown predicate or field not searchable: ${key}`);
		}
		return (row: Row) => test(predicate, row[field], wanted);
	});
	return rows.filter((row) => conditions.every((condition) => condition(row)));
}
