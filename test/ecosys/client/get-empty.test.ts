import { ecosysApi, ecosysHarness, ecosysNode } from '../ecosys-harness';

describe('Ecosys Auto › Client › Get, answered with nothing', () => {
	it('fails an empty 204 to a read instead of outputting an empty record', async () => {
		const api = ecosysApi().get('/api/v1/clients/c1').reply(204);

		const result = await ecosysHarness().runChain(
			[{}],
			[ecosysNode('Get', { resource: 'client', operation: 'get', clientId: 'c1' })],
		);

		expect(api.isDone()).toBe(true);
		expect(result.error?.message).toBe('Ecosys Auto sent no record under "data"');
		expect(result.error?.description).toBe('HTTP 204; the answer was empty.');
	});
});
