import { dealListQuery, listEnvelope } from '../../../sandbox/contracts/hivestr';
import { hivestrApi, queriesSeen, runHivestr, tokenExchange } from '../hivestr-harness';

const cards = (from: number, count: number) =>
	Array.from({ length: count }, (_, index) => ({
		id: `deal-${from + index}`,
		title: `Card ${from + index}`,
		pipeline_stage: 'Negociação',
	}));

const page = (data: ReturnType<typeof cards>, number: number, limit: number, total: number) =>
	listEnvelope.parse({
		success: true,
		data,
		pagination: { page: number, limit, total, total_pages: Math.ceil(total / limit) },
	});

describe('Hivestr › Pipeline Card › Get Many', () => {
	it('filters by client (picked from the list) and exact stage, one page of Limit', async () => {
		tokenExchange();
		const seen = queriesSeen();
		const api = hivestrApi()
			.get('/api/v1/public/pipeline/deals')
			.query(seen.match)
			.reply(200, page(cards(1, 2), 1, 2, 9));

		const result = await runHivestr({
			resource: 'deal',
			operation: 'getAll',
			returnAll: false,
			limit: 2,
			filters: {
				client_id: { __rl: true, mode: 'list', value: 'c-1' },
				pipeline_stage: 'Negociação',
			},
		});

		expect(result.error).toBeUndefined();
		expect(api.isDone()).toBe(true);
		expect(seen.queries.map((query) => dealListQuery.parse(query))).toEqual([
			{ page: 1, limit: 2, client_id: 'c-1', pipeline_stage: 'Negociação' },
		]);
		expect(result.output('Hivestr')).toEqual(cards(1, 2));
	});

	it('with Return All follows total_pages', async () => {
		tokenExchange();
		const api = hivestrApi()
			.get('/api/v1/public/pipeline/deals')
			.query({ page: '1', limit: '100' })
			.reply(200, page(cards(1, 100), 1, 100, 101))
			.get('/api/v1/public/pipeline/deals')
			.query({ page: '2', limit: '100' })
			.reply(200, page(cards(101, 1), 2, 100, 101));

		const result = await runHivestr({ resource: 'deal', operation: 'getAll', returnAll: true });

		expect(result.error).toBeUndefined();
		expect(api.isDone()).toBe(true);
		expect(result.output('Hivestr')).toEqual(cards(1, 101));
	});
});
