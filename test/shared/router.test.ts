import '../harness/mock-sleep';

import { failureOf, PROBE_KEY, probeApi, runProbe, useFakeClock } from './probe';

const clock = useFakeClock();

/** Three items: ids 1 and 3 exist, id 2 is refused by the vendor with 422. */
function threeItems() {
	const probe = probeApi();
	probe.api.get('/v1/things/1').reply(200, { id: 1 });
	probe.api
		.get('/v1/things/2')
		.reply(422, { fault: { text: 'Thing 2 is locked', advice: 'Unlock it first' } });
	probe.api.get('/v1/things/3').reply(200, { id: 3 });
	return probe;
}
const getById = {
	resource: 'http',
	operation: 'send',
	method: 'GET',
	path: '=/things/{{ $json.id }}',
};
const input = [{ id: 1 }, { id: 2 }, { id: 3 }];

describe('route', () => {
	it('with Continue On Fail, a failing item yields exactly one error item paired to it', async () => {
		const { seen } = threeItems();
		const result = await runProbe(getById, { input, continueOnFail: true });

		expect(result.error).toBeUndefined();
		expect(result.items('Probe')).toEqual([
			{ json: { status: 200, body: { id: 1 } }, pairedItem: { item: 0 } },
			{
				json: { error: 'Thing 2 is locked', description: 'Unlock it first' },
				pairedItem: { item: 1 },
			},
			{ json: { status: 200, body: { id: 3 } }, pairedItem: { item: 2 } },
		]);
		expect(seen.map((request) => request.path)).toEqual([
			'/v1/things/1',
			'/v1/things/2',
			'/v1/things/3',
		]);
		expect(JSON.stringify(result.items('Probe'))).not.toContain(PROBE_KEY);
	});

	it('without it, the execution stops at the failing item and names it', async () => {
		const { seen } = threeItems();
		const result = await runProbe(getById, { input });

		expect(failureOf(result)).toEqual({
			type: 'NodeApiError',
			message: 'Thing 2 is locked',
			description: 'Unlock it first',
			httpCode: '422',
			itemIndex: 1,
		});
		expect(JSON.stringify(result.error)).not.toContain(PROBE_KEY);
		expect(result.items('Probe')).toEqual([]);
		expect(seen.map((request) => request.path)).toEqual(['/v1/things/1', '/v1/things/2']);
		expect(clock.waits()).toEqual([]);
	});

	it('pairs every record of a list to the item that asked for it', async () => {
		const { api } = probeApi();
		api
			.get('/v1/things')
			.query({ owner: 'a', page: 1, limit: 100 })
			.reply(200, { data: [{ n: 1 }, { n: 2 }] });
		api
			.get('/v1/things')
			.query({ owner: 'b', page: 1, limit: 100 })
			.reply(200, { data: [{ n: 3 }] });

		const result = await runProbe(
			{
				resource: 'list',
				operation: 'read',
				path: '/things',
				returnAll: true,
				qs: '={{ { owner: $json.owner } }}',
			},
			{ input: [{ owner: 'a' }, { owner: 'b' }] },
		);

		expect(result.items('Probe')).toEqual([
			{ json: { n: 1 }, pairedItem: { item: 0 } },
			{ json: { n: 2 }, pairedItem: { item: 0 } },
			{ json: { n: 3 }, pairedItem: { item: 1 } },
		]);
	});

	it.each([
		{
			parameters: { resource: 'http', operation: 'nope' },
			message: 'The operation "nope" is not known for the resource "http"',
		},
		{
			parameters: { resource: 'ghost', operation: 'send' },
			message: 'The operation "send" is not known for the resource "ghost"',
		},
		{
			parameters: { resource: 'crash', operation: 'now' },
			message: 'Cannot read properties of undefined',
		},
	])('$message: a NodeOperationError naming the item', async ({ parameters, message }) => {
		const { seen } = probeApi();
		const failed = await runProbe(parameters, { input: [{}, {}] });
		expect(failureOf(failed)).toMatchObject({ type: 'NodeOperationError', message, itemIndex: 0 });

		const continued = await runProbe(parameters, { input: [{}, {}], continueOnFail: true });
		expect(continued.items('Probe')).toEqual([
			{ json: { error: message, description: null }, pairedItem: { item: 0 } },
			{ json: { error: message, description: null }, pairedItem: { item: 1 } },
		]);
		expect(seen).toEqual([]);
	});
});

/**
 * Replies after `delayOf(n)` ms to the n-th item's request (the item's number is the last
 * path segment) and records how many requests were under way at once.
 */
function slowThings(delayOf: (n: number) => number, status: (n: number) => number = () => 200) {
	const probe = probeApi();
	const track = { underWay: 0, most: 0 };
	probe.api
		.persist()
		.post(/\/v1\/things\/\d+$/)
		.reply(function (uri, _body, callback) {
			const n = Number(uri.split('/').pop());
			track.underWay++;
			track.most = Math.max(track.most, track.underWay);
			setTimeout(() => {
				track.underWay--;
				const code = status(n);
				callback(
					null,
					code === 200
						? [200, { id: n }]
						: [code, { fault: { text: `Thing ${n} is locked`, advice: 'Unlock it first' } }],
				);
			}, delayOf(n));
		});
	return { ...probe, track };
}

const createThing = (requestsInParallel: number) => ({
	resource: 'http',
	operation: 'send',
	method: 'POST',
	path: '=/things/{{ $json.n }}',
	body: '={{ { "n": $json.n } }}',
	requestsInParallel,
});
const numbered = (count: number) => Array.from({ length: count }, (_, n) => ({ n }));
const createdItem = (n: number) => ({
	json: { status: 200, body: { id: n } },
	pairedItem: { item: n },
});

describe('route › Requests in Parallel', () => {
	it('runs the first item alone, then up to N at once; output in input order, each paired', async () => {
		// Early items answer last, so the answers come back out of order.
		const { seen, track } = slowThings((n) => (n === 0 ? 1 : 60 - n * 5));

		const result = await runProbe(createThing(4), { input: numbered(10) });

		expect(result.error).toBeUndefined();
		expect(result.items('Probe')).toEqual(numbered(10).map(({ n }) => createdItem(n)));
		expect(track.most).toBe(4);
		expect(seen[0]).toEqual({ method: 'POST', path: '/v1/things/0', body: { n: 0 } });
		// Every item sent exactly once.
		expect(seen.map((request) => request.path).sort()).toEqual(
			numbered(10)
				.map(({ n }) => `/v1/things/${n}`)
				.sort(),
		);
	});

	it('1 sends one item after the other', async () => {
		const { seen, track } = slowThings(() => 5);

		const result = await runProbe(createThing(1), { input: numbered(4) });

		expect(result.items('Probe')).toEqual(numbered(4).map(({ n }) => createdItem(n)));
		expect(track.most).toBe(1);
		expect(seen.map((request) => request.path)).toEqual([
			'/v1/things/0',
			'/v1/things/1',
			'/v1/things/2',
			'/v1/things/3',
		]);
	});

	it('with Continue On Fail, exactly one output per input, paired, in input order', async () => {
		const failing = new Set([2, 5]);
		const { seen } = slowThings(
			(n) => 30 - n * 3,
			(n) => (failing.has(n) ? 422 : 200),
		);

		const result = await runProbe(createThing(3), { input: numbered(8), continueOnFail: true });

		expect(result.error).toBeUndefined();
		expect(result.items('Probe')).toEqual(
			numbered(8).map(({ n }) =>
				failing.has(n)
					? {
							json: { error: `Thing ${n} is locked`, description: 'Unlock it first' },
							pairedItem: { item: n },
						}
					: createdItem(n),
			),
		);
		// A create refused with 422 is not sent again.
		expect(seen).toHaveLength(8);
	});

	it('without it, no item starts after a failure; the error names the first failed item', async () => {
		// Item 1 fails at once while items 2 and 3 are still under way.
		const { seen } = slowThings(
			(n) => (n === 1 ? 1 : 40),
			(n) => (n === 1 || n === 3 ? 422 : 200),
		);

		const result = await runProbe(createThing(3), { input: numbered(8) });

		expect(failureOf(result)).toEqual({
			type: 'NodeApiError',
			message: 'Thing 1 is locked',
			description: 'Unlock it first',
			httpCode: '422',
			itemIndex: 1,
		});
		expect(seen.map((request) => request.path).sort()).toEqual([
			'/v1/things/0',
			'/v1/things/1',
			'/v1/things/2',
			'/v1/things/3',
		]);
	});

	it.each([0, 51, 2.5, 'many'])('%p is refused before any request', async (requestsInParallel) => {
		const { seen } = probeApi();

		const result = await runProbe(
			{ ...createThing(1), requestsInParallel },
			{ input: numbered(2) },
		);

		expect(failureOf(result)).toMatchObject({
			type: 'NodeOperationError',
			message: 'Requests in Parallel must be a whole number from 1 to 50',
			itemIndex: 0,
		});
		expect(seen).toEqual([]);
	});
});
