import { ecosysApi, ecosysHarness, ecosysNode } from '../ecosys-harness';

describe('Ecosys Auto › Deal › Get', () => {
	it('reads the deal by id and outputs the record', async () => {
		const deal = {
			id: 'd-1',
			title: 'Venda',
			status: 'ativo',
			client: { id: 'c-1', name: 'João' },
		};
		const api = ecosysApi().get('/api/v1/deals/d-1').reply(200, { success: true, data: deal });

		const result = await ecosysHarness().runChain(
			[{}],
			[ecosysNode('Get', { resource: 'deal', operation: 'get', dealId: 'd-1' })],
		);

		expect(result.error).toBeUndefined();
		expect(api.isDone()).toBe(true);
		expect(result.output('Get')).toEqual([deal]);
	});
});
