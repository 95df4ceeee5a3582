import { hivestrApi, runHivestr, tokenExchange } from '../hivestr-harness';

const card = {
	id: 'deal-1',
	title: 'Campanha verão',
	pipeline_stage: 'Negociação',
	estimated_value: 500000,
	tasks_summary: {
		pending: 2,
		total: 3,
		overdue: 1,
		due_soon: 2,
		next_due_at: '2026-06-02T14:30:00Z',
	},
};

describe('Hivestr › Pipeline Card › Get', () => {
	it('reads the card and outputs it unwrapped', async () => {
		tokenExchange();
		const api = hivestrApi()
			.get('/api/v1/public/pipeline/deals/deal-1')
			.reply(200, { success: true, data: card });

		const result = await runHivestr({ resource: 'deal', operation: 'get', dealId: 'deal-1' });

		expect(result.error).toBeUndefined();
		expect(api.isDone()).toBe(true);
		expect(result.output('Hivestr')).toEqual([card]);
	});
});
