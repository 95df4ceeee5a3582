import fc from 'fast-check';
import type { IDataObject, INodeProperties } from 'n8n-workflow';
import { NodeOperationError, UserError } from 'n8n-workflow';

import { resetRateStates } from '../../nodes/shared/request';
import { fakeContext } from './fake-context';
import type { OperationSpec, VendorSpec } from './vendors';
import { nodes } from './vendors';

/**
 * Property tests over each node's parameters: every generated parameter set ends in
 * a request that matches the vendor's zod contract, with the id percent-encoded so that no
 * value changes the path or the query, or in a NodeOperationError. Never a TypeError, never
 * an unhandled rejection. The operations' `execute` runs on a fake IExecuteFunctions that
 * records the request instead of sending it (a full workflow run per case would take
 * minutes per node).
 */

/** Cases per node, split evenly between its read and its create. */
const RUNS_PER_NODE = 10_000;

const fragment = fc.constantFrom(
	'/',
	'..',
	'.',
	'?',
	'#',
	'%',
	'%2F',
	'%2e%2e',
	'&x=1',
	'=',
	' ',
	'\\',
	'\u0000',
	'\n',
	'ç',
	'ã',
	'🚀',
	'名',
	'a',
	'1',
	'../',
	'?page=2',
	'#frag',
	'/../admin',
);

/** Text as an expression may hand a parameter: empty, huge, unicode, numbers as text, path tricks. */
const text = fc.oneof(
	fc.constantFrom('', ' ', '\t', '.', '..', '/', '?', '#', '%', '0', '-1', '1e3', 'NaN', ' 42 '),
	fc.array(fragment, { maxLength: 12 }).map((parts) => parts.join('')),
	fc.string({ unit: 'grapheme', maxLength: 40 }),
	fc.string({ unit: 'binary', maxLength: 40 }),
	fc.integer().map(String),
	fc.double().map(String),
	fc.integer({ min: 1_000, max: 200_000 }).map((length) => 'ç'.repeat(length)),
);

/** Any value an expression can resolve to. */
const anyValue: fc.Arbitrary<unknown> = fc.oneof(
	{ weight: 8, arbitrary: text },
	fc.integer(),
	fc.double(),
	fc.boolean(),
	fc.constant(null),
	fc.array(fc.string(), { maxLength: 3 }),
	fc.dictionary(fc.string({ maxLength: 5 }), fc.string({ maxLength: 5 }), { maxKeys: 2 }),
);

/** A value for one field of a collection, by its declared type. */
function valueFor(field: INodeProperties): fc.Arbitrary<unknown> {
	const options = (field.options ?? []) as Array<{ value?: unknown }>;
	const choices = options.map((option) => option.value).filter((value) => value !== undefined);
	switch (field.type) {
		case 'number':
			// Numbers, and numbers (or anything) as text.
			return fc.oneof(fc.integer(), fc.double(), text);
		case 'boolean':
			return fc.boolean();
		case 'options':
			// The dropdown's values, or anything an expression gives.
			return choices.length > 0 ? fc.oneof(fc.constantFrom(...choices), text) : text;
		case 'multiOptions':
			return choices.length > 0 ? fc.subarray(choices) : fc.array(text, { maxLength: 3 });
		case 'dateTime':
			return fc.oneof(
				fc
					.date({ min: new Date('1990-01-01'), max: new Date('2100-01-01'), noInvalidDate: true })
					.map((date) => date.toISOString()),
				text,
			);
		default:
			return text;
	}
}

/** The optional fields (top-level collections) of an operation, any subset, any values. */
function collectionsOf(op: OperationSpec): fc.Arbitrary<IDataObject> {
	const description = (op.module as unknown as { description: INodeProperties[] }).description;
	const collections = description.filter((property) => property.type === 'collection');
	const entries = collections.map((collection) => {
		const fields = (collection.options ?? []) as INodeProperties[];
		const shape = Object.fromEntries(fields.map((field) => [field.name, valueFor(field)]));
		return [collection.name, fc.record(shape, { requiredKeys: [] })] as const;
	});
	return fc.record(Object.fromEntries(entries), {
		requiredKeys: [],
	}) as unknown as fc.Arbitrary<IDataObject>;
}

/** Places `value` under a dotted parameter name. */
function withParameter(base: IDataObject, name: string, value: unknown): IDataObject {
	const [head, ...rest] = name.split('.');
	if (rest.length === 0) return { ...base, [head]: value as IDataObject[string] };
	const inner = (base[head] as IDataObject | undefined) ?? {};
	return { ...base, [head]: withParameter(inner, rest.join('.'), value) };
}

/** What the node does with the fuzzed value before it reaches a path: a number or trimmed text. */
function idText(value: unknown): string {
	if (typeof value === 'number') return String(value);
	return typeof value === 'string' ? value.trim() : '';
}

const unhandled: unknown[] = [];
const onUnhandled = (reason: unknown) => unhandled.push(reason);
beforeAll(() => process.on('unhandledRejection', onUnhandled));
afterAll(() => process.off('unhandledRejection', onUnhandled));

interface Tally {
	requests: number;
	refused: number;
}

async function runCase(
	vendor: VendorSpec,
	op: OperationSpec,
	parameters: IDataObject,
	tally: Tally,
) {
	resetRateStates();
	const { context, requests } = fakeContext({
		nodeType: `n8n-nodes-br-sales.${vendor.node.description.name}`,
		credentialType: vendor.credentialType,
		credentialData: vendor.credentialData,
		parameters,
		answer: op.ok('1'),
	});
	try {
		await op.module.execute.call(context, 0);
	} catch (error) {
		// A clear refusal of the input, before any request: NodeOperationError, or the
		// UserError `pathOf` raises for "." and ".." ids (the router wraps it in one).
		const refusal =
			error instanceof NodeOperationError ||
			(error instanceof UserError && /^An id cannot be/.test(error.message));
		if (!refusal) throw error;
		expect(requests).toHaveLength(0);
		tally.refused++;
		return;
	}
	expect(requests).toHaveLength(1);
	const [{ credentialType, options }] = requests;
	tally.requests++;
	expect(credentialType).toBe(vendor.credentialType);
	expect(options.method).toBe(op.method);
	const url = String(options.url);
	// Nothing the user typed opens a query or a fragment, or leaves the path unencoded.
	expect(url).not.toMatch(/[?#\s]/);
	const full = new URL(`${options.baseURL}${url}`);
	// No "." or ".." segment is resolved away: the URL keeps exactly the path built.
	expect(full.pathname).toBe(new URL(String(options.baseURL)).pathname + url);
	expect(full.search).toBe('');
	expect(options.qs ?? {}).toEqual({});
	if (op.method === 'GET') {
		const id = idText(
			op.fuzzed.locator
				? (parameters[op.fuzzed.name] as { value: unknown }).value
				: parameters[op.fuzzed.name],
		);
		const expected = new URL(`${vendor.origin}${op.path('ID')}`).pathname;
		const prefix = expected.slice(0, -'ID'.length);
		expect(full.pathname.startsWith(prefix)).toBe(true);
		const segment = full.pathname.slice(prefix.length);
		expect(segment).not.toContain('/');
		expect(decodeURIComponent(segment)).toBe(id);
		expect(options.body).toBeUndefined();
	} else {
		expect(full.pathname).toBe(new URL(`${vendor.origin}${op.path('')}`).pathname);
		op.contract?.parse(options.body);
	}
}

describe('fuzzing', () => {
	afterAll(() => expect(unhandled).toEqual([]));

	describe.each(nodes.map((vendor) => [vendor.displayName, vendor] as const))('%s', (_, vendor) => {
		it.each(['read', 'create'] as const)(
			`%s: ${RUNS_PER_NODE / 2} generated parameter sets end in a contract-true request or a NodeOperationError`,
			async (opName) => {
				const op = vendor[opName];
				const fuzzedValue = op.fuzzed.textOnly
					? text
					: op.fuzzed.locator
						? fc.record({
								__rl: fc.constant(true),
								mode: fc.constantFrom('id', 'list', 'url'),
								value: anyValue,
							})
						: anyValue;
				const parameters = fc
					.tuple(fuzzedValue, opName === 'create' ? collectionsOf(op) : fc.constant({}))
					.map(([value, collections]) =>
						withParameter({ ...op.fuzzBase, ...collections }, op.fuzzed.name, value),
					);
				const tally: Tally = { requests: 0, refused: 0 };
				await fc.assert(
					fc.asyncProperty(parameters, async (set) => await runCase(vendor, op, set, tally)),
					{ numRuns: RUNS_PER_NODE / 2, seed: 20261124 },
				);
				// Both ends were reached: requests sent and input refused.
				expect(tally.requests).toBeGreaterThan(0);
				expect(tally.refused).toBeGreaterThan(0);
			},
		);
	});
});
