import { calculateBody } from '../../../sandbox/contracts/hivestr';
import { bodiesSeen, hivestrApi, runHivestr, tokenExchange } from '../hivestr-harness';

export const calculation = {
	campaign_period: {
		start_date: '2024-01-15',
		end_date: '2024-01-29',
		campaign_days: 15,
		is_bi_semana: false,
		bonus_days: 2,
		total_days: 17,
	},
	items: [
		{
			vehicle_id: 'uuid-dooh-1',
			vehicle_name: 'Painel Digital Shopping',
			media_type: 'DOOH',
			is_bonus: false,
			screen_quantity: 2,
			pricing_mode: 'daily',
			daily_price: 16667,
			campaign_days: 15,
			unit_price: 500000,
			quantity: 15,
			discount_percentage: 0,
			discount_value: 0,
			final_price: 250005,
		},
	],
	summary: {
		campaign_days: 15,
		is_bi_semana: false,
		subtotal: 250005,
		discount_percentage: 10,
		discount_value: 25000,
		final_value: 225005,
		total_screens: 2,
	},
};

const calculate = (parameters: Record<string, unknown>) =>
	runHivestr({ resource: 'proposal', operation: 'calculate', ...parameters });

describe('Hivestr › Proposal › Calculate', () => {
	it('sends dates, options and DOOH/OOH/TV items and outputs the calculation', async () => {
		tokenExchange();
		const seen = bodiesSeen();
		const api = hivestrApi()
			.post('/api/v1/public/proposals/calculate', seen.match)
			.reply(200, { success: true, data: calculation });

		const result = await calculate({
			campaignStartDate: '2024-01-15T00:00:00',
			campaignEndDate: '2024-01-29',
			calculationItems: {
				item: [
					{ vehicle_id: 'uuid-dooh-1', quantity: 1, face_orientation: '', is_bonus: false },
					{ vehicle_id: 'uuid-ooh-1', quantity: 1, face_orientation: 'Fluxo', is_bonus: false },
					{ vehicle_id: 'uuid-tv-1', schedule_id: 'uuid-schedule', quantity: 10, is_bonus: true },
				],
			},
			calculationOptions: {
				bonus_days: 2,
				discount_percentage: 10,
				sell_by_insertions: true,
				daily_insertions_per_screen: 50,
			},
		});

		expect(result.error).toBeUndefined();
		expect(api.isDone()).toBe(true);
		expect(calculateBody.parse(seen.bodies[0])).toEqual({
			campaign_start_date: '2024-01-15',
			campaign_end_date: '2024-01-29',
			bonus_days: 2,
			discount_percentage: 10,
			sell_by_insertions: true,
			daily_insertions_per_screen: 50,
			items: [
				{ vehicle_id: 'uuid-dooh-1', quantity: 1, is_bonus: false },
				{ vehicle_id: 'uuid-ooh-1', quantity: 1, face_orientation: 'Fluxo', is_bonus: false },
				{ vehicle_id: 'uuid-tv-1', schedule_id: 'uuid-schedule', quantity: 10, is_bonus: true },
			],
		});
		expect(result.output('Hivestr')).toEqual([calculation]);
	});

	it.each([
		[{ campaignStartDate: '15/01/2024' }, '"Campaign Start Date" must be a date as YYYY-MM-DD'],
		[{ campaignEndDate: '2024-02-30' }, '"Campaign End Date" must be a date as YYYY-MM-DD'],
		[
			{ campaignEndDate: '2024-01-01' },
			'"Campaign End Date" must not be before "Campaign Start Date"',
		],
		[{ calculationItems: {} }, 'Add at least one item'],
		[{ calculationItems: { item: [{ vehicle_id: ' ' }] } }, '"Items › 1 › Vehicle" is required'],
	])('refuses %j before sending', async (parameters, message) => {
		const exchange = tokenExchange();

		const result = await calculate({
			campaignStartDate: '2024-01-15',
			campaignEndDate: '2024-01-29',
			calculationItems: { item: [{ vehicle_id: 'v-1' }] },
			...parameters,
		});

		expect(result.error?.message).toBe(message);
		expect(exchange.isDone()).toBe(false);
	});
});
