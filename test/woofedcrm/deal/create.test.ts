import { dealCreateBody } from '../../../sandbox/contracts/woofedcrm';
import { ACCOUNT, bodiesSeen, woofedApi, woofedHarness, woofedNode } from '../woofedcrm-harness';

const created = {
	id: 27,
	name: 'Lead site: Rubel',
	status: 'open',
	stage_id: 1,
	pipeline_id: 1,
	contact_id: 1,
	position: 1,
	created_by_id: 5,
	total_deal_products_amount_in_cents: 0,
	lost_at: null,
	won_at: null,
	lost_reason: '',
	account_id: 7,
	custom_attributes: { source: 'Website', campaign: 'Google Ads' },
	created_at: '2025-01-15T10:30:00Z',
	updated_at: '2025-01-15T10:30:00Z',
};

async function create(parameters: Record<string, unknown>) {
	return await woofedHarness().runChain(
		[{}],
		[woofedNode('Create', { resource: 'deal', operation: 'create', ...parameters })],
	);
}

describe('WoofedCRM › Deal › Create', () => {
	it('sends POST /deals with every field and custom attribute rows, outputs the created deal', async () => {
		const seen = bodiesSeen();
		const api = woofedApi().post(`${ACCOUNT}/deals`, seen.match).reply(201, created);

		const result = await create({
			stage_id: 1,
			contact_id: '1',
			additionalFields: {
				name: ' Lead site: Rubel ',
				status: 'open',
				position: 2,
				pipeline_id: '1',
				lost_reason: 'Preço alto demais',
			},
			customAttributes: {
				attribute: [
					{ key: 'source', value: 'Website' },
					{ key: 'estimated_budget', value: '={{ 15000 }}' },
				],
			},
		});

		expect(result.error).toBeUndefined();
		expect(api.isDone()).toBe(true);
		expect(dealCreateBody.parse(seen.bodies[0])).toEqual({
			name: 'Lead site: Rubel',
			status: 'open',
			position: 2,
			pipeline_id: 1,
			lost_reason: 'Preço alto demais',
			stage_id: 1,
			contact_id: 1,
			custom_attributes: { source: 'Website', estimated_budget: 15000 },
		});
		expect(result.output('Create')).toEqual([created]);
	});

	it('sends only the stage and the contact when nothing else is set', async () => {
		const seen = bodiesSeen();
		woofedApi().post(`${ACCOUNT}/deals`, seen.match).reply(201, created);

		const result = await create({ stage_id: '3', contact_id: '42' });

		expect(result.error).toBeUndefined();
		expect(dealCreateBody.parse(seen.bodies[0])).toEqual({ stage_id: 3, contact_id: 42 });
	});

	it('puts the Account ID Override in the path instead of the credential account', async () => {
		const api = woofedApi().post('/api/v1/accounts/99/deals').reply(201, created);

		const result = await create({ stage_id: 1, contact_id: '1', accountId: '99' });

		expect(result.error).toBeUndefined();
		expect(api.isDone()).toBe(true);
	});

	it.each([
		[{ stage_id: '={{ "" }}', contact_id: '1' }, '"Stage" is required'],
		[{ stage_id: 1, contact_id: '={{ $json.missing ?? "" }}' }, '"Contact" is required'],
		[
			{ stage_id: 1, contact_id: '1', additionalFields: { position: 0 } },
			'"Position" must be a number from 1',
		],
		[
			{ stage_id: 1, contact_id: '1', customAttributes: { attribute: [{ key: ' ', value: 'x' }] } },
			'"Custom Attributes" row 1 needs a Key',
		],
	])('refuses bad input %j before sending anything', async (parameters, message) => {
		const api = woofedApi().post(`${ACCOUNT}/deals`).reply(201, created);

		const result = await create(parameters);

		expect(result.error?.message).toBe(message);
		expect(result.error?.context.itemIndex).toBe(0);
		expect(api.isDone()).toBe(false);
	});
});
