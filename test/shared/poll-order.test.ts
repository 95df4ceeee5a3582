import { orderOf } from '../../nodes/shared/poll/ordered';
import type { ListedRecord } from '../../nodes/shared/poll/types';

/** A page of records with these sort keys (ids in the order given). */
const page = (...keys: number[]): ListedRecord[] =>
	keys.map((sortKey, index) => ({ record: {}, id: `${sortKey}-${index}`, sortKey }));

describe('the order the first and last pages of a list show', () => {
	test.each([
		['three keys, running down', page(9, 8, 8), page(2, 1), 'newest'],
		['three keys, running up', page(1, 2, 2), page(8, 9), 'oldest'],
		['three keys, the pages touching', page(9, 5), page(5, 1), 'newest'],
		['bulk-created: one key a page, newest page first', page(7, 7, 7), page(3, 3), 'newest'],
		['bulk-created: one key a page, oldest page first', page(3, 3, 3), page(7, 7), 'oldest'],
		['two keys shared by both pages', page(7, 3), page(3, 3), 'unclear'],
		['two keys shared by both pages, running up', page(3, 3), page(3, 7), 'unclear'],
		['one key everywhere', page(5, 5, 5), page(5, 5), 'unclear'],
		['one page of two keys', page(7, 3), page(7, 3), 'unclear'],
		['a page out of order', page(9, 1, 8), page(2, 0), 'unclear'],
		['the pages overlapping', page(9, 4), page(6, 1), 'unclear'],
	])('%s', (_name, first, last, order) => {
		expect(orderOf(first, last)).toBe(order);
	});
});
