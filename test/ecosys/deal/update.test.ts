import { dealUpdateBody } from '../../../sandbox/contracts/ecosys';
import { bodiesSeen, ecosysApi, ecosysHarness, ecosysNode } from '../ecosys-harness';

async function update(updateFields: Record<string, unknown>) {
	return await ecosysHarness().runChain(
		[{}],
		[ecosysNode('Update', { resource: 'deal', operation: 'update', dealId: 'd-1', updateFields })],
	);
}

describe('Ecosys Auto › Deal › Update', () => {
	it('sends the changed fields with PUT and outputs the updated deal', async () => {
		const seen = bodiesSeen();
		const updated = { id: 'd-1', title: 'Venda Civic', phase: 'negociacao', probability: 70 };
		const api = ecosysApi()
			.put('/api/v1/deals/d-1', seen.match)
			.reply(200, { success: true, data: updated });

		const result = await update({
			title: 'Venda Civic',
			phase: '={{ "negociacao" }}',
			probability: 70,
			priority: 'baixa',
			status: 'ativo',
		});

		expect(result.error).toBeUndefined();
		expect(api.isDone()).toBe(true);
		expect(dealUpdateBody.parse(seen.bodies[0])).toEqual({
			title: 'Venda Civic',
			phase: 'negociacao',
			probability: 70,
			priority: 'baixa',
			status: 'ativo',
		});
		expect(result.output('Update')).toEqual([updated]);
	});

	it('refuses an update with no fields before sending', async () => {
		const api = ecosysApi().put('/api/v1/deals/d-1').reply(200, { success: true, data: {} });

		const result = await update({});

		expect(result.error?.message).toBe('Add at least one field under "Update Fields"');
		expect(api.isDone()).toBe(false);
	});
});
