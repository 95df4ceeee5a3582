import type { IHttpRequestHelper } from 'n8n-workflow';
import { Expression } from 'n8n-workflow';

import { HivestrApi } from '../../credentials/HivestrApi.credentials';
import {
	HIVESTR_KEY,
	HIVESTR_SECRET,
	HIVESTR_TOKEN,
	hivestrApi,
	hivestrHarness,
	hivestrNode,
	tokenExchange,
} from './hivestr-harness';

const credential = new HivestrApi();
const resolve = (expression: string, credentials: object) =>
	Expression.resolveWithoutWorkflow(expression.slice(1), { $credentials: credentials });

function helperReturning(response: unknown) {
	const httpRequest = jest.fn(async () => response);
	return { httpRequest, helper: { helpers: { httpRequest } } as unknown as IHttpRequestHelper };
}

describe('Hivestr API credential', () => {
	it('signs requests with the exchanged access token as a Bearer token', () => {
		expect(credential.authenticate.properties.headers).toEqual({
			Authorization: '=Bearer {{$credentials.accessToken}}',
		});
		expect(
			resolve(credential.authenticate.properties.headers!.Authorization as string, {
				accessToken: 'jwt-x',
			}),
		).toBe('Bearer jwt-x');
	});

	it('hides key and secret, keeps the token as a hidden expirable field, defaults to production', () => {
		const byName = Object.fromEntries(
			credential.properties.map((property) => [property.name, property]),
		);
		expect(byName.apiKey.typeOptions).toEqual({ password: true });
		expect(byName.apiSecret.typeOptions).toEqual({ password: true });
		expect(byName.accessToken.type).toBe('hidden');
		expect(byName.accessToken.typeOptions?.expirable).toBe(true);
		expect(byName.accessToken.default).toBe('');
		expect(byName.baseUrl.default).toBe('https://www.hivestr.com/api/v1');
	});

	it('preAuthentication posts api_key and api_secret to /auth/token below the base URL', async () => {
		const { httpRequest, helper } = helperReturning({
			access_token: 'jwt-new',
			token_type: 'Bearer',
			expires_in: 3600,
		});

		const output = await credential.preAuthentication.call(helper, {
			apiKey: 'k',
			apiSecret: 's',
			baseUrl: 'https://www.hivestr.com/api/v1/',
			accessToken: '',
		});

		expect(output).toEqual({ accessToken: 'jwt-new' });
		expect(httpRequest).toHaveBeenCalledWith({
			method: 'POST',
			url: 'https://www.hivestr.com/api/v1/auth/token',
			body: { api_key: 'k', api_secret: 's' },
			json: true,
		});
	});

	it('preAuthentication refuses a plain-http base URL that is not loopback, before sending', async () => {
		const { httpRequest, helper } = helperReturning({ access_token: 'x' });

		await expect(
			credential.preAuthentication.call(helper, {
				apiKey: 'k',
				apiSecret: 's',
				baseUrl: 'http://hivestr.example.com/api/v1',
			}),
		).rejects.toThrow("The Hivestr credential's Base URL must be an https:// address");
		expect(httpRequest).not.toHaveBeenCalled();
	});

	it('preAuthentication fails clearly when no token comes back', async () => {
		const { helper } = helperReturning({ success: false });

		await expect(
			credential.preAuthentication.call(helper, { apiKey: 'k', apiSecret: 's', baseUrl: '' }),
		).rejects.toThrow('Hivestr did not return an access token: check the API key and secret');
	});

	it('tests the connection with the key/secret exchange, which needs no permission (not GET /clients, which needs clients)', () => {
		const { method, baseURL, url, body } = credential.test.request;
		expect([method, url]).toEqual(['POST', '/auth/token']);
		expect(body).toEqual({
			api_key: '={{$credentials.apiKey}}',
			api_secret: '={{$credentials.apiSecret}}',
		});
		expect(resolve(baseURL as string, { baseUrl: 'https://www.hivestr.com/api/v1/' })).toBe(
			'https://www.hivestr.com/api/v1',
		);
	});

	it('in a workflow, exchanges once, signs the request and stores the token', async () => {
		const exchange = tokenExchange();
		const api = hivestrApi()
			.get('/api/v1/public/clients/c-1')
			.reply(200, { success: true, data: { id: 'c-1' } });
		const harness = hivestrHarness();

		const result = await harness.runChain(
			[{}],
			[hivestrNode('Get', { resource: 'client', operation: 'get', clientId: 'c-1' })],
		);

		expect(result.error).toBeUndefined();
		expect(exchange.isDone()).toBe(true);
		expect(api.isDone()).toBe(true);
		expect(harness.credentialsHelper.stored('hivestr-credential')).toEqual({
			apiKey: HIVESTR_KEY,
			apiSecret: HIVESTR_SECRET,
			baseUrl: 'https://hivestr.test/api/v1',
			accessToken: HIVESTR_TOKEN,
		});
	});
});
