import { dealUpdateBody } from '../../../sandbox/contracts/hivestr';
import { bodiesSeen, hivestrApi, runHivestr, tokenExchange } from '../hivestr-harness';

const updated = {
	id: 'deal-1',
	title: 'Campanha verão 2026',
	estimated_value: 500000,
	notes: 'Budget aprovado pelo marketing',
};

const update = (updateFields: Record<string, unknown>) =>
	runHivestr({ resource: 'deal', operation: 'update', dealId: 'deal-1', updateFields });

describe('Hivestr › Pipeline Card › Update', () => {
	it('PATCHes title, value in cents, notes and user, and outputs the card', async () => {
		tokenExchange();
		const seen = bodiesSeen();
		const api = hivestrApi()
			.patch('/api/v1/public/pipeline/deals/deal-1', seen.match)
			.reply(200, { success: true, data: updated });

		const result = await update({
			title: 'Campanha verão 2026',
			estimated_value: '500000',
			notes: 'Budget aprovado pelo marketing',
			user_id: 'uuid-vendedor',
		});

		expect(result.error).toBeUndefined();
		expect(api.isDone()).toBe(true);
		expect(dealUpdateBody.parse(seen.bodies[0])).toEqual({
			title: 'Campanha verão 2026',
			estimated_value: 500000,
			notes: 'Budget aprovado pelo marketing',
			user_id: 'uuid-vendedor',
		});
		expect(result.output('Hivestr')).toEqual([updated]);
	});

	it('says which fields are needed when none is set, before sending', async () => {
		const exchange = tokenExchange();

		const result = await update({ title: '' });

		expect(result.error?.message).toBe(
			'Set at least one of Title, Estimated Value (Cents), Notes or User ID',
		);
		expect(result.error?.context.itemIndex).toBe(0);
		expect(exchange.isDone()).toBe(false);
	});
});
