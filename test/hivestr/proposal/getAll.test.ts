import { listEnvelope, proposalListQuery } from '../../../sandbox/contracts/hivestr';
import { hivestrApi, queriesSeen, runHivestr, tokenExchange } from '../hivestr-harness';

const proposals = [
	{
		id: 'p-1',
		proposal_number: 'PROP-0123-24',
		title: 'Campanha Verão 2024',
		status: 'approved',
		final_value: 450000,
		client: { id: 'c-1', name: 'João Silva' },
	},
];

describe('Hivestr › Proposal › Get Many', () => {
	it('filters by client, status and creation date range and outputs one item per proposal', async () => {
		tokenExchange();
		const seen = queriesSeen();
		const api = hivestrApi()
			.get('/api/v1/public/proposals')
			.query(seen.match)
			.reply(
				200,
				listEnvelope.parse({
					success: true,
					data: proposals,
					pagination: { page: 1, limit: 20, total: 1, total_pages: 1 },
				}),
			);

		const result = await runHivestr({
			resource: 'proposal',
			operation: 'getAll',
			returnAll: false,
			limit: 20,
			filters: {
				client_id: { __rl: true, mode: 'list', value: 'c-1' },
				status: 'approved',
				start_date: '2024-01-01T00:00:00',
				end_date: '2024-12-31',
			},
		});

		expect(result.error).toBeUndefined();
		expect(api.isDone()).toBe(true);
		expect(seen.queries.map((query) => proposalListQuery.parse(query))).toEqual([
			{
				page: 1,
				limit: 20,
				client_id: 'c-1',
				status: 'approved',
				start_date: '2024-01-01',
				end_date: '2024-12-31',
			},
		]);
		expect(result.output('Hivestr')).toEqual(proposals);
	});

	it('refuses a malformed date before sending', async () => {
		const exchange = tokenExchange();

		const result = await runHivestr({
			resource: 'proposal',
			operation: 'getAll',
			returnAll: true,
			filters: { end_date: 'ontem' },
		});

		expect(result.error?.message).toBe('"Created To" must be a date as YYYY-MM-DD');
		expect(exchange.isDone()).toBe(false);
	});
});
