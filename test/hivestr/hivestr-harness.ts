import nock from 'nock';
import type { IDataObject } from 'n8n-workflow';

import { HivestrApi } from '../../credentials/HivestrApi.credentials';
import { Hivestr } from '../../nodes/Hivestr/Hivestr.node';
import { tokenBody } from '../../sandbox/contracts/hivestr';
import { vendorKit } from '../harness/vendor-kit';

export { bodiesSeen } from '../harness/vendor-kit';

export const HIVESTR_ORIGIN = 'https://hivestr.test';
export const HIVESTR_KEY = 'hvstr_test_key_123';
export const HIVESTR_SECRET = 'secret_456_do_not_leak';
export const HIVESTR_TOKEN = 'jwt-token-1';

const kit = vendorKit({
	nodeName: 'hivestr',
	node: new Hivestr(),
	credentialTypes: [new HivestrApi()],
	credentialType: 'hivestrApi',
	credentialData: {
		apiKey: HIVESTR_KEY,
		apiSecret: HIVESTR_SECRET,
		baseUrl: `${HIVESTR_ORIGIN}/api/v1`,
	},
	origin: HIVESTR_ORIGIN,
	requiredHeaders: { authorization: `Bearer ${HIVESTR_TOKEN}` },
});

export const hivestrHarness = kit.harness;
export const hivestrNode = kit.node;
/** The Hivestr API as nock sees it, requiring the exchanged Bearer token on every call. */
export const hivestrApi = kit.api;

/** The API signed with another token (after a re-exchange). */
export const hivestrApiWith = (token: string) =>
	nock(HIVESTR_ORIGIN, { reqheaders: { authorization: `Bearer ${token}` } });

/** The key/secret exchange, answering with the given tokens in order (checked against the doc). */
export function tokenExchange(...tokens: string[]) {
	const scope = nock(HIVESTR_ORIGIN);
	for (const token of tokens.length === 0 ? [HIVESTR_TOKEN] : tokens) {
		scope
			.post('/api/v1/auth/token', (body) => {
				tokenBody.parse(body);
				return body.api_key === HIVESTR_KEY && body.api_secret === HIVESTR_SECRET;
			})
			.reply(200, { access_token: token, token_type: 'Bearer', expires_in: 3600 });
	}
	return scope;
}

/** Runs one Hivestr node on the input items (one empty item by default). */
export async function runHivestr(
	parameters: IDataObject,
	{ input = [{}], continueOnFail = false, name = 'Hivestr' } = {},
) {
	return await hivestrHarness().runChain(input, [hivestrNode(name, parameters, continueOnFail)]);
}

/** Collects the query objects a nock interceptor receives, accepting every one. */
export function queriesSeen() {
	const queries: IDataObject[] = [];
	return {
		queries,
		match: (query: IDataObject) => queries.push(query) > 0,
	};
}
