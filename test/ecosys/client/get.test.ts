import { ecosysApi, ecosysHarness, ecosysNode } from '../ecosys-harness';

describe('Ecosys Auto › Client › Get', () => {
	it('reads the client by its encoded id and outputs the record', async () => {
		const client = { id: 'c/1', type: 'PF', name: 'João da Silva', status: 'active' };
		const api = ecosysApi()
			.get('/api/v1/clients/c%2F1')
			.reply(200, { success: true, data: client });

		const result = await ecosysHarness().runChain(
			[{}],
			[ecosysNode('Get', { resource: 'client', operation: 'get', clientId: ' c/1 ' })],
		);

		expect(result.error).toBeUndefined();
		expect(api.isDone()).toBe(true);
		expect(result.output('Get')).toEqual([client]);
	});

	it('refuses an empty id before sending', async () => {
		const result = await ecosysHarness().runChain(
			[{}],
			[
				ecosysNode('Get', {
					resource: 'client',
					operation: 'get',
					clientId: '={{ $json.id ?? "" }}',
				}),
			],
		);

		expect(result.error?.message).toBe('"Client" is required');
	});
});
