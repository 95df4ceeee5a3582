import {
	contactBody,
	dealUpdateBody,
	dealUpsertBody,
	searchBody,
} from '../../sandbox/contracts/woofedcrm';
import {
	ACCOUNT,
	bodiesSeen,
	pagyPage,
	woofedApi,
	woofedHarness,
	woofedNode,
} from './woofedcrm-harness';

describe("WoofedCRM › a contact's deal won as one workflow", () => {
	it('upserts a contact, upserts a deal for it, finds it by the contact, and marks it won, each step using the previous output', async () => {
		const contactBodies = bodiesSeen();
		const upsertBodies = bodiesSeen();
		const searchBodies = bodiesSeen();
		const updateBodies = bodiesSeen();
		const api = woofedApi()
			.post(`${ACCOUNT}/contacts/upsert`, contactBodies.match)
			.reply(201, { id: 12, full_name: 'Padaria Pão Bom', email: 'contato@paobom.com.br' })
			.post(`${ACCOUNT}/deals/upsert`, upsertBodies.match)
			.reply(201, { id: 27, name: 'Site novo', contact_id: 12, stage_id: 3, status: 'open' })
			.post(`${ACCOUNT}/deals/search`, searchBodies.match)
			.query({ page: '1' })
			.reply(200, pagyPage([{ id: 27, name: 'Site novo', contact_id: 12, status: 'open' }], 1, 1))
			.put(`${ACCOUNT}/deals/27`, updateBodies.match)
			.reply(200, { id: 27, status: 'won', won_at: '2025-03-04T15:30:00Z' });

		const result = await woofedHarness().runChain(
			[
				{
					company: 'Padaria Pão Bom',
					email: 'contato@paobom.com.br',
					closedAt: '2025-03-04T12:30:00-03:00',
				},
			],
			[
				woofedNode('Upsert Contact', {
					resource: 'contact',
					operation: 'upsert',
					contactFields: { full_name: '={{ $json.company }}', email: '={{ $json.email }}' },
				}),
				woofedNode('Upsert Deal', {
					resource: 'deal',
					operation: 'upsert',
					stage_id: 3,
					contact_id: '={{ $json.id }}',
					additionalFields: { name: 'Site novo' },
				}),
				woofedNode('Find Deals Of Contact', {
					resource: 'deal',
					operation: 'search',
					returnAll: true,
					conditions: {
						condition: [{ field: 'contact_id', predicate: 'eq', value: '={{ $json.contact_id }}' }],
					},
				}),
				woofedNode('Mark Won', {
					resource: 'deal',
					operation: 'update',
					dealId: '={{ $json.id }}',
					updateFields: {
						status: 'won',
						won_at: "={{ $('Start').item.json.closedAt }}",
					},
				}),
			],
		);

		expect(result.error).toBeUndefined();
		expect(api.isDone()).toBe(true);
		expect(contactBody.parse(contactBodies.bodies[0])).toEqual({
			full_name: 'Padaria Pão Bom',
			email: 'contato@paobom.com.br',
		});
		expect(dealUpsertBody.parse(upsertBodies.bodies[0])).toEqual({
			stage_id: 3,
			contact_id: 12,
			name: 'Site novo',
		});
		expect(searchBody.parse(searchBodies.bodies[0])).toEqual({
			query: { contact_id_eq: 12, s: 'id asc' },
		});
		expect(dealUpdateBody.parse(updateBodies.bodies[0])).toEqual({
			status: 'won',
			won_at: '2025-03-04T15:30:00Z',
		});
		expect(result.output('Mark Won')).toEqual([
			{ id: 27, status: 'won', won_at: '2025-03-04T15:30:00Z' },
		]);
	});
});
