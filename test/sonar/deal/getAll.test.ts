import { dealListQuery, listEnvelope } from '../../../sandbox/contracts/sonar';
import { sonarApi, sonarHarness, sonarNode } from '../sonar-harness';

const deals = (from: number, count: number) =>
	Array.from({ length: count }, (_, index) => ({
		id: `d-${from + index}`,
		title: `Deal ${from + index}`,
	}));

function page(data: ReturnType<typeof deals>, pageNumber: number, limit: number, total: number) {
	return listEnvelope.parse({
		success: true,
		data,
		pagination: { page: pageNumber, limit, total, pages: Math.ceil(total / limit) },
	});
}

async function getMany(parameters: Record<string, unknown>) {
	return await sonarHarness().runChain(
		[{}],
		[sonarNode('List', { resource: 'deal', operation: 'getAll', ...parameters })],
	);
}

describe('Sonar Marketing › Deal › Get Many', () => {
	it('asks for one page of Limit records and outputs them one item each', async () => {
		const queries: unknown[] = [];
		const api = sonarApi()
			.get('/api/v1/deals')
			.query((query) => queries.push(query) > 0)
			.reply(200, page(deals(1, 5), 1, 5, 45));

		const result = await getMany({ returnAll: false, limit: 5 });

		expect(result.error).toBeUndefined();
		expect(api.isDone()).toBe(true);
		expect(queries.map((query) => dealListQuery.parse(query))).toEqual([{ page: 1, limit: 5 }]);
		expect(result.output('List')).toEqual(deals(1, 5));
	});

	it('sends every documented filter and the sort with the API names', async () => {
		const queries: unknown[] = [];
		sonarApi()
			.get('/api/v1/deals')
			.query((query) => queries.push(query) > 0)
			.reply(200, page(deals(1, 2), 1, 10, 2));

		const result = await getMany({
			returnAll: false,
			limit: 10,
			filters: {
				status: 'ativo',
				phase: 'proposta',
				client_id: 'cli-uuid',
				responsible_id: 'user-uuid',
				source: 'indicacao',
				min_value: 5000,
				max_value: 20000,
				from: '2026-01-01T00:00:00',
				to: '2026-03-31',
				search: 'TechStore',
			},
			options: { sortBy: 'value', sortDirection: 'asc' },
		});

		expect(result.error).toBeUndefined();
		expect(queries).toEqual([
			{
				page: '1',
				limit: '10',
				status: 'ativo',
				phase: 'proposta',
				client_id: 'cli-uuid',
				responsible_id: 'user-uuid',
				source: 'indicacao',
				min_value: '5000',
				max_value: '20000',
				from: '2026-01-01',
				to: '2026-03-31',
				search: 'TechStore',
				sort: 'value',
			},
		]);
		expect(() => dealListQuery.parse(queries[0])).not.toThrow();
		expect(result.output('List')).toEqual(deals(1, 2));
	});

	it('sorts descending with the minus prefix', async () => {
		const api = sonarApi()
			.get('/api/v1/deals')
			.query({ page: '1', limit: '50', sort: '-expected_close_date' })
			.reply(200, page([], 1, 50, 0));

		const result = await getMany({
			returnAll: false,
			limit: 50,
			options: { sortBy: 'expected_close_date' },
		});

		expect(result.error).toBeUndefined();
		expect(api.isDone()).toBe(true);
		expect(result.output('List')).toEqual([]);
	});

	it('with Return All reads every page at 100 a page until pagination.pages', async () => {
		const api = sonarApi()
			.get('/api/v1/deals')
			.query({ page: '1', limit: '100', status: 'ativo' })
			.reply(200, page(deals(1, 100), 1, 100, 250))
			.get('/api/v1/deals')
			.query({ page: '2', limit: '100', status: 'ativo' })
			.reply(200, page(deals(101, 100), 2, 100, 250))
			.get('/api/v1/deals')
			.query({ page: '3', limit: '100', status: 'ativo' })
			.reply(200, page(deals(201, 50), 3, 100, 250));

		const result = await getMany({ returnAll: true, filters: { status: 'ativo' } });

		expect(result.error).toBeUndefined();
		expect(api.isDone()).toBe(true);
		expect(result.output('List')).toEqual(deals(1, 250));
	});

	it('refuses a malformed date filter before sending', async () => {
		const api = sonarApi()
			.get('/api/v1/deals')
			.query(true)
			.reply(200, page([], 1, 50, 0));

		const result = await getMany({ returnAll: true, filters: { from: 'ontem' } });

		expect(result.error?.message).toBe('"Created From" must be a date as YYYY-MM-DD');
		expect(api.isDone()).toBe(false);
	});
});
