import { Expression } from 'n8n-workflow';

import { EcosysAutoApi } from '../../credentials/EcosysAutoApi.credentials';

const credential = new EcosysAutoApi();
const resolve = (expression: string, credentials: object) =>
	Expression.resolveWithoutWorkflow(expression.slice(1), { $credentials: credentials });

describe('Ecosys Auto API credential', () => {
	it('signs requests with the key as a Bearer token', () => {
		expect(credential.authenticate.properties.headers).toEqual({
			Authorization: '=Bearer {{$credentials.apiKey}}',
		});
		expect(
			resolve(credential.authenticate.properties.headers!.Authorization as string, {
				apiKey: 'ea_live_x',
			}),
		).toBe('Bearer ea_live_x');
	});

	it('keeps the key out of sight, defaults to the production URL and holds a default store', () => {
		const byName = Object.fromEntries(
			credential.properties.map((property) => [property.name, property]),
		);
		expect(Object.keys(byName)).toEqual(['apiKey', 'baseUrl', 'storeId']);
		expect(byName.apiKey.typeOptions).toEqual({ password: true });
		expect(byName.apiKey.required).toBe(true);
		expect(byName.baseUrl.default).toBe('https://dashboard.ecosysauto.ai/api/v1');
		expect(byName.storeId.default).toBe('');
		expect(byName.storeId.typeOptions).toBeUndefined();
	});

	it('tests the connection by listing one client below the base URL, trailing slash or not', () => {
		const { baseURL, url, qs, method } = credential.test.request;
		expect([method, url, qs]).toEqual([undefined, '/clients', { limit: 1 }]);
		expect(
			resolve(baseURL as string, { baseUrl: 'https://dashboard.ecosysauto.ai/api/v1//' }),
		).toBe('https://dashboard.ecosysauto.ai/api/v1');
	});
});
