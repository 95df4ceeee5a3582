import { clientListQuery } from '../../contracts/ecosys';
import { ecosysApi, ecosysHarness, ecosysNode, page } from '../ecosys-harness';

const clients = (from: number, count: number) =>
	Array.from({ length: count }, (_, index) => ({
		id: `c-${from + index}`,
		type: 'PF',
		name: `Cliente ${from + index}`,
	}));

async function getMany(parameters: Record<string, unknown>) {
	return await ecosysHarness().runChain(
		[{}],
		[ecosysNode('List', { resource: 'client', operation: 'getAll', ...parameters })],
	);
}

describe('Ecosys Auto › Client › Get Many', () => {
	it('sends every filter and the sort with the API names and outputs one item per client', async () => {
		const queries: unknown[] = [];
		const api = ecosysApi()
			.get('/api/v1/clients')
			.query((query) => queries.push(query) > 0)
			.reply(200, page(clients(1, 3), 1, 10, 3));

		const result = await getMany({
			returnAll: false,
			limit: 10,
			filters: {
				type: 'PJ',
				status: 'active',
				segment: 'premium',
				store_id: 'store-1',
				search: 'Silva',
			},
			options: { sortBy: 'name', sortDirection: 'asc' },
		});

		expect(result.error).toBeUndefined();
		expect(api.isDone()).toBe(true);
		expect(queries).toEqual([
			{
				page: '1',
				limit: '10',
				type: 'PJ',
				status: 'active',
				segment: 'premium',
				store_id: 'store-1',
				search: 'Silva',
				sort: 'name',
			},
		]);
		expect(() => clientListQuery.parse(queries[0])).not.toThrow();
		expect(result.output('List')).toEqual(clients(1, 3));
	});

	it('asks for one page of Limit records and sorts descending with the minus prefix', async () => {
		const api = ecosysApi()
			.get('/api/v1/clients')
			.query({ page: '1', limit: '2', sort: '-created_at' })
			.reply(200, page(clients(1, 2), 1, 2, 40));

		const result = await getMany({
			returnAll: false,
			limit: 2,
			options: { sortDirection: 'desc' },
		});

		expect(result.error).toBeUndefined();
		expect(api.isDone()).toBe(true);
		expect(result.output('List')).toEqual(clients(1, 2));
	});

	it('with Return All reads every page at 100 a page until pagination.pages', async () => {
		const api = ecosysApi()
			.get('/api/v1/clients')
			.query({ page: '1', limit: '100' })
			.reply(200, page(clients(1, 100), 1, 100, 130))
			.get('/api/v1/clients')
			.query({ page: '2', limit: '100' })
			.reply(200, page(clients(101, 30), 2, 100, 130));

		const result = await getMany({ returnAll: true });

		expect(result.error).toBeUndefined();
		expect(api.isDone()).toBe(true);
		expect(result.output('List')).toEqual(clients(1, 130));
	});
});
