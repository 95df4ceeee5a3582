import { sonarApi, sonarHarness, sonarNode } from '../sonar-harness';

const deal = { id: 'd-1', title: 'Gestão de Redes', value: 8000, status: 'ativo' };

describe('Sonar Marketing › Deal › Get', () => {
	it('sends GET /deals/{id} and outputs the unwrapped deal', async () => {
		const api = sonarApi().get('/api/v1/deals/d-1').reply(200, { success: true, data: deal });
		const result = await sonarHarness().runChain(
			[{}],
			[sonarNode('Get', { resource: 'deal', operation: 'get', dealId: 'd-1' })],
		);
		expect(result.error).toBeUndefined();
		expect(result.output('Get')).toEqual([deal]);
		expect(api.isDone()).toBe(true);
	});

	it('encodes the id so it cannot change the path', async () => {
		const api = sonarApi()
			.get('/api/v1/deals/..%2Fclients%3Fx%3D1')
			.reply(200, { success: true, data: deal });
		const result = await sonarHarness().runChain(
			[{}],
			[sonarNode('Get', { resource: 'deal', operation: 'get', dealId: '../clients?x=1' })],
		);
		expect(result.error).toBeUndefined();
		expect(api.isDone()).toBe(true);
	});

	it('takes the id from the incoming item by expression, one request per item', async () => {
		const api = sonarApi()
			.get('/api/v1/deals/a')
			.reply(200, { success: true, data: { ...deal, id: 'a' } })
			.get('/api/v1/deals/b')
			.reply(200, { success: true, data: { ...deal, id: 'b' } });
		const result = await sonarHarness().runChain(
			[{ dealId: 'a' }, { dealId: 'b' }],
			[sonarNode('Get', { resource: 'deal', operation: 'get', dealId: '={{ $json.dealId }}' })],
		);
		expect(result.items('Get').map((item) => [item.json.id, item.pairedItem])).toEqual([
			['a', { item: 0 }],
			['b', { item: 1 }],
		]);
		expect(api.isDone()).toBe(true);
	});
});
