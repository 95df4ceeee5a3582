import { contactBody, dealUpsertBody } from '../../../sandbox/contracts/woofedcrm';
import { ACCOUNT, bodiesSeen, woofedApi, woofedHarness, woofedNode } from '../woofedcrm-harness';

const upserted = {
	id: 27,
	stage_id: 1,
	pipeline_id: 1,
	name: 'Lead site: Rubel',
	contact_id: 1,
	status: 'open',
	custom_attributes: { CPF: '123456789-87' },
	updated_at: '2025-01-20T11:42:18Z',
};

async function upsert(parameters: Record<string, unknown>) {
	return await woofedHarness().runChain(
		[{}],
		[woofedNode('Upsert', { resource: 'deal', operation: 'upsert', ...parameters })],
	);
}

describe('WoofedCRM › Deal › Upsert', () => {
	it('sends POST /deals/upsert with the contact ID and every field, outputs the deal marked updated (200)', async () => {
		const seen = bodiesSeen();
		const api = woofedApi().post(`${ACCOUNT}/deals/upsert`, seen.match).reply(200, upserted);

		const result = await upsert({
			stage_id: 1,
			contact_id: '1',
			additionalFields: {
				name: 'Lead site: Rubel',
				status: 'open',
				pipeline_id: '1',
				position: 1,
				lost_reason: 'Preço alto demais',
			},
			customAttributes: { attribute: [{ key: 'CPF', value: '123456789-87' }] },
		});

		expect(result.error).toBeUndefined();
		expect(api.isDone()).toBe(true);
		expect(dealUpsertBody.parse(seen.bodies[0])).toEqual({
			stage_id: 1,
			contact_id: 1,
			name: 'Lead site: Rubel',
			status: 'open',
			pipeline_id: 1,
			position: 1,
			lost_reason: 'Preço alto demais',
			custom_attributes: { CPF: '123456789-87' },
		});
		expect(result.output('Upsert')).toEqual([{ ...upserted, upsertResult: 'updated' }]);
	});

	it('leaves the Stage out when none is chosen, so an existing deal keeps its stage; 201 is output as created', async () => {
		const seen = bodiesSeen();
		woofedApi().post(`${ACCOUNT}/deals/upsert`, seen.match).reply(201, upserted);

		const result = await upsert({ contact_id: '1', additionalFields: { name: 'Renamed' } });

		expect(result.error).toBeUndefined();
		expect(dealUpsertBody.parse(seen.bodies[0])).toEqual({ contact_id: 1, name: 'Renamed' });
		expect(result.output('Upsert')).toEqual([{ ...upserted, upsertResult: 'created' }]);
	});

	it('with contact attributes, resolves the contact first (contact upsert), then upserts the deal by its ID', async () => {
		const contactBodies = bodiesSeen();
		const dealBodies = bodiesSeen();
		const api = woofedApi()
			.post(`${ACCOUNT}/contacts/upsert`, contactBodies.match)
			.reply(200, { id: 42, full_name: 'John', email: 'john@example.com' })
			.post(`${ACCOUNT}/deals/upsert`, dealBodies.match)
			.reply(200, { ...upserted, contact_id: 42 });

		const result = await upsert({
			stage_id: 1,
			contactAttributes: { full_name: 'John', email: 'john@example.com', phone: '+5541996910256' },
		});

		expect(result.error).toBeUndefined();
		expect(api.isDone()).toBe(true);
		expect(contactBody.parse(contactBodies.bodies[0])).toEqual({
			full_name: 'John',
			email: 'john@example.com',
			phone: '+5541996910256',
		});
		expect(dealUpsertBody.parse(dealBodies.bodies[0])).toEqual({ stage_id: 1, contact_id: 42 });
		expect(result.output('Upsert')).toEqual([
			{ ...upserted, contact_id: 42, upsertResult: 'updated', contactUpsertResult: 'updated' },
		]);
	});

	it('uses the Contact ID of the attributes directly when resolving first', async () => {
		const seen = bodiesSeen();
		const api = woofedApi()
			.post(`${ACCOUNT}/deals/upsert`, seen.match)
			.reply(200, { ...upserted, contact_id: 42 });

		const result = await upsert({ stage_id: 1, contactAttributes: { id: '42' } });

		expect(result.error).toBeUndefined();
		expect(api.isDone()).toBe(true);
		expect(seen.bodies).toEqual([{ stage_id: 1, contact_id: 42 }]);
	});

	it('sends contact_attributes as documented when "Resolve Contact First" is off', async () => {
		const seen = bodiesSeen();
		woofedApi().post(`${ACCOUNT}/deals/upsert`, seen.match).reply(201, upserted);

		const result = await upsert({
			stage_id: 1,
			resolveContactFirst: false,
			contactAttributes: {
				full_name: 'John',
				email: 'john@example.com',
				phone: '+5541996910256',
				id: '42',
			},
		});

		expect(result.error).toBeUndefined();
		expect(dealUpsertBody.parse(seen.bodies[0])).toEqual({
			stage_id: 1,
			contact_attributes: {
				id: 42,
				full_name: 'John',
				email: 'john@example.com',
				phone: '+5541996910256',
			},
		});
	});

	it.each([
		[{ contact_id: '' }, 'Give a Contact ID or Contact Attributes'],
		[
			{ contactAttributes: { full_name: 'John' } },
			'Contact Attributes need an Email, a Phone or a Contact ID',
		],
	])('refuses %j before sending', async (parameters, message) => {
		const api = woofedApi().post(/.*/).reply(200, upserted);

		const result = await upsert({ stage_id: 1, ...parameters });

		expect(result.error?.message).toBe(message);
		expect(result.error?.context.itemIndex).toBe(0);
		expect(api.isDone()).toBe(false);
	});
});
