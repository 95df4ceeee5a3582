import { clientListQuery, listEnvelope } from '../../../sandbox/contracts/hivestr';
import { hivestrApi, queriesSeen, runHivestr, tokenExchange } from '../hivestr-harness';

const clients = (from: number, count: number) =>
	Array.from({ length: count }, (_, index) => ({
		id: `c-${from + index}`,
		name: `Cliente ${from + index}`,
	}));

const page = (data: ReturnType<typeof clients>, number: number, limit: number, total: number) =>
	listEnvelope.parse({
		success: true,
		data,
		pagination: { page: number, limit, total, total_pages: Math.ceil(total / limit) },
	});

const getMany = (parameters: Record<string, unknown>) =>
	runHivestr({ resource: 'client', operation: 'getAll', ...parameters });

describe('Hivestr › Client › Get Many', () => {
	it('sends search and status with one page of Limit and outputs one item per client', async () => {
		tokenExchange();
		const seen = queriesSeen();
		const api = hivestrApi()
			.get('/api/v1/public/clients')
			.query(seen.match)
			.reply(200, page(clients(1, 3), 1, 3, 3));

		const result = await getMany({
			returnAll: false,
			limit: 3,
			filters: { search: ' joao@empresa.com ', status: 'client' },
		});

		expect(result.error).toBeUndefined();
		expect(api.isDone()).toBe(true);
		expect(seen.queries.map((query) => clientListQuery.parse(query))).toEqual([
			{ page: 1, limit: 3, search: 'joao@empresa.com', status: 'client' },
		]);
		expect(result.output('Hivestr')).toEqual(clients(1, 3));
	});

	it('with Return All reads 100 a page until pagination.total_pages', async () => {
		tokenExchange();
		const api = hivestrApi()
			.get('/api/v1/public/clients')
			.query({ page: '1', limit: '100', status: 'all' })
			.reply(200, page(clients(1, 100), 1, 100, 150))
			.get('/api/v1/public/clients')
			.query({ page: '2', limit: '100', status: 'all' })
			.reply(200, page(clients(101, 50), 2, 100, 150));

		const result = await getMany({ returnAll: true, filters: { status: 'all' } });

		expect(result.error).toBeUndefined();
		expect(api.isDone()).toBe(true);
		expect(result.output('Hivestr')).toEqual(clients(1, 150));
	});

	it('outputs nothing for an empty list', async () => {
		tokenExchange();
		hivestrApi()
			.get('/api/v1/public/clients')
			.query({ page: '1', limit: '50', search: 'ninguem@x.com' })
			.reply(200, page([], 1, 50, 0));

		const result = await getMany({
			returnAll: false,
			limit: 50,
			filters: { search: 'ninguem@x.com' },
		});

		expect(result.error).toBeUndefined();
		expect(result.output('Hivestr')).toEqual([]);
	});
});
