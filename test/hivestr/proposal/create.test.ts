import { calculateBody, proposalCreateBody } from '../../../sandbox/contracts/hivestr';
import { bodiesSeen, hivestrApi, runHivestr, tokenExchange } from '../hivestr-harness';
import { calculation } from './calculate.test';

const created = {
	id: 'uuid-proposta',
	proposal_number: 'PROP-0124-24',
	title: 'Campanha Verão 2024',
	status: 'draft',
	final_value: 250005,
	items_count: 1,
	created_at: '2024-01-06T16:00:00Z',
	created_via: 'api',
};
const reply = { success: true, data: created, message: 'Proposta criada com sucesso' };

const create = (parameters: Record<string, unknown>) =>
	runHivestr({
		resource: 'proposal',
		operation: 'create',
		clientId: { __rl: true, mode: 'id', value: 'uuid-cliente' },
		title: 'Campanha Verão 2024',
		campaignStartDate: '2024-01-15',
		campaignEndDate: '2024-01-29',
		...parameters,
	});

describe('Hivestr › Proposal › Create', () => {
	it('sends every documented field and items defined in the form (cents) and outputs the proposal', async () => {
		tokenExchange();
		const seen = bodiesSeen();
		const api = hivestrApi().post('/api/v1/public/proposals', seen.match).reply(201, reply);

		const result = await create({
			itemsSource: 'fields',
			items: {
				item: [
					{
						vehicle_id: 'uuid-dooh-1',
						schedule_id: '',
						quantity: 1,
						unit_price: 500000,
						final_price: 250005,
						discount_percentage: 5,
						discount_value: 1000,
						is_bonus: false,
						notes: 'Observação do item',
						screen_quantity: 2,
						face_details: '',
					},
					{
						vehicle_id: 'uuid-ooh-1',
						quantity: 2,
						unit_price: 100000,
						final_price: 200000,
						is_bonus: true,
						face_details: '{"face": "A", "orientation": "Fluxo"}',
					},
					{
						vehicle_id: 'uuid-tv-1',
						schedule_id: 'uuid-schedule',
						quantity: 10,
						unit_price: 150000,
						final_price: 1500000,
					},
				],
			},
			additionalFields: {
				description: 'Campanha de mídia exterior',
				bonus_days: 0,
				discount_percentage: 0,
				discount_value: 0,
				valid_until: '2024-01-10T00:00:00',
				commercial_notes: 'Obs para cliente',
				notes: 'Obs internas',
				advertising_agency: 'Agência ABC',
				agency_commission_percentage: 15,
				has_volume_commission: false,
				volume_commission_percentage: 0,
				sell_by_insertions: false,
			},
		});

		expect(result.error).toBeUndefined();
		expect(api.isDone()).toBe(true);
		expect(proposalCreateBody.parse(seen.bodies[0])).toEqual({
			client_id: 'uuid-cliente',
			title: 'Campanha Verão 2024',
			description: 'Campanha de mídia exterior',
			campaign_start_date: '2024-01-15',
			campaign_end_date: '2024-01-29',
			bonus_days: 0,
			discount_percentage: 0,
			discount_value: 0,
			valid_until: '2024-01-10',
			commercial_notes: 'Obs para cliente',
			notes: 'Obs internas',
			advertising_agency: 'Agência ABC',
			agency_commission_percentage: 15,
			has_volume_commission: false,
			volume_commission_percentage: 0,
			sell_by_insertions: false,
			items: [
				{
					vehicle_id: 'uuid-dooh-1',
					quantity: 1,
					unit_price: 500000,
					final_price: 250005,
					discount_percentage: 5,
					discount_value: 1000,
					is_bonus: false,
					notes: 'Observação do item',
					screen_quantity: 2,
				},
				{
					vehicle_id: 'uuid-ooh-1',
					quantity: 2,
					unit_price: 100000,
					final_price: 200000,
					is_bonus: true,
					face_details: { face: 'A', orientation: 'Fluxo' },
				},
				{
					vehicle_id: 'uuid-tv-1',
					schedule_id: 'uuid-schedule',
					quantity: 10,
					unit_price: 150000,
					final_price: 1500000,
					// n8n fills a row's unset fields with their defaults: Bonus is false.
					is_bonus: false,
				},
			],
		});
		expect(result.output('Hivestr')).toEqual([created]);
	});

	it('sends items given as JSON as they are', async () => {
		tokenExchange();
		const seen = bodiesSeen();
		hivestrApi().post('/api/v1/public/proposals', seen.match).reply(201, reply);
		const items = [{ vehicle_id: 'v-1', quantity: 1, unit_price: 500000, final_price: 250005 }];

		const result = await create({ itemsSource: 'json', itemsJson: JSON.stringify(items) });

		expect(result.error).toBeUndefined();
		expect(proposalCreateBody.parse(seen.bodies[0])).toEqual({
			client_id: 'uuid-cliente',
			title: 'Campanha Verão 2024',
			campaign_start_date: '2024-01-15',
			campaign_end_date: '2024-01-29',
			items,
		});
		expect(result.output('Hivestr')).toEqual([created]);
	});

	it('with Calculate Prices First, calculates and creates from the calculated items in one step', async () => {
		tokenExchange();
		const calcBodies = bodiesSeen();
		const createBodies = bodiesSeen();
		const tvItem = {
			vehicle_id: 'uuid-tv-1',
			vehicle_name: 'Rádio CBN',
			media_type: 'RADIO',
			is_bonus: false,
			unit_price: 150000,
			quantity: 10,
			discount_percentage: 0,
			discount_value: 0,
			final_price: 1500000,
		};
		const api = hivestrApi()
			.post('/api/v1/public/proposals/calculate', calcBodies.match)
			.reply(200, {
				success: true,
				data: { ...calculation, items: [...calculation.items, tvItem] },
			})
			.post('/api/v1/public/proposals', createBodies.match)
			.reply(201, reply);

		const result = await create({
			itemsSource: 'calculate',
			calculationItems: {
				item: [
					{ vehicle_id: 'uuid-dooh-1' },
					{ vehicle_id: 'uuid-tv-1', schedule_id: 'uuid-schedule', quantity: 10 },
				],
			},
			calculationOptions: { discount_percentage: 10 },
			additionalFields: { commercial_notes: 'Obs' },
		});

		expect(result.error).toBeUndefined();
		expect(api.isDone()).toBe(true);
		expect(calculateBody.parse(calcBodies.bodies[0])).toEqual({
			campaign_start_date: '2024-01-15',
			campaign_end_date: '2024-01-29',
			discount_percentage: 10,
			items: [
				{ vehicle_id: 'uuid-dooh-1', is_bonus: false },
				{ vehicle_id: 'uuid-tv-1', schedule_id: 'uuid-schedule', quantity: 10, is_bonus: false },
			],
		});
		expect(proposalCreateBody.parse(createBodies.bodies[0])).toEqual({
			client_id: 'uuid-cliente',
			title: 'Campanha Verão 2024',
			campaign_start_date: '2024-01-15',
			campaign_end_date: '2024-01-29',
			// The proposal keeps the discount it was priced with.
			discount_percentage: 10,
			commercial_notes: 'Obs',
			items: [
				{
					vehicle_id: 'uuid-dooh-1',
					is_bonus: false,
					screen_quantity: 2,
					unit_price: 500000,
					quantity: 15,
					discount_percentage: 0,
					discount_value: 0,
					final_price: 250005,
				},
				{
					vehicle_id: 'uuid-tv-1',
					schedule_id: 'uuid-schedule',
					is_bonus: false,
					unit_price: 150000,
					quantity: 10,
					discount_percentage: 0,
					discount_value: 0,
					final_price: 1500000,
				},
			],
		});
		expect(result.output('Hivestr')).toEqual([created]);
	});

	it.each([
		[{ itemsSource: 'fields', items: {} }, 'Add at least one item'],
		[{ itemsSource: 'json', itemsJson: '{not json' }, '"Items (JSON)" must be valid JSON'],
		[{ itemsSource: 'json', itemsJson: '[{"quantity": 1}]' }, '"Items › 1 › Vehicle" is required'],
		[
			{ itemsSource: 'fields', items: { item: [{ vehicle_id: 'v', unit_price: -1 }] } },
			'"Items › 1 › Unit Price (Cents)" must be a number from 0',
		],
		[
			{ itemsSource: 'fields', items: { item: [{ vehicle_id: 'v', final_price: 99.5 }] } },
			'"Items › 1 › Final Price (Cents)" must be a whole number of cents',
		],
		[
			{
				itemsSource: 'json',
				itemsJson: '[{"vehicle_id": "v", "quantity": 1, "final_price": 100}]',
			},
			'"Items › 1 › Unit Price (Cents)" is required',
		],
		[
			{
				itemsSource: 'json',
				itemsJson: '[{"vehicle_id": "v", "quantity": 1, "unit_price": 100, "final_price": "cem"}]',
			},
			'"Items › 1 › Final Price (Cents)" must be a number from 0',
		],
		[
			{
				itemsSource: 'json',
				itemsJson: '[{"vehicle_id": "v", "unit_price": 1, "final_price": 1}]',
			},
			'"Items › 1 › Quantity" is required',
		],
		[
			{ itemsSource: 'json', itemsJson: '[]', additionalFields: { valid_until: '10/01/2024' } },
			'"Valid Until" must be a date as YYYY-MM-DD',
		],
		[{ itemsSource: 'json', itemsJson: '[]', title: '={{ "" }}' }, '"Title" is required'],
	])('refuses %j before sending', async (parameters, message) => {
		const exchange = tokenExchange();

		const result = await create(parameters);

		expect(result.error?.message).toBe(message);
		expect(exchange.isDone()).toBe(false);
	});
});
