import '../harness/mock-sleep';

import nock from 'nock';
import type { ICredentialDataDecryptedObject, IDataObject } from 'n8n-workflow';

import { EGestorApi } from '../../credentials/EGestorApi.credentials';
import { EcosysAutoApi } from '../../credentials/EcosysAutoApi.credentials';
import { HivestrApi } from '../../credentials/HivestrApi.credentials';
import { SonarMarketingApi } from '../../credentials/SonarMarketingApi.credentials';
import { WoofedCrmApi } from '../../credentials/WoofedCrmApi.credentials';
import { WorkflowHarness } from '../../harness/run-workflow';
import { failureOf } from '../shared/probe';
import { KEYS, NODE } from './matrix';
import type { VendorSpec } from './vendors';
import { nodes } from './vendors';

const credentialTypes = [
	new SonarMarketingApi(),
	new WoofedCrmApi(),
	new EcosysAutoApi(),
	new HivestrApi(),
	new EGestorApi(),
];

const CREDENTIAL_ID = 'base-url-credential';
const ELSEWHERE = 'https://elsewhere.test';

/** Runs the vendor's read with the credential's API origin moved to `origin`. */
async function readWith(vendor: VendorSpec, origin: string) {
	const data: IDataObject = { ...vendor.credentialData };
	data[vendor.baseUrlField] = String(data[vendor.baseUrlField]).replace(vendor.origin, origin);
	const harness = new WorkflowHarness({
		nodeTypes: { [vendor.node.description.name]: vendor.node },
		credentialTypes,
		credentials: [
			{
				id: CREDENTIAL_ID,
				name: 'base url',
				type: vendor.credentialType,
				data: data as ICredentialDataDecryptedObject,
			},
		],
	});
	const node = vendor.workflowNode(NODE, vendor.read.parameters, false);
	node.credentials = { [vendor.credentialType]: CREDENTIAL_ID };
	return await harness.runChain([{ key: KEYS[0] }], [node]);
}

/** Mocks a token exchange at `origin` for credentials that start with one. */
function exchangeAt(vendor: VendorSpec, origin: string) {
	if (vendor.token?.exchangesFirst !== true) return;
	nock(origin)
		.post(/\/auth\/token$/)
		.reply(200, { access_token: vendor.token.first, token_type: 'Bearer', expires_in: 3600 });
}

describe.each(nodes.map((vendor) => [vendor.displayName, vendor] as const))(
	'%s base URL',
	(_, vendor) => {
		const path = vendor.read.path(KEYS[0]);

		it.each(['http://api.example.com', 'http://localhost.example.com', 'ftp://api.example.com'])(
			'refuses %s before any request',
			async (origin) => {
				const seen: string[] = [];
				const anything = nock(origin.replace(/^ftp/, 'http'))
					.get(/.*/)
					.reply(200, () => seen.push('request'));

				const result = await readWith(vendor, origin);

				expect(failureOf(result)).toMatchObject({
					type: 'NodeOperationError',
					message: expect.stringMatching(/Base URL must be an https:\/\/ address/),
				});
				expect(seen).toEqual([]);
				expect(anything.isDone()).toBe(false);
			},
		);

		it.each(['http://localhost:8080', 'http://127.0.0.1:9000'])(
			'accepts loopback %s (sandboxes and tests)',
			async (origin) => {
				exchangeAt(vendor, origin);
				const { status, body } = vendor.read.ok(KEYS[0]);
				const api = nock(origin, {
					reqheaders: { authorization: `Bearer ${vendor.token?.first ?? vendor.secrets[0]}` },
				})
					.get(path)
					.reply(status, body);

				const result = await readWith(vendor, origin);

				expect(result.error).toBeUndefined();
				expect(api.isDone()).toBe(true);
				expect(result.output(NODE)).toEqual([vendor.read.output(KEYS[0])]);
			},
		);

		it('a redirect to another origin does not carry the credential', async () => {
			exchangeAt(vendor, vendor.origin);
			const api = vendor
				.api(vendor.token?.first)
				.get(path)
				.reply(302, '', { Location: `${ELSEWHERE}/landing` });
			const headers: Array<Record<string, unknown>> = [];
			const { status, body } = vendor.read.ok(KEYS[0]);
			const elsewhere = nock(ELSEWHERE)
				.get('/landing')
				.reply(function () {
					headers.push({ ...this.req.headers });
					return [status, body];
				});

			await readWith(vendor, vendor.origin);

			expect(api.isDone()).toBe(true);
			expect(elsewhere.isDone()).toBe(true);
			expect(headers).toHaveLength(1);
			expect(headers[0]).not.toHaveProperty('authorization');
			const text = JSON.stringify(headers[0]);
			for (const secret of vendor.secrets) expect(text).not.toContain(secret);
		});
	},
);
