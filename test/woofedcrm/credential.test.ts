import { Expression } from 'n8n-workflow';

import { WoofedCrmApi } from '../../credentials/WoofedCrmApi.credentials';

const credential = new WoofedCrmApi();
const resolve = (expression: string, credentials: object) =>
	Expression.resolveWithoutWorkflow(expression.slice(1), { $credentials: credentials });

describe('WoofedCRM API credential', () => {
	it('signs requests with the token as a Bearer token', () => {
		expect(credential.authenticate.properties.headers).toEqual({
			Authorization: '=Bearer {{$credentials.apiToken}}',
		});
		expect(
			resolve(credential.authenticate.properties.headers!.Authorization as string, {
				apiToken: 'eyJ.jwt',
			}),
		).toBe('Bearer eyJ.jwt');
	});

	it('keeps the token out of sight, requires the account and defaults to the cloud URL', () => {
		const byName = Object.fromEntries(
			credential.properties.map((property) => [property.name, property]),
		);
		expect(Object.keys(byName)).toEqual(['baseUrl', 'allowInsecureHttp', 'accountId', 'apiToken']);
		expect(byName.apiToken.typeOptions).toEqual({ password: true });
		expect(byName.apiToken.required).toBe(true);
		expect(byName.accountId.required).toBe(true);
		expect(byName.baseUrl.default).toBe('https://app.woofedcrm.com');
	});

	it('offers "Allow Insecure HTTP" off by default, with a warning in its help', () => {
		const allow = credential.properties.find((property) => property.name === 'allowInsecureHttp');
		expect(allow).toMatchObject({ type: 'boolean', default: false });
		expect(allow?.description).toMatch(/^Whether .*Warning: over http:\/\/ the API token/);
	});

	it("tests the connection with a contact search in the credential's account, trailing slash or not", () => {
		const { baseURL, url, method } = credential.test.request;
		expect(method).toBe('GET');
		expect(resolve(baseURL as string, { baseUrl: 'https://crm.example.com.br/' })).toBe(
			'https://crm.example.com.br',
		);
		expect(resolve(url as string, { accountId: 12 })).toBe('/api/v1/accounts/12/contacts/search');
		expect(resolve(url as string, { accountId: ' 12 ' })).toBe(
			'/api/v1/accounts/12/contacts/search',
		);
		expect(resolve(url as string, { accountId: '1/../2' })).toBe(
			'/api/v1/accounts/12/contacts/search',
		);
	});
});
