import { WoofedCrmApi } from '../../credentials/WoofedCrmApi.credentials';
import { WoofedCrm } from '../../nodes/WoofedCrm/WoofedCrm.node';
import { vendorKit } from '../harness/vendor-kit';

export { bodiesSeen } from '../harness/vendor-kit';

export const WOOFED_TOKEN = 'eyJhbGciOiJIUzI1NiJ9.eyJ1c2VyX2lkIjo1fQ.test-signature';

/** Account paths below the mocked instance. */
export const ACCOUNT = '/api/v1/accounts/7';

const woofed = vendorKit({
	nodeName: 'woofedCrm',
	node: new WoofedCrm(),
	credentialTypes: [new WoofedCrmApi()],
	credentialType: 'woofedCrmApi',
	credentialData: { baseUrl: 'https://crm.woofed.test/', accountId: '7', apiToken: WOOFED_TOKEN },
	origin: 'https://crm.woofed.test',
	requiredHeaders: { authorization: `Bearer ${WOOFED_TOKEN}` },
});

export const woofedHarness = woofed.harness;
export const woofedNode = woofed.node;
/** The WoofedCRM API as nock sees it, requiring the Bearer token on every call. */
export const woofedApi = woofed.api;

/** A pagy page of a search, as WoofedCRM returns it (10 records a page). */
export function pagyPage<T>(data: T[], page: number, count: number) {
	const pages = Math.max(1, Math.ceil(count / 10));
	const from = count === 0 ? 0 : (page - 1) * 10 + 1;
	return {
		data,
		pagination: {
			page,
			items: 10,
			count,
			pages,
			from,
			last: pages,
			to: from + data.length - (data.length > 0 ? 1 : 0),
			prev: page > 1 ? page - 1 : null,
			next: page < pages ? page + 1 : null,
		},
	};
}
