// Items in flight at real time (no mocked sleep): a 429 holds every item under way, the
// credential's rate budget holds with several items at once, and a create is never sent twice.
import { resetRateStates } from '../../nodes/shared/request';
import { sonarApi, sonarHarness, sonarNode } from '../sonar/sonar-harness';
import { probeApi, runProbe } from './probe';

beforeEach(() => resetRateStates());

const numbered = (count: number) => Array.from({ length: count }, (_, n) => ({ n }));
const createThing = (requestsInParallel: number, extra: Record<string, unknown> = {}) => ({
	resource: 'http',
	operation: 'send',
	method: 'POST',
	path: '=/things/{{ $json.n }}',
	body: '={{ { "n": $json.n } }}',
	requestsInParallel,
	...extra,
});

/** Arrival time and item number of every request the server received. */
interface Arrival {
	at: number;
	n: number;
	status: number;
}

describe('Requests in Parallel at real time', () => {
	it('a 429 to one item holds every item under way until the time the vendor asked for', async () => {
		const arrivals: Arrival[] = [];
		let refusedAt = 0;
		probeApi()
			.api.persist()
			.post(/\/v1\/things\/\d+$/)
			.reply(function (uri, _body, callback) {
				const n = Number(uri.split('/').pop());
				const at = Date.now();
				// The fourth request to arrive is refused, once.
				const status = arrivals.length === 3 ? 429 : 200;
				arrivals.push({ at, n, status });
				if (status === 429) {
					refusedAt = at;
					callback(null, [429, { fault: { text: 'Slow down' } }, { 'Retry-After': '1' }]);
					return;
				}
				// Long enough to tell a request sent with the refused one (it arrives within a few
				// ms) from one sent after an answer freed its lane (200 ms or more later).
				setTimeout(() => callback(null, [200, { id: n }]), 200);
			});

		const result = await runProbe(createThing(4), { input: numbered(12) });

		expect(result.error).toBeUndefined();
		expect(result.items('Probe').map((item) => item.json.body)).toEqual(
			numbered(12).map(({ n }) => ({ id: n })),
		);
		// Every item created once; the refused one sent again once (a 429 is not processed).
		const accepted = arrivals.filter((arrival) => arrival.status === 200).map(({ n }) => n);
		expect(accepted.sort((a, b) => a - b)).toEqual(numbered(12).map(({ n }) => n));
		expect(arrivals).toHaveLength(13);
		// After the 429, nothing reached the server for the second it asked for: the items that
		// were under way finished, and none of their next requests left before the hold ended
		// (requests sent together with the refused one arrive within a few ms of it).
		const after = arrivals.filter((arrival) => arrival.at > refusedAt + 100);
		expect(after.length).toBeGreaterThan(4);
		for (const arrival of after) expect(arrival.at).toBeGreaterThanOrEqual(refusedAt + 990);
	});

	it('several items at once keep to the budget the vendor reports: no 429, no window over its limit', async () => {
		const limit = 10;
		const windowMs = 1000;
		let windowStart = 0;
		let used = 0;
		const perWindow: number[] = [];
		const arrivals: Arrival[] = [];
		probeApi()
			.api.persist()
			.post(/\/v1\/things\/\d+$/)
			.reply(function (uri, _body, callback) {
				const n = Number(uri.split('/').pop());
				const at = Date.now();
				if (at - windowStart >= windowMs) {
					windowStart = at;
					used = 0;
					perWindow.push(0);
				}
				used++;
				const status = used > limit ? 429 : 200;
				if (status === 200) perWindow[perWindow.length - 1]++;
				arrivals.push({ at, n, status });
				const headers = {
					'X-RateLimit-Limit': String(limit),
					'X-RateLimit-Remaining': String(Math.max(0, limit - used)),
				};
				setTimeout(
					() =>
						callback(
							null,
							status === 200
								? [200, { id: n }, headers]
								: [429, { fault: { text: 'Slow down' } }, headers],
						),
					20,
				);
			});

		const result = await runProbe(createThing(5, { rateWindowMs: windowMs }), {
			input: numbered(25),
		});

		expect(result.error).toBeUndefined();
		expect(result.items('Probe').map((item) => item.json.body)).toEqual(
			numbered(25).map(({ n }) => ({ id: n })),
		);
		expect(arrivals.filter((arrival) => arrival.status === 429)).toEqual([]);
		expect(arrivals).toHaveLength(25);
		expect(Math.max(...perWindow)).toBeLessThanOrEqual(limit);
	}, 15_000);

	it('a create whose answer is lost is not sent again while the other items go on', async () => {
		const arrivals: Arrival[] = [];
		probeApi()
			.api.persist()
			.post(/\/v1\/things\/\d+$/)
			.reply(function (uri, _body, callback) {
				const n = Number(uri.split('/').pop());
				const status = n === 3 ? 502 : 200;
				arrivals.push({ at: Date.now(), n, status });
				setTimeout(
					() =>
						callback(
							null,
							status === 200 ? [200, { id: n }] : [502, { fault: { text: 'Bad gateway' } }],
						),
					10,
				);
			});

		const result = await runProbe(createThing(4), { input: numbered(8), continueOnFail: true });

		expect(result.items('Probe').map((item) => item.pairedItem)).toEqual(
			numbered(8).map(({ n }) => ({ item: n })),
		);
		expect(result.items('Probe')[3].json).toMatchObject({ error: 'Bad gateway' });
		expect(arrivals.map(({ n }) => n).sort((a, b) => a - b)).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
	});

	it('Sonar Marketing sends 20 items at once by default (the first alone), each created once, output in input order', async () => {
		let underWay = 0;
		let most = 0;
		const titles: string[] = [];
		sonarApi()
			.persist()
			.post('/api/v1/deals')
			.reply(function (_uri, body, callback) {
				const { title } = body as { title: string };
				titles.push(title);
				underWay++;
				most = Math.max(most, underWay);
				// Later items answer sooner, so answers come back out of order.
				const delay = 40 - Number(title.split(' ').pop());
				setTimeout(() => {
					underWay--;
					callback(null, [201, { success: true, data: { id: `deal-${title}`, title } }]);
				}, delay);
			});
		const input = Array.from({ length: 26 }, (_, n) => ({ title: `Deal ${n}` }));

		const result = await sonarHarness().runChain(input, [
			sonarNode('Create', { resource: 'deal', operation: 'create', title: '={{ $json.title }}' }),
		]);

		expect(result.error).toBeUndefined();
		expect(result.items('Create')).toEqual(
			input.map(({ title }, n) => ({
				json: { id: `deal-${title}`, title },
				pairedItem: { item: n },
			})),
		);
		expect(most).toBe(20);
		expect([...titles].sort()).toEqual(input.map(({ title }) => title).sort());
	});
});
