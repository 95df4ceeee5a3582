import '../harness/mock-sleep';

import type { IDataObject, IExecuteFunctions, IHttpRequestOptions } from 'n8n-workflow';

import { MAX_PAGES, pageFetching, paginate } from '../../nodes/shared/paginate';
import { WorkflowHarness } from '../../harness/run-workflow';
import {
	failureOf,
	Probe,
	ProbeApi,
	PROBE_BASE,
	PROBE_KEY,
	PROBE_ORIGIN,
	probeApi,
	probeNode,
	probeProfile,
	runProbe,
	useFakeClock,
} from './probe';

const clock = useFakeClock();
beforeEach(() => jest.spyOn(Math, 'random').mockReturnValue(0.5));

const records = (from: number, to: number) =>
	Array.from({ length: to - from + 1 }, (_, index) => ({ id: from + index }));
const list = (parameters: IDataObject) => ({
	resource: 'list',
	operation: 'read',
	path: '/things',
	...parameters,
});

/**
 * A vendor with `total` records served as `?page=&limit=` pages, the way page-number APIs
 * address them: page p of size s holds records (p-1)*s+1 … p*s.
 */
function pagedServer(total: number, { defaultSize = 10 } = {}) {
	const probe = probeApi();
	probe.api
		.get('/v1/things')
		.query(true)
		.times(50)
		.reply((uri) => {
			const query = new URL(uri, PROBE_ORIGIN).searchParams;
			const page = Number(query.get('page'));
			const size = Number(query.get('limit') ?? defaultSize);
			const data = records((page - 1) * size + 1, Math.min(total, page * size));
			return [200, { data, pagination: { page, pages: Math.ceil(total / size) } }];
		});
	return probe;
}

describe('total-pages strategy (page + limit parameters)', () => {
	it.each([
		{
			name: 'Limit smaller than a page: one request',
			limit: 3,
			pageSize: 100,
			pages: [[1, 3]],
			out: [1, 3],
		},
		{
			name: 'Limit of exactly two pages',
			limit: 200,
			pageSize: 100,
			pages: [
				[1, 100],
				[2, 100],
			],
			out: [1, 200],
		},
		{
			// The page size stays the same on every page: page 2 of size 50 would be records 51–100 again.
			name: 'Limit across a page boundary keeps the page size and slices',
			limit: 150,
			pageSize: 100,
			pages: [
				[1, 100],
				[2, 100],
			],
			out: [1, 150],
		},
		{
			name: 'Limit beyond what exists',
			limit: 40,
			pageSize: 20,
			pages: [
				[1, 20],
				[2, 20],
			],
			out: [1, 25],
			total: 25,
		},
	])('$name', async ({ limit, pageSize, pages, out, total = 250 }) => {
		const { seen } = pagedServer(total);
		const result = await runProbe(list({ limit, pageSize, qs: '{"status":"open"}' }));
		expect(result.output('Probe')).toEqual(records(out[0], out[1]));
		expect(seen).toEqual(
			pages.map(([page, size]) => ({
				method: 'GET',
				path: `/v1/things?status=open&page=${page}&limit=${size}`,
			})),
		);
	});

	it('Return All reads every page at the largest size, each paired to its item', async () => {
		const { seen } = pagedServer(250);
		const result = await runProbe(list({ returnAll: true, pageSize: 100 }));
		expect(result.output('Probe')).toEqual(records(1, 250));
		expect(result.items('Probe').map((item) => item.pairedItem)).toEqual(
			records(1, 250).map(() => ({ item: 0 })),
		);
		expect(seen.map((request) => request.path)).toEqual([
			'/v1/things?page=1&limit=100',
			'/v1/things?page=2&limit=100',
			'/v1/things?page=3&limit=100',
		]);
	});

	it('an empty list is one request and no output', async () => {
		const { seen } = pagedServer(0);
		const result = await runProbe(list({ returnAll: true }));
		expect(result.error).toBeUndefined();
		expect(result.output('Probe')).toEqual([]);
		expect(seen).toHaveLength(1);
	});

	it('a Limit of 0 (from an expression) sends nothing and fails the item', async () => {
		const { seen } = pagedServer(10);
		const result = await runProbe(list({ limit: '={{ 0 }}' }));
		expect(failureOf(result).message).toBe('"Limit" must be a whole number of 1 or more');
		expect(seen).toEqual([]);
	});

	it('a page that fails with 503 is retried and the list goes on', async () => {
		const { api, seen } = probeApi();
		api
			.get('/v1/things')
			.query({ page: 1, limit: 2 })
			.reply(200, { data: records(1, 2), pagination: { pages: 2 } });
		api.get('/v1/things').query({ page: 2, limit: 2 }).reply(503, {});
		api
			.get('/v1/things')
			.query({ page: 2, limit: 2 })
			.reply(200, { data: records(3, 4), pagination: { pages: 2 } });
		const result = await runProbe(list({ returnAll: true, pageSize: 2 }));
		expect(result.output('Probe')).toEqual(records(1, 4));
		expect(seen.map((request) => request.path)).toEqual([
			'/v1/things?page=1&limit=2',
			'/v1/things?page=2&limit=2',
			'/v1/things?page=2&limit=2',
		]);
		expect(clock.waits()).toEqual([750]);
	});

	it('a page that fails with 404 fails the item with the vendor message', async () => {
		const { api } = probeApi();
		api
			.get('/v1/things')
			.query({ page: 1, limit: 2 })
			.reply(200, { data: records(1, 2), pagination: { pages: 9 } });
		api
			.get('/v1/things')
			.query({ page: 2, limit: 2 })
			.reply(404, { fault: { text: 'Page gone' } });
		api
			.get('/v1/things')
			.query({ page: 1, limit: 2 })
			.reply(200, { data: records(5, 5), pagination: { pages: 1 } });
		const result = await runProbe(list({ returnAll: true, pageSize: 2 }), {
			input: [{}, {}],
			continueOnFail: true,
		});
		expect(result.items('Probe')).toEqual([
			{ json: { error: 'Page gone', description: null }, pairedItem: { item: 0 } },
			{ json: { id: 5 }, pairedItem: { item: 1 } },
		]);
	});
});

describe('next-page strategy (vendor-fixed page size)', () => {
	const page = (from: number, to: number, next: number | null) => ({
		data: records(from, to),
		pagination: { next },
	});

	it('Limit smaller than the fixed page: one request, sliced', async () => {
		const { api, seen } = probeApi();
		api
			.get('/v1/things')
			.query({ page: 1 })
			.reply(200, page(1, 10, 2));
		const result = await runProbe(list({ strategy: 'nextPage', pageSize: 10, limit: 3 }));
		expect(result.output('Probe')).toEqual(records(1, 3));
		expect(seen).toEqual([{ method: 'GET', path: '/v1/things?page=1' }]);
	});

	it('Return All follows next until null', async () => {
		const { api, seen } = probeApi();
		api
			.get('/v1/things')
			.query({ page: 1 })
			.reply(200, page(1, 10, 2));
		api
			.get('/v1/things')
			.query({ page: 2 })
			.reply(200, page(11, 20, 3));
		api
			.get('/v1/things')
			.query({ page: 3 })
			.reply(200, page(21, 24, null));
		const result = await runProbe(list({ strategy: 'nextPage', pageSize: 10, returnAll: true }));
		expect(result.output('Probe')).toEqual(records(1, 24));
		expect(seen.map((request) => request.path)).toEqual([
			'/v1/things?page=1',
			'/v1/things?page=2',
			'/v1/things?page=3',
		]);
	});
});

describe('a misbehaving server cannot loop the list', () => {
	it.each([
		{
			name: 'the same page forever (claims 1000 pages)',
			strategy: 'totalPages',
			pages: [
				{ data: records(1, 2), pagination: { pages: 1000 } },
				{ data: records(1, 2), pagination: { pages: 1000 } },
			],
			out: records(1, 2),
		},
		{
			name: 'totals overstated: 1000 pages, then an empty one',
			strategy: 'totalPages',
			pages: [
				{ data: records(1, 2), pagination: { pages: 1000 } },
				{ data: [], pagination: { pages: 1000 } },
			],
			out: records(1, 2),
		},
		{
			name: 'next page names the same page',
			strategy: 'nextPage',
			pages: [{ data: records(1, 2), pagination: { next: 1 } }],
			out: records(1, 2),
		},
		{
			name: 'next page goes backwards',
			strategy: 'nextPage',
			pages: [
				{ data: records(1, 2), pagination: { next: 2 } },
				{ data: records(3, 4), pagination: { next: 1 } },
			],
			out: records(1, 4),
		},
		{
			name: 'next page is not a number',
			strategy: 'nextPage',
			pages: [{ data: records(1, 2), pagination: { next: 'more' } }],
			out: records(1, 2),
		},
		{
			name: 'a later page repeats an earlier one',
			strategy: 'nextPage',
			pages: [
				{ data: records(1, 2), pagination: { next: 2 } },
				{ data: records(3, 4), pagination: { next: 3 } },
				{ data: records(1, 2), pagination: { next: 4 } },
			],
			out: records(1, 4),
		},
	])('$name: stops after $pages.length requests', async ({ strategy, pages, out }) => {
		const { api, seen } = probeApi();
		for (const body of pages) api.get('/v1/things').query(true).reply(200, body);
		api
			.get('/v1/things')
			.query(true)
			.times(5)
			.reply(200, pages[pages.length - 1]);

		const result = await runProbe(list({ strategy, returnAll: true, pageSize: 2 }));

		expect(result.output('Probe')).toEqual(out);
		expect(seen).toHaveLength(pages.length);
		expect(
			seen.map((request) => new URL(request.path, PROBE_ORIGIN).searchParams.get('page')),
		).toEqual(pages.map((_, index) => String(index + 1)));
	});

	it(`reads at most MAX_PAGES (${MAX_PAGES}) pages from a server with endless distinct pages`, async () => {
		// Without HTTP: a context whose request helper answers page n with record n and next n+1.
		const send = jest.fn(async (_type: string, options: IHttpRequestOptions) => {
			const page = Number(options.qs?.page);
			return {
				statusCode: 200,
				headers: {},
				body: { data: [{ id: page }], pagination: { next: page + 1 } },
			};
		});
		const context = {
			getCredentials: async () => ({ apiKey: 'k', baseUrl: PROBE_BASE }),
			getNode: () => ({ name: 'Probe' }),
			helpers: { httpRequestWithAuthentication: send },
		} as unknown as IExecuteFunctions;

		const read = await paginate.call(
			context,
			probeProfile('nextPage', 1),
			{ method: 'GET', path: '/things' },
			{ returnAll: true, limit: 0 },
		);

		expect(send).toHaveBeenCalledTimes(MAX_PAGES);
		expect(read).toHaveLength(MAX_PAGES);
		expect(read[MAX_PAGES - 1]).toEqual({ id: MAX_PAGES });
		expect(send.mock.calls[MAX_PAGES - 1][1]).toMatchObject({
			method: 'GET',
			url: '/things',
			qs: { page: MAX_PAGES },
		});
	});
});

describe('page count known up front: pages after the second read several at a time', () => {
	/**
	 * `total` records as `?page=&limit=` pages stating their count, each answered after a few
	 * milliseconds, recording how many requests were under way at most.
	 */
	function slowPagedServer(total: number, { pages = undefined as number | undefined } = {}) {
		const probe = probeApi();
		const load = { underWay: 0, most: 0 };
		probe.api
			.get('/v1/things')
			.query(true)
			.times(100)
			.reply(async (uri) => {
				load.underWay++;
				load.most = Math.max(load.most, load.underWay);
				await new Promise((resolve) => setTimeout(resolve, 5));
				load.underWay--;
				const query = new URL(uri, PROBE_ORIGIN).searchParams;
				const page = Number(query.get('page'));
				const size = Number(query.get('limit'));
				const data = records((page - 1) * size + 1, Math.min(total, page * size));
				return [200, { data, pagination: { page, pages: pages ?? Math.ceil(total / size) } }];
			});
		return { ...probe, load };
	}
	const pageOf = (request: { path: string }) =>
		Number(new URL(request.path, PROBE_ORIGIN).searchParams.get('page'));

	afterEach(() => {
		pageFetching.concurrency = 4;
	});

	it('Return All: two pages one at a time, then at most 4 under way; output in page order', async () => {
		const { seen, load } = slowPagedServer(1000);
		const result = await runProbe(list({ returnAll: true, pageSize: 100 }));
		expect(result.error).toBeUndefined();
		expect(result.output('Probe')).toEqual(records(1, 1000));
		expect(seen.slice(0, 2).map(pageOf)).toEqual([1, 2]);
		expect(seen.map(pageOf).sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
		expect(seen.every((request) => request.path.endsWith('limit=100'))).toBe(true);
		expect(load.most).toBe(4);
	});

	it('pageFetching.concurrency = 1 reads one page at a time', async () => {
		pageFetching.concurrency = 1;
		const { seen, load } = slowPagedServer(1000);
		const result = await runProbe(list({ returnAll: true, pageSize: 100 }));
		expect(result.output('Probe')).toEqual(records(1, 1000));
		expect(seen.map(pageOf)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
		expect(load.most).toBe(1);
	});

	it('a Limit reads only the pages it needs', async () => {
		const { seen } = slowPagedServer(1000);
		const result = await runProbe(list({ limit: 450, pageSize: 100 }));
		expect(result.output('Probe')).toEqual(records(1, 450));
		expect(seen.map(pageOf).sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5]);
	});

	it('totals overstated: stops at the first empty page, after the requests under way', async () => {
		// 6 records of 2 a page, but 1000 pages claimed: pages 3–6 go out together, page 4 is
		// empty; page 7 was started when page 3 was taken.
		const { seen, load } = slowPagedServer(6, { pages: 1000 });
		const result = await runProbe(list({ returnAll: true, pageSize: 2 }));
		expect(result.output('Probe')).toEqual(records(1, 6));
		expect(seen.map(pageOf).sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7]);
		expect(load.underWay).toBe(0);
	});

	it('a failed page fails the item with the vendor message', async () => {
		const { api } = probeApi();
		for (const page of [1, 2, 3, 5, 6]) {
			api
				.get('/v1/things')
				.query({ page, limit: 2 })
				.reply(200, { data: records(page * 2 - 1, page * 2), pagination: { pages: 6 } });
		}
		api
			.get('/v1/things')
			.query({ page: 4, limit: 2 })
			.reply(404, { fault: { text: 'Page gone' } });
		const result = await runProbe(list({ returnAll: true, pageSize: 2 }), { continueOnFail: true });
		expect(result.items('Probe')).toEqual([
			{ json: { error: 'Page gone', description: null }, pairedItem: { item: 0 } },
		]);
	});
});

describe('Limit below 1 is refused before any request', () => {
	it.each([
		{ limit: 0, got: '0' },
		{ limit: -5, got: '-5' },
		{ limit: 2.5, got: '2.5' },
	])(
		'Limit $limit: a NodeOperationError naming Limit and the item, nothing sent',
		async ({ limit, got }) => {
			const { seen } = pagedServer(5);
			const result = await runProbe(list({ limit }));
			expect(failureOf(result)).toEqual({
				type: 'NodeOperationError',
				message: '"Limit" must be a whole number of 1 or more',
				description: `Got ${got} on item 0. Set Limit to how many records to return, or turn on Return All.`,
				httpCode: undefined,
				itemIndex: 0,
			});
			expect(seen).toEqual([]);
		},
	);

	it('Continue On Fail: the item with Limit 0 fails alone, its neighbour is read', async () => {
		const { seen } = pagedServer(5);
		const result = await runProbe(list({ limit: '={{ $json.limit }}' }), {
			input: [{ limit: 0 }, { limit: 2 }],
			continueOnFail: true,
		});
		expect(result.items('Probe')).toEqual([
			{
				json: {
					error: '"Limit" must be a whole number of 1 or more',
					description:
						'Got 0 on item 0. Set Limit to how many records to return, or turn on Return All.',
				},
				pairedItem: { item: 0 },
			},
			{ json: { id: 1 }, pairedItem: { item: 1 } },
			{ json: { id: 2 }, pairedItem: { item: 1 } },
		]);
		expect(seen.map((request) => request.path)).toEqual(['/v1/things?page=1&limit=2']);
	});

	it('Limit as a whole-number string (what $fromAI may send) is read as that number', async () => {
		const { seen } = pagedServer(5);
		const result = await runProbe(list({ limit: '3' }));
		expect(result.output('Probe')).toEqual(records(1, 3));
		expect(seen.map((request) => request.path)).toEqual(['/v1/things?page=1&limit=3']);
	});

	it('Return All ignores Limit, even 0', async () => {
		const { seen } = pagedServer(3);
		const result = await runProbe(list({ returnAll: true, limit: 0 }));
		expect(result.output('Probe')).toEqual(records(1, 3));
		expect(seen.map((request) => request.path)).toEqual(['/v1/things?page=1&limit=100']);
	});
});

describe('an empty list as an AI Agent tool gets an explicit marker', () => {
	const emptyServer = () => {
		const probe = probeApi();
		probe.api
			.get('/v1/things')
			.query({ page: 1, limit: 50 })
			.reply(200, { data: [], pagination: { page: 1, pages: 0 } });
		return probe;
	};

	it('run as a tool (the node type n8n makes of a node usableAsTool): one item saying so', async () => {
		const { seen } = emptyServer();
		const harness = new WorkflowHarness({
			nodeTypes: { probeTool: new Probe() },
			credentialTypes: [new ProbeApi()],
			credentials: [
				{
					id: 'probe',
					name: 'Probe',
					type: 'probeApi',
					data: { apiKey: PROBE_KEY, baseUrl: PROBE_BASE },
				},
			],
		});
		const result = await harness.runChain(
			[{}],
			[{ ...probeNode(list({ limit: 50 })), type: 'probeTool' }],
		);
		expect(result.items('Probe')).toEqual([
			{
				json: { empty: true, count: 0, message: 'No list records found' },
				pairedItem: { item: 0 },
			},
		]);
		expect(seen.map((request) => request.path)).toEqual(['/v1/things?page=1&limit=50']);
	});

	it('in a workflow: no items, as n8n’s own nodes (Always Output Data is the user’s switch)', async () => {
		const { seen } = emptyServer();
		const result = await runProbe(list({ limit: 50 }));
		expect(result.error).toBeUndefined();
		expect(result.items('Probe')).toEqual([]);
		expect(seen.map((request) => request.path)).toEqual(['/v1/things?page=1&limit=50']);
	});
});
