import { ACCOUNT, woofedApi, woofedHarness, woofedNode } from '../woofedcrm-harness';

const dealWithRelations = {
	id: 1,
	name: 'Lead site: Rubel',
	status: 'open',
	stage_id: 1,
	contact_id: 1,
	pipeline_id: 1,
	total_deal_products_amount_in_cents: 0,
	contact: { id: 1, full_name: 'Tim Maia', phone: '+555678606681' },
	stage: { id: 1, name: 'Stage 1', pipeline_id: 1, position: 1 },
	pipeline: { id: 1, name: 'sales' },
	deal_assignees: [{ id: 2, deal_id: 1, user_id: 9 }],
	deal_products: [{ id: 1, product_id: 4, deal_id: 1, quantity: 1, total_amount_in_cents: 0 }],
};

describe('WoofedCRM › Deal › Get', () => {
	it('sends GET /deals/{id} and outputs the deal with its contact, stage, pipeline, assignees and products', async () => {
		const api = woofedApi().get(`${ACCOUNT}/deals/1`).reply(200, dealWithRelations);

		const result = await woofedHarness().runChain(
			[{}],
			[woofedNode('Get', { resource: 'deal', operation: 'get', dealId: '1' })],
		);

		expect(result.error).toBeUndefined();
		expect(api.isDone()).toBe(true);
		expect(result.output('Get')).toEqual([dealWithRelations]);
	});

	it('encodes the id so it cannot change the path', async () => {
		const api = woofedApi().get(`${ACCOUNT}/deals/1%2F..%3Fx%3D1`).reply(200, { id: 1 });

		const result = await woofedHarness().runChain(
			[{}],
			[woofedNode('Get', { resource: 'deal', operation: 'get', dealId: '1/..?x=1' })],
		);

		expect(result.error).toBeUndefined();
		expect(api.isDone()).toBe(true);
	});
});
