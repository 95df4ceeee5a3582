import { hivestrApi, runHivestr, tokenExchange } from '../hivestr-harness';

const client = {
	id: 'c-1',
	name: 'João Silva',
	proposals: [
		{
			id: 'uuid-proposta',
			proposal_number: 'P0123',
			title: 'Campanha Verão 2025',
			status: 'approved',
			total_value: 50000,
			final_value: 40000,
		},
	],
	proposal_stats: {
		total: 5,
		approved: 2,
		pending: 2,
		rejected: 1,
		total_value: 250000,
		approved_value: 150000,
	},
};

describe('Hivestr › Client › Get', () => {
	it('reads the client by id (from the list picker) and outputs it with proposals and stats', async () => {
		tokenExchange();
		const api = hivestrApi()
			.get('/api/v1/public/clients/c-1')
			.reply(200, { success: true, data: client });

		const result = await runHivestr({
			resource: 'client',
			operation: 'get',
			clientId: { __rl: true, mode: 'list', value: 'c-1' },
		});

		expect(result.error).toBeUndefined();
		expect(api.isDone()).toBe(true);
		expect(result.output('Hivestr')).toEqual([client]);
	});

	it('encodes the id so it cannot change the path', async () => {
		tokenExchange();
		const api = hivestrApi()
			.get('/api/v1/public/clients/a%2Fb%3Fx%3D1')
			.reply(200, { success: true, data: { id: 'a/b?x=1' } });

		const result = await runHivestr({
			resource: 'client',
			operation: 'get',
			clientId: { __rl: true, mode: 'id', value: 'a/b?x=1' },
		});

		expect(result.error).toBeUndefined();
		expect(api.isDone()).toBe(true);
		expect(result.output('Hivestr')).toEqual([{ id: 'a/b?x=1' }]);
	});

	it('refuses an empty client id before sending', async () => {
		const exchange = tokenExchange();

		const result = await runHivestr({
			resource: 'client',
			operation: 'get',
			clientId: { __rl: true, mode: 'id', value: '={{ "" }}' },
		});

		expect(result.error?.message).toBe('"Client" is required');
		expect(exchange.isDone()).toBe(false);
	});
});
