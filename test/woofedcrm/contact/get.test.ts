import { ACCOUNT, woofedApi, woofedHarness, woofedNode } from '../woofedcrm-harness';

const contact = {
	id: 1,
	full_name: 'Tim Maia',
	email: 'tim@maia.com',
	label_list: ['label1'],
	deals: [{ id: 1, name: 'Test Deal', status: 'open', stage_id: 1 }],
	events: [{ id: 2, deal_id: 1, kind: 'activity', title: 'Test Event', done: false }],
};

describe('WoofedCRM › Contact › Get', () => {
	it('sends GET /contacts/{id} and outputs the contact with its deals and events', async () => {
		const api = woofedApi().get(`${ACCOUNT}/contacts/1`).reply(200, contact);

		const result = await woofedHarness().runChain(
			[{}],
			[woofedNode('Get', { resource: 'contact', operation: 'get', contactId: ' 1 ' })],
		);

		expect(result.error).toBeUndefined();
		expect(api.isDone()).toBe(true);
		expect(result.output('Get')).toEqual([contact]);
	});

	it('refuses an empty ID before sending', async () => {
		const api = woofedApi().get(`${ACCOUNT}/contacts/1`).reply(200, contact);

		const result = await woofedHarness().runChain(
			[{}],
			[woofedNode('Get', { resource: 'contact', operation: 'get', contactId: '={{ "" }}' })],
		);

		expect(result.error?.message).toBe('"Contact" is required');
		expect(api.isDone()).toBe(false);
	});
});
