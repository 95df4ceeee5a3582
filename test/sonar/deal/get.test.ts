import { sonarApi, sonarHarness, sonarNode } from '../sonar-harness';

const deal = { id: 'd-1', title: 'Gestão de Redes', value: 8000, status: 'ativo' };

describe('Sonar Marketing › Deal › Get', () => {
	it('sends GET /deals/{id} and outputs the unwrapped deal', async () => {
		const api = sonarApi().get('/api/v1/deals/d-1').reply(200, { success: true, data: deal });
		const result = await sonarHarness().runChain([{}], [
			sonarNode('Get', { resource: 'deal', operation: 'get', dealId: 'd-1' }),
		]);
		expect(result.error).toBeUndefined();
		expect(result.output('Get')).toEqual([deal]);
		expect(api.isDone()).toBe(true);
	});
});
