import { DateTime } from 'luxon';

import { dealUpdateBody } from '../../../sandbox/contracts/woofedcrm';
import { ACCOUNT, bodiesSeen, woofedApi, woofedHarness, woofedNode } from '../woofedcrm-harness';

async function update(parameters: Record<string, unknown>) {
	return await woofedHarness().runChain(
		[{}],
		[woofedNode('Update', { resource: 'deal', operation: 'update', dealId: '1', ...parameters })],
	);
}

const updated = {
	id: 1,
	name: 'Lead site: Rubel (Lost)',
	status: 'lost',
	stage_id: 2,
	lost_at: '2025-01-18T16:45:00Z',
	lost_reason: 'Preço alto demais',
};

describe('WoofedCRM › Deal › Update', () => {
	it('marks a deal lost with its reason, lost_at converted from the offset given to UTC', async () => {
		const seen = bodiesSeen();
		const api = woofedApi().put(`${ACCOUNT}/deals/1`, seen.match).reply(200, updated);

		const result = await update({
			updateFields: {
				name: 'Lead site: Rubel (Lost)',
				status: 'lost',
				stage_id: 2,
				lost_reason: 'Preço alto demais',
				lost_at: '2025-01-18T13:45:00-03:00',
			},
			customAttributes: { attribute: [{ key: 'competitor', value: 'Concorrente X' }] },
		});

		expect(result.error).toBeUndefined();
		expect(api.isDone()).toBe(true);
		expect(dealUpdateBody.parse(seen.bodies[0])).toEqual({
			name: 'Lead site: Rubel (Lost)',
			status: 'lost',
			stage_id: 2,
			lost_reason: 'Preço alto demais',
			lost_at: '2025-01-18T16:45:00Z',
			custom_attributes: { competitor: 'Concorrente X' },
		});
		expect(result.output('Update')).toEqual([updated]);
	});

	it("marks a deal won, won_at without an offset read in the workflow's time zone and sent as UTC", async () => {
		const seen = bodiesSeen();
		woofedApi().put(`${ACCOUNT}/deals/1`, seen.match).reply(200, { id: 1, status: 'won' });

		// The harness workflow has no time zone of its own, so n8n's instance zone applies
		// (GENERIC_TIMEZONE, America/New_York by default: 14:00 UTC).
		const zone = process.env.GENERIC_TIMEZONE ?? 'America/New_York';
		const wonAt = DateTime.fromISO('2025-01-20T09:00:00', { zone }).toUTC();
		const result = await update({
			updateFields: { status: 'won', won_at: '2025-01-20T09:00:00' },
		});

		expect(result.error).toBeUndefined();
		expect(dealUpdateBody.parse(seen.bodies[0])).toEqual({
			status: 'won',
			won_at: wonAt.toISO({ suppressMilliseconds: true }),
		});
		expect(zone !== 'America/New_York' || wonAt.hour === 14).toBe(true);
		expect(result.output('Update')).toEqual([{ id: 1, status: 'won' }]);
	});

	it('sends the other accepted fields (contact, pipeline, position) with their API names', async () => {
		const seen = bodiesSeen();
		woofedApi().put(`${ACCOUNT}/deals/1`, seen.match).reply(200, { id: 1 });

		const result = await update({
			updateFields: { contact_id: '42', pipeline_id: '2', position: 3 },
		});

		expect(result.error).toBeUndefined();
		expect(dealUpdateBody.parse(seen.bodies[0])).toEqual({
			contact_id: 42,
			pipeline_id: 2,
			position: 3,
		});
	});

	it.each([
		[{ updateFields: {} }, 'Add at least one field under "Update Fields"'],
		[{ updateFields: { won_at: 'amanhã' } }, '"Won At" must be a date and time'],
		[{ dealId: '={{ "" }}', updateFields: { status: 'won' } }, '"Deal" is required'],
	])('refuses bad input %j before sending anything', async (parameters, message) => {
		const api = woofedApi().put(`${ACCOUNT}/deals/1`).reply(200, {});

		const result = await update(parameters);

		expect(result.error?.message).toBe(message);
		expect(api.isDone()).toBe(false);
	});
});
