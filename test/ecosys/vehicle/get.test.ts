import { ecosysApi, ecosysHarness, ecosysNode } from '../ecosys-harness';

describe('Ecosys Auto › Vehicle › Get', () => {
	it('reads the vehicle by id and outputs the record', async () => {
		const vehicle = { id: 'v-1', title: 'Honda Civic', client: { id: 'c-1', name: 'João' } };
		const api = ecosysApi()
			.get('/api/v1/vehicles/v-1')
			.reply(200, { success: true, data: vehicle });

		const result = await ecosysHarness().runChain(
			[{}],
			[ecosysNode('Get', { resource: 'vehicle', operation: 'get', vehicleId: 'v-1' })],
		);

		expect(result.error).toBeUndefined();
		expect(api.isDone()).toBe(true);
		expect(result.output('Get')).toEqual([vehicle]);
	});
});
