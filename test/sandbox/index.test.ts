import { startSandboxes } from '../../sandbox';
import { allowLoopback, call } from './client';

allowLoopback();

describe('startSandboxes', () => {
	it("starts all five on loopback, each answering its credential's connection test with the demo credentials", async () => {
		const running = await startSandboxes({ vendorOptions: { egestor: { rateLimit: 5 } } });
		try {
			const { sonar, ecosys, woofedcrm, hivestr, egestor } = running.vendors;
			expect(Object.keys(running.vendors).sort()).toEqual([
				'ecosys',
				'egestor',
				'hivestr',
				'sonar',
				'woofedcrm',
			]);
			for (const sandbox of Object.values(running.vendors)) {
				expect(sandbox.baseUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+/);
			}
			const sonarTest = await call(sonar!.baseUrl, 'GET', '/deals', {
				token: sonar!.credentials.apiKey,
				query: { limit: 1 },
			});
			expect(sonarTest.status).toBe(200);
			const ecosysTest = await call(ecosys!.baseUrl, 'GET', '/clients', {
				token: ecosys!.credentials.apiKey,
				query: { limit: 1 },
			});
			expect(ecosysTest.status).toBe(200);
			const woofedTest = await call(
				woofedcrm!.credentials.baseUrl,
				'GET',
				`/api/v1/accounts/${woofedcrm!.credentials.accountId}/contacts/search`,
				{ token: woofedcrm!.credentials.apiToken },
			);
			expect(woofedTest.status).toBe(200);
			const { access_token: hivestrToken } = (
				await call(hivestr!.baseUrl, 'POST', '/auth/token', {
					body: {
						api_key: hivestr!.credentials.apiKey,
						api_secret: hivestr!.credentials.apiSecret,
					},
				})
			).body;
			const hivestrTest = await call(hivestr!.baseUrl, 'GET', '/public/clients', {
				token: hivestrToken,
				query: { limit: 1 },
			});
			expect(hivestrTest.status).toBe(200);
			const tokenUrl = new URL(egestor!.credentials.accessTokenUrl);
			const { access_token: egestorToken } = (
				await call(tokenUrl.origin, 'POST', tokenUrl.pathname, {
					body: { grant_type: 'personal', personal_token: egestor!.credentials.personalToken },
				})
			).body;
			const egestorTest = await call(egestor!.baseUrl, 'GET', '/contatos', {
				token: egestorToken,
			});
			expect(egestorTest.status).toBe(200);
			expect(egestorTest.headers.get('x-ratelimit-limit')).toBe('5');
		} finally {
			await running.stop();
		}
		await expect(
			fetch(`${running.vendors.sonar!.baseUrl}/deals`).then((reply) => reply.status),
		).rejects.toThrow();
	});
});
