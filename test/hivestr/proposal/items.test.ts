import nock from 'nock';
import type { IDataObject } from 'n8n-workflow';

import {
	calculateBody,
	proposalCreateBody,
	proposalUpdateBody,
} from '../../../sandbox/contracts/hivestr';
import { bodiesSeen, hivestrApi, runHivestr, tokenExchange } from '../hivestr-harness';

const CALCULATE = '/api/v1/public/proposals/calculate';
const PROPOSALS = '/api/v1/public/proposals';
const created = { id: 'p-1', status: 'draft' };

/** A calculated item as hivestr.txt's calculate response shows one (no schedule_id). */
const priced = (vehicle: string, finalPrice: number, extra: IDataObject = {}) => ({
	vehicle_id: vehicle,
	vehicle_name: vehicle,
	media_type: 'RADIO',
	is_bonus: false,
	unit_price: finalPrice,
	quantity: 1,
	discount_percentage: 0,
	discount_value: 0,
	final_price: finalPrice,
	...extra,
});
const createdItem = (vehicle: string, finalPrice: number, extra: IDataObject = {}) => ({
	vehicle_id: vehicle,
	is_bonus: false,
	unit_price: finalPrice,
	quantity: 1,
	discount_percentage: 0,
	discount_value: 0,
	final_price: finalPrice,
	...extra,
});

/** Rows as n8n fills them: every field of the row with its default unless set. */
const row = (fields: IDataObject) => ({
	schedule_id: '',
	quantity: 0,
	face_orientation: '',
	is_bonus: false,
	...fields,
});

function createFromCalculation(rows: IDataObject[]) {
	return runHivestr({
		resource: 'proposal',
		operation: 'create',
		clientId: { __rl: true, mode: 'id', value: 'c-1' },
		title: 'Campanha',
		campaignStartDate: '2024-01-15',
		campaignEndDate: '2024-01-29',
		itemsSource: 'calculate',
		calculationItems: { item: rows },
	});
}

describe('Hivestr › Proposal › items', () => {
	afterEach(() => nock.cleanAll());

	it('Calculate sends quantity only where the user set it (the document shows it on TV/radio items only)', async () => {
		tokenExchange();
		const seen = bodiesSeen();
		hivestrApi()
			.post(CALCULATE, seen.match)
			.reply(200, { success: true, data: { items: [] } });

		await runHivestr({
			resource: 'proposal',
			operation: 'calculate',
			campaignStartDate: '2024-01-15',
			campaignEndDate: '2024-01-29',
			calculationItems: {
				item: [
					row({ vehicle_id: 'uuid-dooh-1' }),
					row({ vehicle_id: 'uuid-ooh-1', face_orientation: 'Fluxo' }),
					row({ vehicle_id: 'uuid-tv-1', schedule_id: 'uuid-schedule', quantity: 10 }),
				],
			},
		});

		expect(calculateBody.parse(seen.bodies[0]).items).toEqual([
			{ vehicle_id: 'uuid-dooh-1', is_bonus: false },
			{ vehicle_id: 'uuid-ooh-1', face_orientation: 'Fluxo', is_bonus: false },
			{ vehicle_id: 'uuid-tv-1', schedule_id: 'uuid-schedule', quantity: 10, is_bonus: false },
		]);
	});

	it('refuses a face orientation given by expression that the document does not list', async () => {
		const exchange = tokenExchange();

		const result = await runHivestr({
			resource: 'proposal',
			operation: 'calculate',
			campaignStartDate: '2024-01-15',
			campaignEndDate: '2024-01-29',
			calculationItems: { item: [row({ vehicle_id: 'v', face_orientation: '={{ "Flow" }}' })] },
		});

		expect(result.error?.message).toBe(
			'"Items › 1 › Face Orientation" must be one of: Fluxo, Contra-Fluxo',
		);
		expect(exchange.isDone()).toBe(false);
	});

	it('Calculate Prices First matches prices to items by vehicle, not position, and keeps each schedule_id', async () => {
		tokenExchange();
		const bodies = bodiesSeen();
		hivestrApi()
			.post(CALCULATE)
			// Another order than sent, and no schedule_id (neither is ruled out by hivestr.txt).
			.reply(200, {
				success: true,
				data: { items: [priced('dooh-1', 250005), priced('radio-1', 1500000)] },
			})
			.post(PROPOSALS, bodies.match)
			.reply(201, { success: true, data: created });

		const result = await createFromCalculation([
			row({ vehicle_id: 'radio-1', schedule_id: 'sch-manha', quantity: 10 }),
			row({ vehicle_id: 'dooh-1' }),
		]);

		expect(result.error).toBeUndefined();
		expect(proposalCreateBody.parse(bodies.bodies[0]).items).toEqual([
			createdItem('radio-1', 1500000, { schedule_id: 'sch-manha' }),
			createdItem('dooh-1', 250005),
		]);
	});

	it('matches two faces of one OOH vehicle by the face orientation the answer carries', async () => {
		tokenExchange();
		const bodies = bodiesSeen();
		hivestrApi()
			.post(CALCULATE)
			.reply(200, {
				success: true,
				data: {
					items: [
						priced('ooh-1', 900, { face_orientation: 'Contra-Fluxo' }),
						priced('ooh-1', 1000, { face_orientation: 'Fluxo' }),
					],
				},
			})
			.post(PROPOSALS, bodies.match)
			.reply(201, { success: true, data: created });

		const result = await createFromCalculation([
			row({ vehicle_id: 'ooh-1', face_orientation: 'Fluxo' }),
			row({ vehicle_id: 'ooh-1', face_orientation: 'Contra-Fluxo' }),
		]);

		expect(result.error).toBeUndefined();
		expect(proposalCreateBody.parse(bodies.bodies[0]).items).toEqual([
			createdItem('ooh-1', 1000),
			createdItem('ooh-1', 900),
		]);
	});

	it.each([
		[
			'two schedules of one vehicle priced differently, with no schedule_id in the answer',
			[
				row({ vehicle_id: 'radio-1', schedule_id: 'sch-a' }),
				row({ vehicle_id: 'radio-1', schedule_id: 'sch-b' }),
			],
			[priced('radio-1', 100), priced('radio-1', 200)],
			"Hivestr's calculation priced vehicle radio-1 more than once without saying which price is for which item",
		],
		[
			'fewer priced items than asked',
			[row({ vehicle_id: 'a' }), row({ vehicle_id: 'b' })],
			[priced('a', 100)],
			'Hivestr priced 1 items for the 2 asked',
		],
		[
			'a price for another vehicle',
			[row({ vehicle_id: 'a' })],
			[priced('z', 100)],
			"Hivestr's calculation has no price for item 1 (vehicle a)",
		],
	])('fails before creating anything when it cannot tell: %s', async (_, rows, items, message) => {
		tokenExchange();
		hivestrApi().post(CALCULATE).reply(200, { success: true, data: { items } });
		const create = hivestrApi().post(PROPOSALS).reply(201, { success: true, data: created });

		const result = await createFromCalculation(rows);

		expect(result.error?.message).toBe(message);
		expect(create.isDone()).toBe(false);
	});

	it.each([
		[
			'fields',
			{
				replacementItems: {
					item: [
						{
							vehicle_id: 'radio-1',
							schedule_id: 'sch-manha',
							quantity: 10,
							unit_price: 150000,
							final_price: 1500000,
							is_bonus: false,
							screen_quantity: 0,
						},
					],
				},
			},
		],
		[
			'json',
			{
				replacementItemsJson:
					'[{"vehicle_id": "radio-1", "schedule_id": "sch-manha", "quantity": 10, "unit_price": 150000, "final_price": 1500000, "is_bonus": false}]',
			},
		],
	])(
		'replacing items (%s) keeps schedule_id, which create requires for TV/radio',
		async (source, items) => {
			tokenExchange();
			const bodies = bodiesSeen();
			hivestrApi()
				.put(`${PROPOSALS}/p-1`, bodies.match)
				.reply(200, { success: true, data: { id: 'p-1' } });

			const result = await runHivestr({
				resource: 'proposal',
				operation: 'update',
				proposalId: 'p-1',
				replaceItems: true,
				replacementSource: source,
				...items,
			});

			expect(result.error).toBeUndefined();
			expect(proposalUpdateBody.parse(bodies.bodies[0])).toEqual({
				items: [
					{
						vehicle_id: 'radio-1',
						schedule_id: 'sch-manha',
						quantity: 10,
						unit_price: 150000,
						final_price: 1500000,
						is_bonus: false,
					},
				],
			});
		},
	);
});
