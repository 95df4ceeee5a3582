import nock from 'nock';

import { WoofedCrmApi } from '../../credentials/WoofedCrmApi.credentials';
import { WoofedCrm } from '../../nodes/WoofedCrm/WoofedCrm.node';
import { vendorKit } from '../harness/vendor-kit';
import { WOOFED_TOKEN } from './woofedcrm-harness';

/** A self-hosted WoofedCRM on a LAN address over plain http://. */
const LAN = 'http://192.168.0.10:3000';

function kitWith(allowInsecureHttp: boolean | undefined) {
	return vendorKit({
		nodeName: 'woofedCrm',
		node: new WoofedCrm(),
		credentialTypes: [new WoofedCrmApi()],
		credentialType: 'woofedCrmApi',
		credentialData: {
			baseUrl: LAN,
			accountId: '1',
			apiToken: WOOFED_TOKEN,
			...(allowInsecureHttp === undefined ? {} : { allowInsecureHttp }),
		},
		origin: LAN,
	});
}

describe('WoofedCRM › self-hosted over plain http', () => {
	afterEach(() => nock.cleanAll());

	it.each([undefined, false])(
		'refuses a LAN http:// Base URL before sending when "Allow Insecure HTTP" is %s',
		async (allow) => {
			const kit = kitWith(allow);
			const api = kit.api().get('/api/v1/accounts/1/deals/1').reply(200, { id: 1 });

			const result = await kit
				.harness()
				.runChain([{}], [kit.node('Get', { resource: 'deal', operation: 'get', dealId: '1' })]);

			expect(result.error?.message).toBe(
				"The WoofedCRM credential's Base URL must be an https:// address",
			);
			expect(api.isDone()).toBe(false);
		},
	);

	it('reaches the LAN http:// address when "Allow Insecure HTTP" is on', async () => {
		const kit = kitWith(true);
		const api = kit.api().get('/api/v1/accounts/1/deals/1').reply(200, { id: 1, name: 'LAN' });

		const result = await kit
			.harness()
			.runChain([{}], [kit.node('Get', { resource: 'deal', operation: 'get', dealId: '1' })]);

		expect(result.error).toBeUndefined();
		expect(api.isDone()).toBe(true);
		expect(result.output('Get')).toEqual([{ id: 1, name: 'LAN' }]);
	});
});
