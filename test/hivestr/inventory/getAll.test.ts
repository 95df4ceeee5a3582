import { inventoryListQuery, listEnvelope } from '../../../sandbox/contracts/hivestr';
import { hivestrApi, queriesSeen, runHivestr, tokenExchange } from '../hivestr-harness';

const panel = (n: number) => ({
	id: `v-${n}`,
	name: `Painel ${n}`,
	media_type: 'DOOH',
	city: 'Brasília',
	state: 'DF',
	base_price: 500000,
	unit_price: 16667,
	is_active: true,
});
const panels = (from: number, count: number) =>
	Array.from({ length: count }, (_, index) => panel(from + index));

const page = (data: ReturnType<typeof panels>, number: number, limit: number, total: number) =>
	listEnvelope.parse({
		success: true,
		data,
		pagination: { page: number, limit, total, total_pages: Math.ceil(total / limit) },
	});

const getMany = (parameters: Record<string, unknown>) =>
	runHivestr({ resource: 'inventory', operation: 'getAll', ...parameters });

describe('Hivestr › Inventory › Get Many', () => {
	it('sends every filter with the API names and outputs one item per vehicle', async () => {
		tokenExchange();
		const seen = queriesSeen();
		const api = hivestrApi()
			.get('/api/v1/public/inventory/list')
			.query(seen.match)
			.reply(200, page(panels(1, 2), 1, 10, 2));

		const result = await getMany({
			returnAll: false,
			limit: 10,
			filters: { media_type: 'DOOH', city: 'Brasília', state: 'DF', is_active: 'true' },
		});

		expect(result.error).toBeUndefined();
		expect(api.isDone()).toBe(true);
		expect(seen.queries.map((query) => inventoryListQuery.parse(query))).toEqual([
			{ page: 1, limit: 10, media_type: 'DOOH', city: 'Brasília', state: 'DF', is_active: 'true' },
		]);
		expect(result.output('Hivestr')).toEqual(panels(1, 2));
	});

	it.each(['OOH', 'TV', 'RADIO', 'all'])('accepts media type %s', async (mediaType) => {
		tokenExchange();
		const api = hivestrApi()
			.get('/api/v1/public/inventory/list')
			.query({ page: '1', limit: '50', media_type: mediaType })
			.reply(200, page([], 1, 50, 0));

		const result = await getMany({
			returnAll: false,
			limit: 50,
			filters: { media_type: mediaType },
		});

		expect(result.error).toBeUndefined();
		expect(api.isDone()).toBe(true);
		expect(result.output('Hivestr')).toEqual([]);
	});

	it('never asks for more than 100 a page: a Limit of 150 reads two pages of 100 and keeps 150', async () => {
		tokenExchange();
		const api = hivestrApi()
			.get('/api/v1/public/inventory/list')
			.query({ page: '1', limit: '100' })
			.reply(200, page(panels(1, 100), 1, 100, 250))
			.get('/api/v1/public/inventory/list')
			.query({ page: '2', limit: '100' })
			.reply(200, page(panels(101, 100), 2, 100, 250));

		const result = await getMany({ returnAll: false, limit: 150 });

		expect(result.error).toBeUndefined();
		expect(api.isDone()).toBe(true);
		expect(result.output('Hivestr')).toEqual(panels(1, 150));
	});
});
