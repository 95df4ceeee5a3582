import { vehicleListQuery } from '../../../sandbox/contracts/ecosys';
import { ecosysApi, ecosysHarness, ecosysNode, page } from '../ecosys-harness';

const vehicles = (from: number, count: number) =>
	Array.from({ length: count }, (_, index) => ({
		id: `v-${from + index}`,
		title: `Veículo ${from + index}`,
		status: 'ativo',
	}));

async function getMany(parameters: Record<string, unknown>) {
	return await ecosysHarness().runChain(
		[{}],
		[ecosysNode('List', { resource: 'vehicle', operation: 'getAll', ...parameters })],
	);
}

describe('Ecosys Auto › Vehicle › Get Many', () => {
	it('lists active vehicles as in the quickstart, one page of Limit', async () => {
		const api = ecosysApi()
			.get('/api/v1/vehicles')
			.query({ page: '1', limit: '20', status: 'ativo' })
			.reply(200, page(vehicles(1, 20), 1, 20, 45));

		const result = await getMany({ returnAll: false, limit: 20, filters: { status: 'ativo' } });

		expect(result.error).toBeUndefined();
		expect(api.isDone()).toBe(true);
		expect(result.output('List')).toEqual(vehicles(1, 20));
	});

	it('sends every filter with the API names', async () => {
		const queries: unknown[] = [];
		ecosysApi()
			.get('/api/v1/vehicles')
			.query((query) => queries.push(query) > 0)
			.reply(200, page(vehicles(1, 1), 1, 5, 1));

		const result = await getMany({
			returnAll: false,
			limit: 5,
			filters: {
				status: 'ativo',
				phase: 'entrada',
				store_id: 'store-1',
				client_id: 'c-1',
				brand: 'Honda',
				fuel: 'flex',
				transmission: 'automatico',
				min_price: 50000,
				max_price: 150000,
				search: 'Civic',
			},
		});

		expect(result.error).toBeUndefined();
		expect(queries).toEqual([
			{
				page: '1',
				limit: '5',
				status: 'ativo',
				phase: 'entrada',
				store_id: 'store-1',
				client_id: 'c-1',
				brand: 'Honda',
				fuel: 'flex',
				transmission: 'automatico',
				min_price: '50000',
				max_price: '150000',
				search: 'Civic',
			},
		]);
		expect(() => vehicleListQuery.parse(queries[0])).not.toThrow();
		expect(result.output('List')).toEqual(vehicles(1, 1));
	});

	it('with Return All reads pages until pagination.pages and stops there', async () => {
		const api = ecosysApi()
			.get('/api/v1/vehicles')
			.query({ page: '1', limit: '100', sort: '-price' })
			.reply(200, page(vehicles(1, 100), 1, 100, 150))
			.get('/api/v1/vehicles')
			.query({ page: '2', limit: '100', sort: '-price' })
			.reply(200, page(vehicles(101, 50), 2, 100, 150));

		const result = await getMany({ returnAll: true, options: { sortBy: 'price' } });

		expect(result.error).toBeUndefined();
		expect(api.isDone()).toBe(true);
		expect(result.output('List')).toEqual(vehicles(1, 150));
	});

	it('refuses a negative price filter before sending', async () => {
		const api = ecosysApi()
			.get('/api/v1/vehicles')
			.query(true)
			.reply(200, page([], 1, 50, 0));

		const result = await getMany({ returnAll: true, filters: { min_price: -1 } });

		expect(result.error?.message).toBe('"Min Price (BRL)" must be a number from 0');
		expect(api.isDone()).toBe(false);
	});

	// `sort` is not in Ecosys Auto's API docs: the API may honour it or ignore it.
	const priced = (prices: number[]) => prices.map((price) => ({ id: `v-${price}`, price }));
	it.each([
		[
			'honoured',
			[
				[90, 80, 70],
				[60, 50],
			],
		],
		[
			'ignored',
			[
				[50, 90, 60],
				[80, 70],
			],
		],
	])(
		'with a sort (%s by the API) reads every page and outputs the Limit in the asked order',
		async (_how, pages) => {
			const api = ecosysApi()
				.get('/api/v1/vehicles')
				.query({ page: '1', limit: '100', sort: '-price' })
				.reply(200, page(priced(pages[0]), 1, 3, 5))
				.get('/api/v1/vehicles')
				.query({ page: '2', limit: '100', sort: '-price' })
				.reply(200, page(priced(pages[1]), 2, 3, 5));

			const result = await getMany({ returnAll: false, limit: 3, options: { sortBy: 'price' } });

			expect(result.error).toBeUndefined();
			expect(api.isDone()).toBe(true);
			expect(result.output('List')).toEqual(priced([90, 80, 70]));
		},
	);
});
