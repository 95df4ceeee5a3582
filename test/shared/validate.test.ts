import type { IDataObject, IExecuteFunctions, INode } from 'n8n-workflow';

import { apiFields, checkedNumber } from '../../nodes/shared/validate';
import { failureOf, probeApi, runProbe } from './probe';

type Expected = IDataObject | { error: string; description: string };

/**
 * Runs one check over items carrying `v` (passed through an expression, as a workflow would)
 * with Continue On Fail, and returns each item's output in order.
 */
async function check(operation: string, values: unknown[], parameter = 'value') {
	const result = await runProbe(
		{ resource: 'check', operation, [parameter]: '={{ $json.v }}' },
		{ input: values.map((v) => ({ v })) as IDataObject[], continueOnFail: true },
	);
	expect(result.items('Probe').map((item) => item.pairedItem)).toEqual(
		values.map((_, item) => ({ item })),
	);
	return result.output('Probe');
}

const refused = (error: string, description: string) => ({ error, description });

describe('validation through the router (one output per item, paired)', () => {
	it('requiredText trims, accepts numbers, refuses blanks', async () => {
		const expected: Expected[] = [
			{ text: 'Ana' },
			refused('"Title" is required', 'Enter a value for "Title" on item 1.'),
			refused('"Title" is required', 'Enter a value for "Title" on item 2.'),
			{ text: '42' },
			{ text: '0' },
		];
		expect(await check('text', ['  Ana  ', '', '   ', 42, 0])).toEqual(expected);
	});

	it('checkedDate accepts real calendar dates and cuts ISO date-times to the date', async () => {
		const values = [
			'2026-02-28',
			'2026-02-30',
			'2026-03-01T10:00:00Z',
			'2024-02-29',
			'2025-02-29',
			'31/12/2026',
			'2026-13-01',
			'',
			' 2026-07-04 ',
			'2026-07-04X',
		];
		const bad = (got: string, item: number) =>
			refused('"Due Date" must be a date as YYYY-MM-DD', `Got "${got}" on item ${item}.`);
		expect(await check('date', values)).toEqual([
			{ date: '2026-02-28' },
			bad('2026-02-30', 1),
			{ date: '2026-03-01' },
			{ date: '2024-02-29' },
			bad('2025-02-29', 4),
			bad('31/12/2026', 5),
			bad('2026-13-01', 6),
			bad('', 7),
			{ date: '2026-07-04' },
			bad('2026-07-04X', 9),
		]);
	});

	it('checkedNumber accepts numbers and numeric strings within bounds', async () => {
		const bad = (got: string, item: number) =>
			refused('"Quantity" must be a number from 1 to 100', `Got "${got}" on item ${item}.`);
		expect(
			await check('number', [5, '12', ' 7 ', 1, 100, 0, 101, 'abc', '', 2.5, '1e2', true]),
		).toEqual([
			{ number: 5 },
			{ number: 12 },
			{ number: 7 },
			{ number: 1 },
			{ number: 100 },
			bad('0', 5),
			bad('101', 6),
			bad('abc', 7),
			bad('', 8),
			{ number: 2.5 },
			{ number: 100 },
			bad('true', 11),
		]);
	});

	it('tagList splits, trims and drops empty tags', async () => {
		expect(await check('tags', ['vip, lead ,, sp ', ['a', ' b ', ''], '', 7])).toEqual([
			{ tags: ['vip', 'lead', 'sp'] },
			{ tags: ['a', 'b'] },
			{ tags: [] },
			{ tags: ['7'] },
		]);
	});

	it('requireSomeField refuses an update with no fields', async () => {
		expect(await check('fields', [{ name: 'Ana' }, {}], 'fields')).toEqual([
			{ name: 'Ana' },
			refused(
				'Add at least one field under "Update Fields"',
				'Item 1 would send an update with no fields.',
			),
		]);
	});

	it('without Continue On Fail the first invalid item stops the node with its index, before any request', async () => {
		const { seen } = probeApi();
		const result = await runProbe(
			{ resource: 'check', operation: 'date', value: '={{ $json.v }}' },
			{ input: [{ v: '2026-01-01' }, { v: '2026-01-02' }, { v: '2026-02-30' }, { v: 'nope' }] },
		);
		expect(failureOf(result)).toEqual({
			type: 'NodeOperationError',
			message: '"Due Date" must be a date as YYYY-MM-DD',
			description: 'Got "2026-02-30" on item 2.',
			httpCode: undefined,
			itemIndex: 2,
		});
		expect(seen).toEqual([]);
	});
});

describe('checkedNumber bounds in the message', () => {
	const context = { getNode: () => ({ name: 'Probe' }) as INode } as unknown as IExecuteFunctions;

	it.each([
		{ bounds: {}, value: 'x', message: '"N" must be a number' },
		{ bounds: { min: 0 }, value: -1, message: '"N" must be a number from 0' },
		{ bounds: { max: 10 }, value: 11, message: '"N" must be a number to 10' },
		{ bounds: {}, value: Number.NaN, message: '"N" must be a number' },
		{ bounds: {}, value: Number.POSITIVE_INFINITY, message: '"N" must be a number' },
		{ bounds: {}, value: null, message: '"N" must be a number' },
	])('$value with $bounds → $message', ({ bounds, value, message }) => {
		expect(() => checkedNumber(context, value, 'N', 3, bounds)).toThrow(
			expect.objectContaining({
				name: 'NodeOperationError',
				message,
				context: expect.objectContaining({ itemIndex: 3 }),
			}),
		);
	});

	it.each([
		{ value: -1e9, bounds: {} },
		{ value: 0, bounds: { min: 0, max: 0 } },
		{ value: '-3.5', bounds: { min: -4 } },
	])('$value with $bounds is accepted', ({ value, bounds }) => {
		expect(checkedNumber(context, value, 'N', 0, bounds)).toBe(Number(value));
	});
});

describe('apiFields', () => {
	it('drops empty fields, trims text, keeps false and 0, and runs each field rule', () => {
		const rules = { amount: (value: unknown) => Number(value) * 2 };
		expect(
			apiFields(
				{
					name: '  Ana ',
					blank: '',
					missing: undefined,
					none: null,
					off: false,
					zero: 0,
					amount: '21',
				},
				rules,
			),
		).toEqual({ name: 'Ana', off: false, zero: 0, amount: 42 });
	});

	it('lets a rule refuse the value', () => {
		const refuse = () => {
			throw new Error('bad amount');
		};
		expect(() => apiFields({ amount: 1 }, { amount: refuse })).toThrow('bad amount');
	});
});
