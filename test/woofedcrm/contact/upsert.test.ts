import { WoofedCrm } from '../../../nodes/WoofedCrm/WoofedCrm.node';
import { contactBody } from '../../../sandbox/contracts/woofedcrm';
import { ACCOUNT, bodiesSeen, woofedApi, woofedHarness, woofedNode } from '../woofedcrm-harness';

const upserted = { id: 12, full_name: 'Tim Maia', phone: '+5541996910256', email: 'tim@maia.com' };

async function upsert(parameters: Record<string, unknown>) {
	return await woofedHarness().runChain(
		[{}],
		[woofedNode('Upsert', { resource: 'contact', operation: 'upsert', ...parameters })],
	);
}

describe('WoofedCRM › Contact › Upsert', () => {
	it('sends POST /contacts/upsert with the fields and outputs the contact (200 updated)', async () => {
		const seen = bodiesSeen();
		const api = woofedApi().post(`${ACCOUNT}/contacts/upsert`, seen.match).reply(200, upserted);

		const result = await upsert({
			contactFields: { full_name: 'Tim Maia', email: 'tim@maia.com', label_list: 'vip' },
			customAttributes: { attribute: [{ key: 'cpf', value: '123.456.789-87' }] },
		});

		expect(result.error).toBeUndefined();
		expect(api.isDone()).toBe(true);
		expect(contactBody.parse(seen.bodies[0])).toEqual({
			full_name: 'Tim Maia',
			email: 'tim@maia.com',
			label_list: 'vip',
			custom_attributes: { cpf: '123.456.789-87' },
		});
		expect(result.output('Upsert')).toEqual([{ ...upserted, upsertResult: 'updated' }]);
	});

	it('matches by phone alone (201 created)', async () => {
		const seen = bodiesSeen();
		woofedApi().post(`${ACCOUNT}/contacts/upsert`, seen.match).reply(201, upserted);

		const result = await upsert({ contactFields: { phone: '+5541996910256' } });

		expect(result.error).toBeUndefined();
		expect(contactBody.parse(seen.bodies[0])).toEqual({ phone: '+5541996910256' });
		expect(result.output('Upsert')).toEqual([{ ...upserted, upsertResult: 'created' }]);
	});

	it("warns in the operation's notice that matching is a case-insensitive substring with 9th-digit phone variants", () => {
		const notice = new WoofedCrm().description.properties.find(
			(property) =>
				property.name === 'upsertNotice' &&
				property.displayOptions?.show?.resource?.includes('contact') === true,
		);
		expect(notice?.displayName).toContain('CONTAINS the value sent, ignoring case');
		expect(notice?.displayName).toContain('ana@x.com also matches joana@x.com');
		expect(notice?.displayName).toContain('with and without the 9th digit');
	});

	it('refuses an upsert without e-mail or phone before sending', async () => {
		const api = woofedApi().post(`${ACCOUNT}/contacts/upsert`).reply(200, upserted);

		const result = await upsert({ contactFields: { full_name: 'Tim Maia' } });

		expect(result.error?.message).toBe('Give an Email or a Phone to match the contact by');
		expect(result.error?.context.itemIndex).toBe(0);
		expect(api.isDone()).toBe(false);
	});
});
