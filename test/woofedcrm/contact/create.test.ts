import { contactBody } from '../../../sandbox/contracts/woofedcrm';
import { ACCOUNT, bodiesSeen, woofedApi, woofedHarness, woofedNode } from '../woofedcrm-harness';

const created = {
	id: 12,
	full_name: 'Tim Maia',
	phone: '+5541996910256',
	email: 'tim@maia.com',
	custom_attributes: { city: 'RJ' },
	additional_attributes: {},
	account_id: 7,
	label_list: ['label1', 'label2'],
	created_at: '2025-01-15T10:30:00Z',
	updated_at: '2025-01-15T10:30:00Z',
};

async function create(parameters: Record<string, unknown>) {
	return await woofedHarness().runChain(
		[{}],
		[woofedNode('Create', { resource: 'contact', operation: 'create', ...parameters })],
	);
}

describe('WoofedCRM › Contact › Create', () => {
	it('sends POST /contacts with every field, labels as one comma-separated text (as the server takes it), and outputs the contact', async () => {
		const seen = bodiesSeen();
		const api = woofedApi().post(`${ACCOUNT}/contacts`, seen.match).reply(201, created);

		const result = await create({
			contactFields: {
				full_name: 'Tim Maia',
				phone: '+5541996910256',
				email: ' tim@maia.com ',
				label_list: 'label1, label2,',
			},
			customAttributes: { attribute: [{ key: 'city', value: 'RJ' }] },
		});

		expect(result.error).toBeUndefined();
		expect(api.isDone()).toBe(true);
		expect(contactBody.parse(seen.bodies[0])).toEqual({
			full_name: 'Tim Maia',
			phone: '+5541996910256',
			email: 'tim@maia.com',
			label_list: 'label1,label2',
			custom_attributes: { city: 'RJ' },
		});
		expect(result.output('Create')).toEqual([created]);
	});

	it('refuses a contact with no field before sending', async () => {
		const api = woofedApi().post(`${ACCOUNT}/contacts`).reply(201, created);

		const result = await create({ contactFields: { label_list: ' , ' } });

		expect(result.error?.message).toBe('Add at least one field under "Contact Fields"');
		expect(api.isDone()).toBe(false);
	});
});
