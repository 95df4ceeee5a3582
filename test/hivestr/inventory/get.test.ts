import { hivestrApi, runHivestr, tokenExchange } from '../hivestr-harness';

const radio = {
	id: 'v-radio',
	name: 'Rádio CBN Brasília - Manhã',
	media_type: 'RADIO',
	media_schedules: [
		{
			id: 'uuid-schedule',
			run_days: [1, 2, 3, 4, 5],
			start_time: '07:00:00',
			end_time: '09:00:00',
			price_per_slot: 150000,
			available_slots: 10,
			program_name: 'Jornal da Manhã',
			social_class: 'A,B',
			audience: 100000,
			is_active: true,
		},
	],
};

describe('Hivestr › Inventory › Get', () => {
	it('reads one vehicle and outputs it with its media_schedules', async () => {
		tokenExchange();
		const api = hivestrApi()
			.get('/api/v1/public/inventory/v-radio')
			.reply(200, { success: true, data: radio });

		const result = await runHivestr({
			resource: 'inventory',
			operation: 'get',
			inventoryId: 'v-radio',
		});

		expect(result.error).toBeUndefined();
		expect(api.isDone()).toBe(true);
		expect(result.output('Hivestr')).toEqual([radio]);
	});
});
