import { clientListQuery } from '../../../sandbox/contracts/ecosys';
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
	it('sends every filter with the API names and outputs one item per client', async () => {
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
			},
		]);
		expect(() => clientListQuery.parse(queries[0])).not.toThrow();
		expect(result.output('List')).toEqual(clients(1, 3));
	});

	it('asks for one page of Limit records when no sort is set', async () => {
		const api = ecosysApi()
			.get('/api/v1/clients')
			.query({ page: '1', limit: '2' })
			.reply(200, page(clients(1, 2), 1, 2, 40));

		const result = await getMany({ returnAll: false, limit: 2 });

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

	// `sort` is not in Ecosys Auto's API docs: the API may honour it or ignore it.
	const named = (names: string[]) => names.map((name, index) => ({ id: `c-${index}`, name }));
	it.each([
		['honoured', ['Bruno', 'Carla', 'Ana']],
		['ignored', ['Carla', 'Ana', 'Bruno']],
	])(
		'with a sort (%s by the API) reads the whole list and outputs the Limit in the asked order',
		async (_how, order) => {
			const api = ecosysApi()
				.get('/api/v1/clients')
				.query({ page: '1', limit: '100', sort: '-name' })
				.reply(200, page(named(order), 1, 100, 3));

			const result = await getMany({
				returnAll: false,
				limit: 2,
				options: { sortBy: 'name', sortDirection: 'desc' },
			});

			expect(result.error).toBeUndefined();
			expect(api.isDone()).toBe(true);
			expect(result.output('List').map((client) => client.name)).toEqual(['Carla', 'Bruno']);
		},
	);
});
