import { dealMarkLostBody } from '../../../sandbox/contracts/hivestr';
import { bodiesSeen, hivestrApi, runHivestr, tokenExchange } from '../hivestr-harness';

describe('Hivestr › Pipeline Card › Mark Lost', () => {
	it('POSTs the reason to mark-lost and outputs the lost card', async () => {
		tokenExchange();
		const seen = bodiesSeen();
		const api = hivestrApi()
			.post('/api/v1/public/pipeline/deals/deal-1/mark-lost', seen.match)
			.reply(200, { success: true, data: { id: 'deal-1', pipeline_stage: 'Perdido' } });

		const result = await runHivestr({
			resource: 'deal',
			operation: 'markLost',
			dealId: 'deal-1',
			reason: ' Cliente escolheu concorrente ',
		});

		expect(result.error).toBeUndefined();
		expect(api.isDone()).toBe(true);
		expect(dealMarkLostBody.parse(seen.bodies[0])).toEqual({
			reason: 'Cliente escolheu concorrente',
		});
		expect(result.output('Hivestr')).toEqual([{ id: 'deal-1', pipeline_stage: 'Perdido' }]);
	});

	it('refuses an empty reason before sending', async () => {
		const exchange = tokenExchange();

		const result = await runHivestr({
			resource: 'deal',
			operation: 'markLost',
			dealId: 'deal-1',
			reason: '={{ "  " }}',
		});

		expect(result.error?.message).toBe('"Reason" is required');
		expect(exchange.isDone()).toBe(false);
	});
});
