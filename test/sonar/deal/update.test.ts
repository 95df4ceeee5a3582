import { dealUpdateBody } from '../../../sandbox/contracts/sonar';
import { bodiesSeen, sonarApi, sonarHarness, sonarNode } from '../sonar-harness';

async function update(parameters: Record<string, unknown>) {
	return await sonarHarness().runChain(
		[{}],
		[sonarNode('Update', { resource: 'deal', operation: 'update', dealId: 'd-1', ...parameters })],
	);
}

describe('Sonar Marketing › Deal › Update', () => {
	it('sends PUT /deals/{id} with every accepted field and outputs the updated deal', async () => {
		const seen = bodiesSeen();
		const updated = { id: 'd-1', title: 'Renovação', status: 'perdido', is_starred: true };
		const api = sonarApi()
			.put('/api/v1/deals/d-1', seen.match)
			.reply(200, { success: true, data: updated });

		const fields = {
			title: 'Renovação',
			description: 'Cliente pediu nova proposta',
			value: 12500.5,
			phase: 'proposta',
			priority: 'baixa',
			status: 'perdido',
			probability: 0,
			expected_close_date: '2026-04-30',
			responsible_id: 'user-2',
			source: 'site',
			client_id: 'cli-2',
			loss_reason: 'Preço',
			is_starred: true,
		};

		const result = await update({ updateFields: { ...fields, tags: 'renovação, vip' } });

		expect(result.error).toBeUndefined();
		expect(api.isDone()).toBe(true);
		expect(dealUpdateBody.parse(seen.bodies[0])).toEqual({ ...fields, tags: ['renovação', 'vip'] });
		expect(result.output('Update')).toEqual([updated]);
	});

	it('sends is_starred false as a real value', async () => {
		const seen = bodiesSeen();
		sonarApi()
			.put('/api/v1/deals/d-1', seen.match)
			.reply(200, { success: true, data: { id: 'd-1' } });

		await update({ updateFields: { is_starred: false } });

		expect(seen.bodies).toEqual([{ is_starred: false }]);
	});

	it('refuses an update with no fields before sending', async () => {
		const api = sonarApi().put('/api/v1/deals/d-1').reply(200, { success: true, data: {} });

		const result = await update({ updateFields: {} });

		expect(result.error?.message).toBe('Add at least one field under "Update Fields"');
		expect(api.isDone()).toBe(false);
	});
});
