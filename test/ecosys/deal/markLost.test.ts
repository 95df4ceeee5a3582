import { dealLostBody } from '../../../sandbox/contracts/ecosys';
import { bodiesSeen, ecosysApi, ecosysHarness, ecosysNode } from '../ecosys-harness';

async function markLost(parameters: Record<string, unknown>) {
	return await ecosysHarness().runChain(
		[{}],
		[ecosysNode('Lost', { resource: 'deal', operation: 'markLost', dealId: 'd-1', ...parameters })],
	);
}

describe('Ecosys Auto › Deal › Mark Lost', () => {
	it('sends status perdido with the loss reason and outputs the closed deal', async () => {
		const seen = bodiesSeen();
		const lost = { id: 'd-1', status: 'perdido', loss_reason: 'Comprou em outra loja' };
		const api = ecosysApi()
			.put('/api/v1/deals/d-1', seen.match)
			.reply(200, { success: true, data: lost });

		const result = await markLost({ lossReason: ' Comprou em outra loja ' });

		expect(result.error).toBeUndefined();
		expect(api.isDone()).toBe(true);
		expect(seen.bodies).toEqual([{ status: 'perdido', loss_reason: 'Comprou em outra loja' }]);
		expect(() => dealLostBody.parse(seen.bodies[0])).not.toThrow();
		expect(result.output('Lost')).toEqual([lost]);
	});

	it('refuses an empty loss reason before sending', async () => {
		const api = ecosysApi().put('/api/v1/deals/d-1').reply(200, { success: true, data: {} });

		const result = await markLost({ lossReason: '={{ $json.reason ?? "" }}' });

		expect(result.error?.message).toBe('"Loss Reason" is required');
		expect(result.error?.context.itemIndex).toBe(0);
		expect(api.isDone()).toBe(false);
	});
});
