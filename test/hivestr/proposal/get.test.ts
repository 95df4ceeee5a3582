import { hivestrApi, runHivestr, tokenExchange } from '../hivestr-harness';

const proposal = {
	id: 'p-1',
	proposal_number: 'PROP-0123-24',
	status: 'sent',
	final_value: 450000,
	client: { id: 'c-1', name: 'João Silva' },
	proposal_items: [
		{
			id: 'uuid-item',
			vehicle_id: 'v-1',
			quantity: 1,
			unit_price: 500000,
			final_price: 250005,
			media_vehicle: { id: 'v-1', name: 'Painel Digital Shopping', media_type: 'DOOH' },
		},
	],
};

describe('Hivestr › Proposal › Get', () => {
	it('reads the proposal with client and items', async () => {
		tokenExchange();
		const api = hivestrApi()
			.get('/api/v1/public/proposals/p-1')
			.reply(200, { success: true, data: proposal });

		const result = await runHivestr({ resource: 'proposal', operation: 'get', proposalId: 'p-1' });

		expect(result.error).toBeUndefined();
		expect(api.isDone()).toBe(true);
		expect(result.output('Hivestr')).toEqual([proposal]);
	});
});
