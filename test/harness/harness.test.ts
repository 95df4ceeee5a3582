import nock from 'nock';
import type {
	ICredentialDataDecryptedObject,
	ICredentialType,
	IDataObject,
	IExecuteFunctions,
	IHttpRequestHelper,
	INodeExecutionData,
	INodeType,
	INodeTypeDescription,
} from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import type { WorkflowNode } from '../../harness/run-workflow';
import { WorkflowHarness } from '../../harness/run-workflow';

/** A key+secret credential exchanged for a short-lived token, the way Hivestr works. */
class TokenApi implements ICredentialType {
	name = 'tokenApi';
	displayName = 'Token API';
	properties = [
		{ displayName: 'Key', name: 'apiKey', type: 'string' as const, default: '' },
		{
			displayName: 'Access Token',
			name: 'accessToken',
			type: 'hidden' as const,
			typeOptions: { expirable: true },
			default: '',
		},
	];

	async preAuthentication(this: IHttpRequestHelper, credentials: ICredentialDataDecryptedObject) {
		const { token } = (await this.helpers.httpRequest({
			method: 'POST',
			url: 'https://token.test/auth/token',
			body: { api_key: credentials.apiKey },
			json: true,
		})) as { token: string };
		return { accessToken: token };
	}

	authenticate = {
		type: 'generic' as const,
		properties: { headers: { Authorization: '=Bearer {{$credentials.accessToken}}' } },
	};
}

/** Just enough of n8n's OAuth2 base credential for n8n-core's OAuth2 request path. */
class OAuth2Api implements ICredentialType {
	name = 'oAuth2Api';
	displayName = 'OAuth2';
	properties = ['grantType', 'accessTokenUrl', 'clientId', 'clientSecret', 'authentication'].map(
		(name) => ({ displayName: name, name, type: 'string' as const, default: '' }),
	);
}

class TestOAuth2Api implements ICredentialType {
	name = 'testOAuth2Api';
	displayName = 'Test OAuth2';
	extends = ['oAuth2Api'];
	properties = [];
}

/** Sends one GET per item with the chosen credential and outputs the response body. */
class Echo implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Echo',
		name: 'echo',
		group: ['transform'],
		version: 1,
		description: 'test',
		defaults: { name: 'Echo' },
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: [
			{ name: 'tokenApi', required: false },
			{ name: 'testOAuth2Api', required: false },
		],
		properties: [
			{
				displayName: 'Credential',
				name: 'credential',
				type: 'string' as const,
				default: 'tokenApi',
			},
			{ displayName: 'Path', name: 'path', type: 'string' as const, default: '/' },
		],
	};

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		const output: INodeExecutionData[] = [];
		for (let item = 0; item < this.getInputData().length; item++) {
			const body = (await this.helpers.httpRequestWithAuthentication.call(
				this,
				this.getNodeParameter('credential', item) as string,
				{
					method: 'GET',
					url: `https://api.test${this.getNodeParameter('path', item) as string}`,
					json: true,
				},
			)) as IDataObject;
			output.push({ json: body, pairedItem: { item } });
		}
		return [output];
	}
}

function harness() {
	return new WorkflowHarness({
		nodeTypes: { echo: new Echo() },
		credentialTypes: [new TokenApi(), new OAuth2Api(), new TestOAuth2Api()],
		credentials: [
			{ id: 'tok', name: 'Token', type: 'tokenApi', data: { apiKey: 'key-1' } },
			{
				id: 'oauth',
				name: 'OAuth',
				type: 'testOAuth2Api',
				data: {
					grantType: 'authorizationCode',
					accessTokenUrl: 'https://auth.test/oauth/access_token',
					clientId: 'client',
					clientSecret: 'secret',
					authentication: 'body',
					oauthTokenData: {
						access_token: 'old-access',
						refresh_token: 'old-refresh',
						token_type: 'Bearer',
					},
				},
			},
		],
	});
}

const echo = (name: string, path: string, credential = 'tokenApi'): WorkflowNode => ({
	name,
	type: 'echo',
	parameters: { credential, path },
	credentials: { [credential]: credential === 'tokenApi' ? 'tok' : 'oauth' },
});

describe('workflow harness', () => {
	it('exchanges the key for a token once for 50 items and persists it', async () => {
		const exchange = nock('https://token.test')
			.post('/auth/token', { api_key: 'key-1' })
			.once()
			.reply(200, { token: 'jwt-1' });
		const api = nock('https://api.test', { reqheaders: { authorization: 'Bearer jwt-1' } })
			.get(/\/items\/\d+/)
			.times(50)
			.reply(200, (uri) => ({ path: uri }));
		const input = Array.from({ length: 50 }, (_, n) => ({ n }));
		const test = harness();

		const result = await test.runChain(input, [echo('Echo', '=/items/{{ $json.n }}')]);

		expect(result.error).toBeUndefined();
		expect(exchange.isDone()).toBe(true);
		expect(api.isDone()).toBe(true);
		expect(result.output('Echo')).toEqual(input.map(({ n }) => ({ path: `/items/${n}` })));
		expect(test.credentialsHelper.stored('tok').accessToken).toBe('jwt-1');
	});

	it('after a 401 exchanges again exactly once and the item still succeeds', async () => {
		const exchange = nock('https://token.test')
			.post('/auth/token')
			.reply(200, { token: 'jwt-1' })
			.post('/auth/token')
			.reply(200, { token: 'jwt-2' });
		nock('https://api.test', { reqheaders: { authorization: 'Bearer jwt-1' } })
			.get('/a')
			.reply(200, { ok: 'a' })
			.get('/b')
			.reply(401, { error: 'expired' });
		nock('https://api.test', { reqheaders: { authorization: 'Bearer jwt-2' } })
			.get('/b')
			.reply(200, { ok: 'b' })
			.get('/c')
			.reply(200, { ok: 'c' });

		const result = await harness().runChain(
			[{ p: 'a' }, { p: 'b' }, { p: 'c' }],
			[echo('Echo', '=/{{ $json.p }}')],
		);

		expect(result.error).toBeUndefined();
		expect(exchange.isDone()).toBe(true);
		expect(result.output('Echo')).toEqual([{ ok: 'a' }, { ok: 'b' }, { ok: 'c' }]);
	});

	it('chains nodes: each node gets the previous output and expressions resolve against it', async () => {
		nock('https://token.test').post('/auth/token').reply(200, { token: 'jwt-1' });
		nock('https://api.test')
			.get('/first')
			.reply(200, { next: 'second' })
			.get('/second')
			.reply(200, { done: true });

		const result = await harness().runChain(
			[{}],
			[echo('One', '/first'), echo('Two', '=/{{ $json.next }}')],
		);

		expect(result.output('One')).toEqual([{ next: 'second' }]);
		expect(result.output('Two')).toEqual([{ done: true }]);
		expect(result.items('Two')[0].pairedItem).toEqual({ item: 0 });
	});

	it('refreshes an OAuth2 token after a 401 and stores the rotated refresh token', async () => {
		const refresh = nock('https://auth.test')
			.post(
				'/oauth/access_token',
				(body) => body.grant_type === 'refresh_token' && body.refresh_token === 'old-refresh',
			)
			.reply(200, {
				access_token: 'new-access',
				refresh_token: 'new-refresh',
				token_type: 'Bearer',
				expires_in: 900,
			});
		nock('https://api.test', { reqheaders: { authorization: 'Bearer old-access' } })
			.get('/me')
			.reply(401, {});
		nock('https://api.test', { reqheaders: { authorization: 'Bearer new-access' } })
			.get('/me')
			.times(2)
			.reply(200, { me: 'ok' });
		const test = harness();

		const first = await test.runChain([{}], [echo('Echo', '/me', 'testOAuth2Api')]);
		const second = await test.runChain([{}], [echo('Echo', '/me', 'testOAuth2Api')]);

		expect(first.error).toBeUndefined();
		expect(second.output('Echo')).toEqual([{ me: 'ok' }]);
		expect(refresh.isDone()).toBe(true);
		const stored = test.credentialsHelper.stored('oauth').oauthTokenData as IDataObject;
		expect(stored).toMatchObject({ access_token: 'new-access', refresh_token: 'new-refresh' });
	});
});
