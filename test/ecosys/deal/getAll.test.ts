import { dealListQuery } from '../../../sandbox/contracts/ecosys';
import { ecosysApi, ecosysHarness, ecosysNode, page } from '../ecosys-harness';

const deals = (from: number, count: number) =>
	Array.from({ length: count }, (_, index) => ({
		id: `d-${from + index}`,
		title: `Negócio ${from + index}`,
	}));

async function getMany(parameters: Record<string, unknown>) {
	return await ecosysHarness().runChain(
		[{}],
		[ecosysNode('List', { resource: 'deal', operation: 'getAll', ...parameters })],
	);
}

describe('Ecosys Auto › Deal › Get Many', () => {
	it('sends the filters and sort with the API names and outputs one item per deal', async () => {
		const queries: unknown[] = [];
		const api = ecosysApi()
			.get('/api/v1/deals')
			.query((query) => queries.push(query) > 0)
			.reply(200, page(deals(1, 2), 1, 10, 2));

		const result = await getMany({
			returnAll: false,
			limit: 10,
			filters: {
				status: 'ganho',
				phase: 'lead',
				client_id: 'c-1',
				source: 'showroom',
				min_value: 100000,
				from: '2026-01-01T00:00:00',
				search: 'Civic',
			},
			options: { sortBy: 'value' },
		});

		expect(result.error).toBeUndefined();
		expect(api.isDone()).toBe(true);
		expect(queries).toEqual([
			{
				page: '1',
				limit: '10',
				status: 'ganho',
				phase: 'lead',
				client_id: 'c-1',
				source: 'showroom',
				min_value: '100000',
				from: '2026-01-01',
				search: 'Civic',
				sort: '-value',
			},
		]);
		expect(() => dealListQuery.parse(queries[0])).not.toThrow();
		expect(result.output('List')).toEqual(deals(1, 2));
	});

	it('with Return All reads every page; with a Limit across pages it stops at the limit', async () => {
		const all = ecosysApi()
			.get('/api/v1/deals')
			.query({ page: '1', limit: '100' })
			.reply(200, page(deals(1, 100), 1, 100, 101))
			.get('/api/v1/deals')
			.query({ page: '2', limit: '100' })
			.reply(200, page(deals(101, 1), 2, 100, 101));

		const result = await getMany({ returnAll: true });

		expect(result.error).toBeUndefined();
		expect(all.isDone()).toBe(true);
		expect(result.output('List')).toEqual(deals(1, 101));
	});
});
