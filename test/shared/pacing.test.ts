import '../harness/mock-sleep';

import { sleep } from 'n8n-workflow';

import { paceDelay, RateBudget } from '../../nodes/shared/rate-budget';
import { resetRateStates } from '../../nodes/shared/request';
import { retryAfterMs } from '../../nodes/shared/retry-policy';
import { probeApi, probeHarness, probeNode, runProbe, T0, useFakeClock } from './probe';

const clock = useFakeClock();
beforeEach(resetRateStates);

describe('pacing on X-RateLimit headers (two items, one request each)', () => {
	const budget = (limit: number, remaining: number, reset?: number) => ({
		'X-RateLimit-Limit': String(limit),
		'X-RateLimit-Remaining': String(remaining),
		...(reset === undefined ? {} : { 'X-RateLimit-Reset': String(reset) }),
	});

	it.each([
		{
			name: 'reset in seconds: the 10 s left spread over 5+1 requests',
			headers: budget(100, 5, 10),
			window: 0,
			waits: [1667],
		},
		{
			name: 'reset as epoch seconds',
			headers: budget(100, 5, T0 / 1000 + 12),
			window: 0,
			waits: [2000],
		},
		{
			// The window began at the latest with this answer: its 60 s spread over 5+1 requests.
			name: 'no reset, rateWindowMs known: the last fifth spread over the window',
			headers: budget(100, 5),
			window: 60_000,
			waits: [10_000],
		},
		{
			name: 'no reset, rateWindowMs known, nothing left: the window runs out (one window at most)',
			headers: budget(100, 0),
			window: 60_000,
			waits: [60_000],
		},
		{
			name: 'no reset and no rateWindowMs: nothing to spread over',
			headers: budget(100, 5),
			window: 0,
			waits: [],
		},
		{
			name: 'exactly a fifth left still paces',
			headers: budget(100, 20, 10),
			window: 0,
			waits: [477],
		},
		{
			name: 'more than a fifth left: no wait',
			headers: budget(100, 21, 10),
			window: 60_000,
			waits: [],
		},
		{ name: 'plenty left: no wait', headers: budget(60, 59, 60), window: 60_000, waits: [] },
		{
			// A forecast past the wait bound: the vendor decides (a 429 would say until when).
			name: 'nothing left, reset beyond the bound: sent without waiting',
			headers: budget(100, 0, 120),
			window: 0,
			waits: [],
		},
		{
			name: 'reset already past: no wait',
			headers: budget(100, 0, T0 / 1000 - 5),
			window: 0,
			waits: [],
		},
		{ name: 'no rate headers: no wait', headers: {}, window: 60_000, waits: [] },
		{
			name: 'garbage headers: no wait',
			headers: { 'X-RateLimit-Limit': 'many', 'X-RateLimit-Remaining': '1' },
			window: 60_000,
			waits: [],
		},
	])('$name', async ({ headers, window, waits }) => {
		const { api, seen } = probeApi();
		api.get('/v1/things').reply(200, { n: 1 }, headers);
		api.get('/v1/things').reply(200, { n: 2 });

		const result = await runProbe(
			{ resource: 'http', operation: 'send', method: 'GET', path: '/things', rateWindowMs: window },
			{ input: [{}, {}] },
		);

		expect(result.output('Probe')).toEqual([
			{ status: 200, body: { n: 1 } },
			{ status: 200, body: { n: 2 } },
		]);
		expect(seen).toHaveLength(2);
		expect(clock.waits()).toEqual(waits);
	});

	it('with a known window, no window ever holds more than the reported limit', async () => {
		const { api, seen } = probeApi();
		// Limit 3 a 10 s window; items 1–3 go at once, item 4 waits until item 1 leaves the
		// window, item 5 goes with it (items 2 and 3 left at the same time).
		for (const remaining of [2, 1, 0, 2, 1]) {
			api.get('/v1/things').reply(200, { remaining }, budget(3, remaining));
		}

		const result = await runProbe(
			{ resource: 'http', operation: 'send', method: 'GET', path: '/things', rateWindowMs: 10_000 },
			{ input: [{}, {}, {}, {}, {}] },
		);

		expect(result.output('Probe')).toHaveLength(5);
		expect(seen).toHaveLength(5);
		expect(clock.waits()).toEqual([10_000]);
	});

	it('requests the vendor counted from elsewhere shrink the room left in the window', async () => {
		const { api, seen } = probeApi();
		// 10 a window, but after our first request only 1 is left: 8 came from elsewhere. The
		// last one is spread over the window (10 s ÷ 2), then the window runs out (5 s more).
		api.get('/v1/things').reply(200, { n: 1 }, budget(10, 1));
		api.get('/v1/things').reply(200, { n: 2 }, budget(10, 0));
		api.get('/v1/things').reply(200, { n: 3 }, budget(10, 9));

		const result = await runProbe(
			{ resource: 'http', operation: 'send', method: 'GET', path: '/things', rateWindowMs: 10_000 },
			{ input: [{}, {}, {}] },
		);

		expect(result.output('Probe')).toHaveLength(3);
		expect(seen).toHaveLength(3);
		expect(clock.waits()).toEqual([5000, 5000]);
	});

	it('concurrent executions on one credential count each other: they do not all see the same budget', async () => {
		const { api, seen } = probeApi();
		api.get('/v1/things').reply(200, { n: 0 }, budget(100, 5, 10));
		// Each answer takes a (real) moment, so both requests are on their way at once.
		api.get('/v1/things').times(2).delay(50).reply(200, { n: 1 });
		const first = probeHarness();
		const second = probeHarness();
		const send = { resource: 'http', operation: 'send', method: 'GET', path: '/things' };
		await first.runChain([{}], [probeNode(send)]);
		// Time stands still, so both executions pace from the same instant.
		jest.mocked(sleep).mockImplementation(async () => undefined);

		const results = await Promise.all([
			first.runChain([{}], [probeNode(send)]),
			second.runChain([{}], [probeNode(send)]),
		]);

		expect(results.map((result) => result.output('Probe'))).toEqual([
			[{ status: 200, body: { n: 1 } }],
			[{ status: 200, body: { n: 1 } }],
		]);
		expect(seen).toHaveLength(3);
		// 10 s over 5+1 for the first; the second knows the first is on its way: 10 s over 4+1.
		expect([...clock.waits()].sort()).toEqual([1667, 2000]);
	});

	it('the budget a 429 reports is honoured too: Retry-After, then the rest of the window', async () => {
		const { api, seen } = probeApi();
		api.get('/v1/things').reply(429, {}, { 'Retry-After': '4', ...budget(10, 0, 10) });
		api.get('/v1/things').reply(200, { ok: true });

		const result = await runProbe({
			resource: 'http',
			operation: 'send',
			method: 'GET',
			path: '/things',
		});

		expect(result.output('Probe')).toEqual([{ status: 200, body: { ok: true } }]);
		expect(seen).toHaveLength(2);
		// 4 s asked, then the 6 s left of the window for the one request the budget allows.
		expect(clock.waits()).toEqual([4000, 6000]);
	});
});

describe('paceDelay', () => {
	it.each<{ name: string; remaining: number; windowEnd?: number; now: number; delay: number }>([
		{ name: 'above a fifth', remaining: 21, windowEnd: T0 + 10_000, now: T0, delay: 0 },
		{ name: 'a fifth', remaining: 20, windowEnd: T0 + 10_500, now: T0, delay: 500 },
		{ name: 'window end unknown', remaining: 4, now: T0, delay: 0 },
		{ name: 'window over', remaining: 4, windowEnd: T0, now: T0, delay: 0 },
		{
			name: 'nothing left: the whole rest',
			remaining: 0,
			windowEnd: T0 + 6000,
			now: T0,
			delay: 6000,
		},
		{ name: 'rounds up', remaining: 2, windowEnd: T0 + 1000, now: T0, delay: 334 },
	])('$name → $delay ms', ({ remaining, windowEnd, now, delay }) => {
		expect(paceDelay(remaining, 100, windowEnd, now)).toBe(delay);
	});
});

describe('retryAfterMs', () => {
	it.each([
		{ value: undefined, ms: undefined },
		{ value: '', ms: undefined },
		{ value: '  ', ms: undefined },
		{ value: '3', ms: 3000 },
		{ value: '0.25', ms: 250 },
		{ value: '-5', ms: 0 },
		{ value: 'Thu, 15 Jan 2026 12:00:42 GMT', ms: 42_000 },
		{ value: 'Thu, 15 Jan 2026 11:00:00 GMT', ms: 0 },
		{ value: 'later', ms: undefined },
	])('"$value" → $ms', ({ value, ms }) => {
		expect(retryAfterMs(value, T0)).toBe(ms);
	});
});

describe('RateBudget (one process, known window, no reset time)', () => {
	const report = (remaining: number) => ({
		'X-RateLimit-Limit': '60',
		'X-RateLimit-Remaining': String(remaining),
	});

	it('estimates the window end from the answer that showed a new window, never earlier', () => {
		const budget = new RateBudget(60_000);
		expect(budget.reserve(T0)).toBe(0);
		budget.release(report(59), T0 + 100);
		// Nothing left: wait until the estimated end (the answer's arrival + the window).
		expect(budget.reserve(T0 + 200)).toBe(0);
		budget.release(report(0), T0 + 300);
		expect(budget.blockedFor(T0 + 300)).toBe(60_000 - 200);
		expect(budget.blockedFor(T0 + 60_100)).toBe(0);
	});

	it('answers of its own requests arriving out of order do not pass for a new window', () => {
		const budget = new RateBudget(60_000);
		budget.reserve(T0);
		budget.release(report(30), T0 + 10);
		budget.reserve(T0 + 20);
		budget.reserve(T0 + 20);
		// The second request's answer (28) comes before the first one's (29).
		budget.release(report(28), T0 + 30);
		budget.release(report(29), T0 + 31);
		budget.reserve(T0 + 40);
		budget.release(report(0), T0 + 50);
		// Still the window seen at T0 + 10: it ends at T0 + 60 010.
		expect(budget.blockedFor(T0 + 50)).toBe(60_010 - 50);
	});

	it('another process spending the window shows in the shared count; the last fifth is spread over the time left', () => {
		const budget = new RateBudget(60_000);
		budget.reserve(T0);
		budget.release(report(59), T0);
		budget.reserve(T0 + 1000);
		// 47 requests of others in between: 12 left, a fifth of 60.
		budget.release(report(12), T0 + 1000);
		// 59 s left over 12 + 1 requests.
		expect(budget.reserve(T0 + 1000)).toBe(Math.ceil(59_000 / 13));
		// The next one waits its turn after that one, and on a count one lower.
		expect(budget.reserve(T0 + 1000)).toBe(Math.ceil(59_000 / 12));
	});

	it('a 429 with Retry-After holds every request and dates the window end', () => {
		const budget = new RateBudget(60_000);
		budget.reserve(T0);
		budget.release(report(0), T0);
		expect(budget.throttled(T0, 7000)).toBe(7000);
		budget.holdUntil(T0 + 7000);
		expect(budget.blockedFor(T0 + 1000)).toBe(6000);
		expect(budget.blockedFor(T0 + 7000)).toBe(0);
	});

	it('a 429 without Retry-After waits for the estimated window end; without any count, backs off', () => {
		const budget = new RateBudget(60_000);
		expect(budget.throttled(T0, undefined)).toBeUndefined();
		budget.reserve(T0);
		budget.release(report(0), T0 + 500);
		expect(budget.throttled(T0 + 1000, undefined)).toBe(59_500);
	});
});
