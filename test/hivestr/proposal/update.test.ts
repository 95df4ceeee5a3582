import { proposalUpdateBody } from '../../../sandbox/contracts/hivestr';
import { bodiesSeen, hivestrApi, runHivestr, tokenExchange } from '../hivestr-harness';

const updated = {
	id: 'p-1',
	proposal_number: 'PROP-0123-24',
	title: 'Novo Título',
	status: 'sent',
	final_value: 200004,
	updated_at: '2024-01-06T16:45:00Z',
};
const reply = { success: true, data: updated, message: 'Proposta atualizada com sucesso' };

const update = (parameters: Record<string, unknown>) =>
	runHivestr({ resource: 'proposal', operation: 'update', proposalId: 'p-1', ...parameters });

describe('Hivestr › Proposal › Update', () => {
	it('PUTs status, discounts, validity and notes without items (items kept)', async () => {
		tokenExchange();
		const seen = bodiesSeen();
		const api = hivestrApi().put('/api/v1/public/proposals/p-1', seen.match).reply(200, reply);

		const result = await update({
			updateFields: {
				title: 'Novo Título',
				description: 'Nova descrição',
				status: 'sent',
				discount_percentage: 15,
				discount_value: 0,
				valid_until: '2024-02-10',
				notes: 'Novas observações',
				commercial_notes: 'Obs para cliente',
			},
			replaceItems: false,
			replacementItems: { item: [{ vehicle_id: 'ignored' }] },
		});

		expect(result.error).toBeUndefined();
		expect(api.isDone()).toBe(true);
		expect(proposalUpdateBody.parse(seen.bodies[0])).toEqual({
			title: 'Novo Título',
			description: 'Nova descrição',
			status: 'sent',
			discount_percentage: 15,
			discount_value: 0,
			valid_until: '2024-02-10',
			notes: 'Novas observações',
			commercial_notes: 'Obs para cliente',
		});
		expect(result.output('Hivestr')).toEqual([updated]);
	});

	it('replaces all items only when Replace All Items is on', async () => {
		tokenExchange();
		const seen = bodiesSeen();
		hivestrApi().put('/api/v1/public/proposals/p-1', seen.match).reply(200, reply);

		const result = await update({
			replaceItems: true,
			replacementSource: 'fields',
			replacementItems: {
				item: [
					{
						vehicle_id: 'v-1',
						quantity: 1,
						unit_price: 500000,
						final_price: 250005,
						is_bonus: false,
						screen_quantity: 2,
					},
				],
			},
		});

		expect(result.error).toBeUndefined();
		expect(proposalUpdateBody.parse(seen.bodies[0])).toEqual({
			items: [
				{
					vehicle_id: 'v-1',
					quantity: 1,
					unit_price: 500000,
					final_price: 250005,
					is_bonus: false,
					screen_quantity: 2,
				},
			],
		});
	});

	it('replaces all items with a JSON list', async () => {
		tokenExchange();
		const seen = bodiesSeen();
		hivestrApi().put('/api/v1/public/proposals/p-1', seen.match).reply(200, reply);
		const items = [{ vehicle_id: 'v-2', quantity: 3, unit_price: 1000, final_price: 3000 }];

		const result = await update({
			updateFields: { status: 'sent' },
			replaceItems: true,
			replacementSource: 'json',
			replacementItemsJson: JSON.stringify(items),
		});

		expect(result.error).toBeUndefined();
		expect(proposalUpdateBody.parse(seen.bodies[0])).toEqual({ status: 'sent', items });
	});

	it.each([
		[{ updateFields: {} }, 'Add at least one field under "Update Fields"'],
		[
			{ replaceItems: true, replacementSource: 'fields', replacementItems: {} },
			'Add at least one item',
		],
		[{ updateFields: { valid_until: 'amanhã' } }, '"Valid Until" must be a date as YYYY-MM-DD'],
		[
			{ updateFields: { discount_percentage: 120 } },
			'"Discount (%)" must be a number from 0 to 100',
		],
	])('refuses %j before sending', async (parameters, message) => {
		const exchange = tokenExchange();

		const result = await update(parameters);

		expect(result.error?.message).toBe(message);
		expect(exchange.isDone()).toBe(false);
	});
});
