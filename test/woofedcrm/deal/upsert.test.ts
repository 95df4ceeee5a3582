import { dealUpsertBody } from '../../contracts/woofedcrm';
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
		[woofedNode('Upsert', { resource: 'deal', operation: 'upsert', stage_id: 1, ...parameters })],
	);
}

describe('WoofedCRM › Deal › Upsert', () => {
	it('sends POST /deals/upsert with the contact ID and every field, outputs the deal', async () => {
		const seen = bodiesSeen();
		const api = woofedApi().post(`${ACCOUNT}/deals/upsert`, seen.match).reply(200, upserted);

		const result = await upsert({
			contact_id: '1',
			additionalFields: { name: 'Lead site: Rubel', status: 'open', pipeline_id: '1', position: 1 },
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
			custom_attributes: { CPF: '123456789-87' },
		});
		expect(result.output('Upsert')).toEqual([upserted]);
	});

	it('sends contact_attributes when no contact ID is given', async () => {
		const seen = bodiesSeen();
		woofedApi().post(`${ACCOUNT}/deals/upsert`, seen.match).reply(201, upserted);

		const result = await upsert({
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

	it('refuses an upsert without a contact ID or contact attributes before sending', async () => {
		const api = woofedApi().post(`${ACCOUNT}/deals/upsert`).reply(200, upserted);

		const result = await upsert({ contact_id: '' });

		expect(result.error?.message).toBe('Give a Contact ID or Contact Attributes');
		expect(api.isDone()).toBe(false);
	});
});
