import { Expression } from 'n8n-workflow';

import { SonarMarketingApi } from '../../credentials/SonarMarketingApi.credentials';

const credential = new SonarMarketingApi();
const resolve = (expression: string, credentials: object) =>
	Expression.resolveWithoutWorkflow(expression.slice(1), { $credentials: credentials });

describe('Sonar Marketing API credential', () => {
	it('signs requests with the key as a Bearer token', () => {
		expect(credential.authenticate.properties.headers).toEqual({
			Authorization: '=Bearer {{$credentials.apiKey}}',
		});
		expect(
			resolve(credential.authenticate.properties.headers!.Authorization as string, {
				apiKey: 'snr_live_x',
			}),
		).toBe('Bearer snr_live_x');
	});

	it('keeps the key out of sight and defaults to the production URL', () => {
		const byName = Object.fromEntries(
			credential.properties.map((property) => [property.name, property]),
		);
		expect(byName.apiKey.typeOptions).toEqual({ password: true });
		expect(byName.baseUrl.default).toBe('https://app.sonar.marketing/api/v1');
	});

	it('tests the connection by listing one deal below the base URL, trailing slash or not', () => {
		const { baseURL, url, qs } = credential.test.request;
		expect([url, qs]).toEqual(['/deals', { limit: 1 }]);
		expect(resolve(baseURL as string, { baseUrl: 'https://app.sonar.marketing/api/v1/' })).toBe(
			'https://app.sonar.marketing/api/v1',
		);
	});
});
