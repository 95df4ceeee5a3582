import '../harness/mock-sleep';

import type nock from 'nock';
import type { IHttpRequestMethods } from 'n8n-workflow';

import { retryPolicy } from '../../nodes/shared/retry-policy';
import type { WorkflowResult } from '../../harness/run-workflow';
import type { SeenRequest } from './probe';
import { failureOf, networkError, PROBE_KEY, probeApi, runProbe, T0, useFakeClock } from './probe';

const clock = useFakeClock();
beforeEach(() => jest.spyOn(Math, 'random').mockReturnValue(0.5));

const fault = (status: number) => ({
	fault: { text: `Probe refused with ${status}`, advice: 'Check the thing' },
});
const bodyFor = (method: string) =>
	['POST', 'PUT', 'PATCH'].includes(method) ? { name: 'Ana' } : undefined;
const send = (method: string, path = '/things') => ({
	resource: 'http',
	operation: 'send',
	method,
	path,
	body: bodyFor(method) === undefined ? '' : JSON.stringify(bodyFor(method)),
});
const seenAs = (method: string, times: number, path = '/v1/things') =>
	Array.from({ length: times }, () => ({
		method,
		path,
		...(bodyFor(method) ? { body: bodyFor(method) } : {}),
	}));

/** One backoff, a second attempt, and the second answer as the item's output. */
function expectSecondTrySucceeded(result: WorkflowResult, seen: SeenRequest[], method: string) {
	expect(result.error).toBeUndefined();
	expect(result.output('Probe')).toEqual([{ status: 200, body: { ok: true } }]);
	expect(seen).toEqual(seenAs(method, 2));
	expect(clock.waits()).toEqual([FIRST_BACKOFF]);
}

/** The note of a create or payment that failed ambiguously and was not sent again. */
const outcomeUnknown = (failure: string) =>
	`Outcome unknown: Probe may have done this before the failure (${failure}). It was not sent again, so that it cannot happen twice; check in Probe whether it took effect (for example with a Get of the record) before running this item again.`;

/** The first backoff step with Math.random() = 0.5: half the base delay plus a quarter. */
const FIRST_BACKOFF = 750;

describe('retry matrix', () => {
	const methods = ['GET', 'PUT', 'DELETE', 'POST', 'PATCH'] as const;
	const statuses = [408, 429, 500, 502, 503, 504, 400, 404, 422];
	const retried = (method: string, status: number) =>
		status === 429 ||
		(['GET', 'PUT', 'DELETE'].includes(method) && [408, 500, 502, 503, 504].includes(status));
	const cases = methods.flatMap((method) =>
		statuses.map((status) => ({ method, status, retry: retried(method, status) })),
	);

	it.each(cases)(
		'$method answered $status: retried = $retry',
		async ({ method, status, retry }) => {
			const { api, seen } = probeApi();
			api.intercept('/v1/things', method).reply(status, fault(status));
			api.intercept('/v1/things', method).reply(200, { ok: true });

			const result = await runProbe(send(method));

			if (retry) {
				expectSecondTrySucceeded(result, seen, method);
			} else {
				expect(failureOf(result)).toEqual({
					type: 'NodeApiError',
					message: `Probe refused with ${status}`,
					description: [408, 500, 502, 503, 504].includes(status)
						? `Check the thing ${outcomeUnknown(`HTTP ${status}`)}`
						: 'Check the thing',
					httpCode: String(status),
					itemIndex: 0,
				});
				expect(seen).toEqual(seenAs(method, 1));
				expect(api.pendingMocks()).toHaveLength(1);
				expect(clock.waits()).toEqual([]);
			}
		},
	);

	it('gives up after retryPolicy.maxAttempts attempts, saying so', async () => {
		const { api, seen } = probeApi();
		api.get('/v1/things').times(retryPolicy.maxAttempts).reply(503, fault(503));
		api.get('/v1/things').reply(200, { ok: true });

		const result = await runProbe(send('GET'));

		expect(failureOf(result)).toEqual({
			type: 'NodeApiError',
			message: 'Probe refused with 503',
			description: `Check the thing Gave up after ${retryPolicy.maxAttempts} attempts.`,
			httpCode: '503',
			itemIndex: 0,
		});
		expect(seen).toEqual(seenAs('GET', retryPolicy.maxAttempts));
		expect(clock.waits()).toEqual([750, 1500, 3000]);
	});
});

describe('Retry-After', () => {
	const retryAfter = (value: string) => async (method: IHttpRequestMethods) => {
		const { api, seen } = probeApi();
		api.intercept('/v1/things', method).reply(429, fault(429), { 'Retry-After': value });
		api.intercept('/v1/things', method).reply(200, { ok: true });
		const result = await runProbe(send(method));
		return { api, seen, result };
	};

	it.each([
		{ value: '7', waits: [7000] },
		{ value: '0', waits: [] },
		{ value: '2.5', waits: [2500] },
		{ value: new Date(T0 + 12_000).toUTCString(), waits: [12_000] },
		{ value: new Date(T0 - 60_000).toUTCString(), waits: [] },
		{ value: String(retryPolicy.maxWaitMs / 1000), waits: [retryPolicy.maxWaitMs] },
		{ value: 'soon', waits: [FIRST_BACKOFF] },
	])('Retry-After "$value" waits $waits, then resends (even a POST)', async ({ value, waits }) => {
		for (const method of ['GET', 'POST'] as const) {
			clock.reset();
			const { seen, result } = await retryAfter(value)(method);
			expect(result.output('Probe')).toEqual([{ status: 200, body: { ok: true } }]);
			expect(seen).toEqual(seenAs(method, 2));
			expect(clock.waits()).toEqual(waits);
		}
	});

	it.each([
		{ value: '120', asked: 120 },
		{ value: new Date(T0 + 90_000).toUTCString(), asked: 90 },
	])(
		'Retry-After "$value" beyond maxWaitMs fails at once with no second request',
		async ({ value, asked }) => {
			const { api, seen, result } = await retryAfter(value)('GET');
			expect(failureOf(result)).toEqual({
				type: 'NodeApiError',
				message: 'Probe refused with 429',
				description: `Check the thing Probe asked to wait ${asked} s (until ${new Date(T0 + asked * 1000).toISOString()}), longer than the 30 s this node waits; run it again after that time.`,
				httpCode: '429',
				itemIndex: 0,
			});
			expect(seen).toEqual(seenAs('GET', 1));
			expect(api.pendingMocks()).toHaveLength(1);
			expect(clock.waits()).toEqual([]);
		},
	);
});

describe('backoff without Retry-After', () => {
	const policy = { ...retryPolicy };
	afterEach(() => Object.assign(retryPolicy, policy));

	const failingGets = (times: number) => {
		const probe = probeApi();
		probe.api.get('/v1/things').times(times).reply(503, fault(503));
		return probe;
	};

	it.each([
		{ random: 0, waits: [500, 1000, 2000] },
		{ random: 0.5, waits: [750, 1500, 3000] },
		{ random: 0.999999, waits: [1000, 2000, 4000] },
	])(
		'doubles each attempt with full jitter in [ceiling/2, ceiling] (random $random)',
		async ({ random, waits }) => {
			jest.spyOn(Math, 'random').mockReturnValue(random);
			const { seen } = failingGets(4);
			const result = await runProbe(send('GET'));
			expect(failureOf(result).description).toBe('Check the thing Gave up after 4 attempts.');
			expect(seen).toHaveLength(4);
			expect(clock.waits()).toEqual(waits);
		},
	);

	it.each([
		// 1+2+4+8+16 s = 31 s waited; the next step (30 s, capped) would pass the 60 s total.
		{ random: 0.999999, waits: [1000, 2000, 4000, 8000, 16_000], attempts: 6 },
		// 0.5+1+2+4+8+15+15 s = 45.5 s; one more 15 s step would pass the 60 s total.
		{ random: 0, waits: [500, 1000, 2000, 4000, 8000, 15_000, 15_000], attempts: 8 },
	])(
		'caps one wait at maxWaitMs and all waits at totalWaitMs (random $random)',
		async ({ random, waits, attempts }) => {
			retryPolicy.maxAttempts = 50;
			jest.spyOn(Math, 'random').mockReturnValue(random);
			const { seen } = failingGets(attempts);
			const result = await runProbe(send('GET'));
			expect(failureOf(result).description).toBe(
				`Check the thing Gave up after ${attempts} attempts.`,
			);
			expect(seen).toHaveLength(attempts);
			expect(clock.waits()).toEqual(waits);
			expect(Math.max(...clock.waits())).toBeLessThanOrEqual(retryPolicy.maxWaitMs);
			expect(clock.waits().reduce((sum, ms) => sum + ms, 0)).toBeLessThanOrEqual(
				retryPolicy.totalWaitMs,
			);
		},
	);
});

describe('network faults', () => {
	it.each([
		{ code: 'ECONNRESET', method: 'GET', retry: true },
		{ code: 'ECONNRESET', method: 'DELETE', retry: true },
		{ code: 'ETIMEDOUT', method: 'PUT', retry: true },
		{ code: 'ECONNRESET', method: 'POST', retry: false },
		{ code: 'ECONNRESET', method: 'PATCH', retry: false },
		{ code: 'ETIMEDOUT', method: 'POST', retry: false },
		{ code: 'ECONNREFUSED', method: 'GET', retry: true },
		{ code: 'ECONNREFUSED', method: 'POST', retry: true },
		{ code: 'ENOTFOUND', method: 'PATCH', retry: true },
	])('$code on $method: retried = $retry', async ({ code, method, retry }) => {
		const { api, seen } = probeApi();
		api.intercept('/v1/things', method).replyWithError(networkError(code));
		api.intercept('/v1/things', method).reply(200, { ok: true });

		const result = await runProbe(send(method));

		if (retry) {
			expectSecondTrySucceeded(result, seen, method);
		} else {
			const failure = failureOf(result);
			expect(failure).toMatchObject({ type: 'NodeApiError', httpCode: null, itemIndex: 0 });
			expect(result.error?.message).toBe('Could not reach Probe');
			expect(result.error?.description).toBe(`Connection failed: ${code}. ${outcomeUnknown(code)}`);
			expect(seen).toEqual(seenAs(method, 1));
			expect(api.pendingMocks()).toHaveLength(1);
			expect(clock.waits()).toEqual([]);
		}
	});

	it.each([
		{ method: 'GET', requests: 2 },
		{ method: 'POST', requests: 1 },
	])('a timed-out $method is resent only when idempotent', async ({ method, requests }) => {
		const { api, seen } = probeApi();
		api.intercept('/v1/things', method).delay(1000).reply(200, { late: true });
		api.intercept('/v1/things', method).reply(200, { ok: true });

		const result = await runProbe({ ...send(method), timeoutMs: 40 });

		expect(seen).toEqual(seenAs(method, requests));
		expect(clock.waits()).toEqual(requests === 2 ? [FIRST_BACKOFF] : []);
		if (requests === 2) {
			expect(result.output('Probe')).toEqual([{ status: 200, body: { ok: true } }]);
		} else {
			expect(failureOf(result)).toMatchObject({
				type: 'NodeApiError',
				httpCode: null,
				itemIndex: 0,
			});
		}
	});
});

describe('vendor errors', () => {
	it('uses the vendor message from errorDetails and never leaks the API key', async () => {
		const { api, seen } = probeApi();
		api.post('/v1/things').reply(422, {
			fault: { text: 'Name is too short', advice: 'Use at least 3 letters' },
		});

		const result = await runProbe(send('POST'));

		const failure = failureOf(result);
		expect(failure).toEqual({
			type: 'NodeApiError',
			message: 'Name is too short',
			description: 'Use at least 3 letters',
			httpCode: '422',
			itemIndex: 0,
		});
		expect(JSON.stringify(failure)).not.toContain(PROBE_KEY);
		expect(JSON.stringify(result.error)).not.toContain(PROBE_KEY);
		expect(seen).toHaveLength(1);
	});

	it.each([
		{
			status: 404,
			body: '<html><h1>Not Found</h1></html>',
			message: 'Probe answered with HTTP 404',
		},
		{ status: 400, body: { unexpected: 'shape' }, message: 'Probe answered with HTTP 400' },
		{ status: 409, body: '{"fault":{"text":"Already exists"}}', message: 'Already exists' },
	])(
		'$status: the vendor message from any JSON body, else the status',
		async ({ status, body, message }) => {
			const { api } = probeApi();
			api.delete('/v1/things').reply(status, body);
			const result = await runProbe(send('DELETE'));
			expect(failureOf(result)).toMatchObject({
				type: 'NodeApiError',
				message,
				httpCode: String(status),
			});
		},
	);

	it('401: the core adds no retry; n8n-core re-sends once after a 401 and then fails', async () => {
		const { api, seen } = probeApi();
		api
			.get('/v1/things')
			.times(3)
			.reply(401, { fault: { text: 'Unknown API key' } });

		const result = await runProbe(send('GET'));

		expect(failureOf(result)).toMatchObject({
			type: 'NodeApiError',
			message: 'Unknown API key',
			httpCode: '401',
			itemIndex: 0,
		});
		expect(seen).toEqual(seenAs('GET', 2));
		expect(clock.waits()).toEqual([]);
	});

	it('sends the query and JSON body exactly as given, signed with the Bearer key', async () => {
		const { api, seen } = probeApi();
		api
			.put('/v1/things/7')
			.query({ expand: 'owner', tag: ['a', 'b'] })
			.reply(200, { id: 7 });

		const result = await runProbe({
			...send('PUT', '/things/7'),
			qs: JSON.stringify({ expand: 'owner', tag: ['a', 'b'] }),
			body: JSON.stringify({ name: 'Ana', nested: { n: 1 } }),
		});

		expect(result.output('Probe')).toEqual([{ status: 200, body: { id: 7 } }]);
		// n8n serializes arrays in the query with indices.
		expect(seen).toEqual([
			{
				method: 'PUT',
				path: '/v1/things/7?expand=owner&tag%5B0%5D=a&tag%5B1%5D=b',
				body: { name: 'Ana', nested: { n: 1 } },
			},
		]);
		expect(api.isDone()).toBe(true);
	});
});

describe('retry by effect, not by method', () => {
	const payment = (effect: string) => ({
		...send('PUT', '/things/7/receive'),
		effect,
	});
	const seenPuts = (times: number) => seenAs('PUT', times, '/v1/things/7/receive');

	it.each([
		{ fault: 'HTTP 500', reply: (i: nock.Interceptor) => i.reply(500, fault(500)) },
		{ fault: 'HTTP 503', reply: (i: nock.Interceptor) => i.reply(503, fault(503)) },
		{ fault: 'HTTP 408', reply: (i: nock.Interceptor) => i.reply(408, fault(408)) },
		{
			fault: 'ECONNRESET',
			reply: (i: nock.Interceptor) => i.replyWithError(networkError('ECONNRESET')),
		},
		{
			fault: 'ETIMEDOUT',
			reply: (i: nock.Interceptor) => i.replyWithError(networkError('ETIMEDOUT')),
		},
	])(
		'a PUT that adds up (a payment) is sent once after $fault and says the outcome is unknown',
		async ({ fault: name, reply }) => {
			const { api, seen } = probeApi();
			reply(api.put('/v1/things/7/receive'));
			api.put('/v1/things/7/receive').reply(200, { ok: true });

			const result = await runProbe(payment('additive'));

			const failure = failureOf(result);
			expect(failure.type).toBe('NodeApiError');
			expect(failure.description).toContain(outcomeUnknown(name));
			expect(seen).toEqual(seenPuts(1));
			expect(api.pendingMocks()).toHaveLength(1);
			expect(clock.waits()).toEqual([]);
		},
	);

	it('the same PUT without a declared effect is an idempotent update: resent after a 500', async () => {
		const { api, seen } = probeApi();
		api.put('/v1/things/7/receive').reply(500, fault(500));
		api.put('/v1/things/7/receive').reply(200, { ok: true });
		const result = await runProbe(payment(''));
		expect(result.output('Probe')).toEqual([{ status: 200, body: { ok: true } }]);
		expect(seen).toEqual(seenPuts(2));
	});

	it('a payment refused with 429 ("not processed") is resent after the wait', async () => {
		const { api, seen } = probeApi();
		api.put('/v1/things/7/receive').reply(429, fault(429), { 'Retry-After': '3' });
		api.put('/v1/things/7/receive').reply(200, { ok: true });
		const result = await runProbe(payment('additive'));
		expect(result.output('Probe')).toEqual([{ status: 200, body: { ok: true } }]);
		expect(seen).toEqual(seenPuts(2));
		expect(clock.waits()).toEqual([3000]);
	});

	it('a payment whose connection was refused never left: resent', async () => {
		const { api, seen } = probeApi();
		api.put('/v1/things/7/receive').replyWithError(networkError('ECONNREFUSED'));
		api.put('/v1/things/7/receive').reply(200, { ok: true });
		const result = await runProbe(payment('additive'));
		expect(result.output('Probe')).toEqual([{ status: 200, body: { ok: true } }]);
		expect(seen).toEqual(seenPuts(2));
	});

	it('a payment refused with 422 fails with the vendor message only (the outcome is known)', async () => {
		const { api, seen } = probeApi();
		api.put('/v1/things/7/receive').reply(422, fault(422));
		const result = await runProbe(payment('additive'));
		expect(failureOf(result)).toEqual({
			type: 'NodeApiError',
			message: 'Probe refused with 422',
			description: 'Check the thing',
			httpCode: '422',
			itemIndex: 0,
		});
		expect(seen).toEqual(seenPuts(1));
	});

	it('a search sent as POST declared a read is resent after a 502', async () => {
		const { api, seen } = probeApi();
		api.post('/v1/things').reply(502, fault(502));
		api.post('/v1/things').reply(200, { ok: true });
		const result = await runProbe({ ...send('POST'), effect: 'read' });
		expectSecondTrySucceeded(result, seen, 'POST');
	});

	it('with Continue On Fail each payment gets its own outcome-unknown item, none re-sent', async () => {
		const { api, seen } = probeApi();
		api.put('/v1/things/7/receive').reply(502, fault(502));
		api.put('/v1/things/7/receive').reply(200, { ok: true });
		const result = await runProbe(payment('additive'), {
			input: [{}, {}],
			continueOnFail: true,
		});
		expect(result.items('Probe')).toEqual([
			{
				json: {
					error: 'Probe refused with 502',
					description: `Check the thing ${outcomeUnknown('HTTP 502')}`,
				},
				pairedItem: { item: 0 },
			},
			{ json: { status: 200, body: { ok: true } }, pairedItem: { item: 1 } },
		]);
		expect(seen).toEqual(seenPuts(2));
	});
});

describe('a Delete whose retry finds nothing', () => {
	const note = (first: string, status: number) =>
		`The first attempt failed with ${first} and the retry found no record (HTTP ${status}): the first attempt deleted it.`;

	it.each([
		{ operation: 'delete', first: 502, status: 404 },
		{ operation: 'delete', first: 500, status: 410 },
		{ operation: 'deleteEnveloped', first: 503, status: 404 },
	])(
		'$operation: $first, then $status on the retry → deleted, with a note',
		async ({ operation, first, status }) => {
			const { api, seen } = probeApi();
			api.delete('/v1/things/9/notes').reply(first, fault(first));
			api.delete('/v1/things/9/notes').reply(status, fault(status));
			const result = await runProbe({ resource: 'thing', operation, value: '9' });
			expect(result.error).toBeUndefined();
			expect(result.output('Probe')).toEqual([
				{ deleted: true, note: note(`HTTP ${first}`, status) },
			]);
			expect(seen).toHaveLength(2);
			expect(clock.waits()).toEqual([FIRST_BACKOFF]);
		},
	);

	it('a reset connection, then 404: deleted', async () => {
		const { api, seen } = probeApi();
		api.delete('/v1/things/9/notes').replyWithError(networkError('ECONNRESET'));
		api.delete('/v1/things/9/notes').reply(404, fault(404));
		const result = await runProbe({ resource: 'thing', operation: 'delete', value: '9' });
		expect(result.output('Probe')).toEqual([{ deleted: true, note: note('ECONNRESET', 404) }]);
		expect(seen).toHaveLength(2);
	});

	it.each([404, 410])(
		'a %s on the first attempt is a failure (nothing was deleted by us)',
		async (status) => {
			const { api, seen } = probeApi();
			api.delete('/v1/things/9/notes').reply(status, fault(status));
			const result = await runProbe({ resource: 'thing', operation: 'delete', value: '9' });
			expect(failureOf(result)).toEqual({
				type: 'NodeApiError',
				message: `Probe refused with ${status}`,
				description: 'Check the thing',
				httpCode: String(status),
				itemIndex: 0,
			});
			expect(seen).toHaveLength(1);
		},
	);

	it('a 429 then a 404 is a failure: the 429 was not processed, so nothing was deleted', async () => {
		const { api, seen } = probeApi();
		api.delete('/v1/things/9/notes').reply(429, fault(429), { 'Retry-After': '1' });
		api.delete('/v1/things/9/notes').reply(404, fault(404));
		const result = await runProbe({ resource: 'thing', operation: 'delete', value: '9' });
		expect(failureOf(result)).toMatchObject({ message: 'Probe refused with 404', httpCode: '404' });
		expect(seen).toHaveLength(2);
	});
});

describe('a 429 whose reset is beyond the wait bound', () => {
	it('fails at once with the reset time, without futile retries, and holds the other items', async () => {
		const { api, seen } = probeApi();
		const resetAt = T0 / 1000 + 3600;
		api.get('/v1/things').reply(429, fault(429), {
			'X-RateLimit-Limit': '1000',
			'X-RateLimit-Remaining': '0',
			'X-RateLimit-Reset': String(resetAt),
		});
		api.get('/v1/things').reply(200, { ok: true });

		const result = await runProbe(send('GET'), { input: [{}, {}], continueOnFail: true });

		const failed = {
			error: 'Probe refused with 429',
			description: `Check the thing Probe asked to wait 3600 s (until ${new Date(resetAt * 1000).toISOString()}), longer than the 30 s this node waits; run it again after that time.`,
		};
		// The second item does not send a request the vendor would refuse: it fails the same way.
		expect(result.items('Probe').map(({ json }) => json)).toEqual([
			failed,
			{
				error: `Probe's rate limit is used up until ${new Date(resetAt * 1000).toISOString()}`,
				description:
					'Probe refused an earlier request with HTTP 429 and asked to wait 3600 s, longer than the 30 s this node waits; run it again after that time.',
			},
		]);
		expect(seen).toEqual(seenAs('GET', 1));
		expect(clock.waits()).toEqual([]);
	});

	it('a reset within the bound is waited out once, then the request is resent', async () => {
		const { api, seen } = probeApi();
		api.get('/v1/things').reply(429, fault(429), {
			'X-RateLimit-Limit': '1000',
			'X-RateLimit-Remaining': '0',
			'X-RateLimit-Reset': '20',
		});
		api.get('/v1/things').reply(200, { ok: true });
		const result = await runProbe(send('GET'));
		expect(result.output('Probe')).toEqual([{ status: 200, body: { ok: true } }]);
		expect(seen).toEqual(seenAs('GET', 2));
		expect(clock.waits()).toEqual([20_000]);
	});
});
