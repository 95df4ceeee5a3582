import nock from 'nock';
import type { IDataObject } from 'n8n-workflow';
import { Expression } from 'n8n-workflow';

import { EGestorApi } from '../../credentials/EGestorApi.credentials';
import { EGestorOAuth2Api } from '../../credentials/EGestorOAuth2Api.credentials';
import { personalTokenRequest, refreshTokenRequest } from '../../sandbox/contracts/egestor';
import {
	bodiesSeen,
	eGestorApi,
	eGestorHarness,
	eGestorNode,
	OAUTH_ID,
	ORIGIN,
	PERSONAL_ID,
	PERSONAL_TOKEN,
	TOKEN_PATH,
} from './egestor-harness';

const contact = (codigo: number) => ({ codigo, nome: `C${codigo}` });
const getContact = (oauth = false) =>
	eGestorNode(
		'eGestor',
		{ resource: 'contact', operation: 'get', contactId: '={{ $json.n }}' },
		{ oauth },
	);

describe('eGestor personal token credential', () => {
	const credential = new EGestorApi();
	const byName = Object.fromEntries(credential.properties.map((p) => [p.name, p]));

	it('keeps the token secret, the access token hidden and expirable, production URLs by default', () => {
		expect(byName.personalToken.typeOptions).toEqual({ password: true });
		expect(byName.accessToken.type).toBe('hidden');
		expect(byName.accessToken.typeOptions?.expirable).toBe(true);
		expect(byName.baseUrl.default).toBe('https://api.egestor.com.br/api/v1');
		expect(byName.accessTokenUrl.default).toBe('https://api.egestor.com.br/api/oauth/access_token');
	});

	it('signs with the access token and tests by listing contacts', () => {
		expect(credential.authenticate.properties.headers).toEqual({
			Authorization: '=Bearer {{$credentials.accessToken}}',
		});
		const { baseURL, url } = credential.test.request;
		expect(url).toBe('/contatos');
		expect(
			Expression.resolveWithoutWorkflow((baseURL as string).slice(1), {
				$credentials: { baseUrl: 'https://api.egestor.com.br/api/v1/' },
			}),
		).toBe('https://api.egestor.com.br/api/v1');
	});

	it('exchanges the personal token once for 100 items and stores the access token', async () => {
		const seen = bodiesSeen();
		const exchange = nock(ORIGIN)
			.post(TOKEN_PATH, seen.match)
			.once()
			.reply(200, { access_token: 'fresh-1', token_type: 'Bearer', expires_in: 900 });
		const api = eGestorApi('fresh-1')
			.get(/\/api\/v1\/contatos\/\d+$/)
			.times(100)
			.reply(200, (uri) => contact(Number(uri.split('/').pop())));
		const input = Array.from({ length: 100 }, (_, n) => ({ n: n + 1 }));
		const test = eGestorHarness({ accessToken: '' });

		const result = await test.runChain(input, [getContact()]);

		expect(result.error).toBeUndefined();
		expect(exchange.isDone()).toBe(true);
		expect(api.isDone()).toBe(true);
		expect(seen.bodies.map((body) => personalTokenRequest.parse(body))).toEqual([
			{ grant_type: 'personal', personal_token: PERSONAL_TOKEN },
		]);
		expect(result.output('eGestor')).toEqual(input.map(({ n }) => contact(n)));
		expect(test.credentialsHelper.stored(PERSONAL_ID).accessToken).toBe('fresh-1');
	});

	it('after the 15 minutes (a 401) exchanges again exactly once and goes on with the new token', async () => {
		const exchange = nock(ORIGIN)
			.post(TOKEN_PATH, { grant_type: 'personal', personal_token: PERSONAL_TOKEN })
			.once()
			.reply(200, { access_token: 'fresh-2', token_type: 'Bearer', expires_in: 900 });
		eGestorApi('expired-1')
			.get('/api/v1/contatos/1')
			.reply(200, contact(1))
			.get('/api/v1/contatos/2')
			.reply(401, {
				errCode: 401,
				errMsg: 'Não foi possível acessar o sistema.',
				errObs: 'access_denied',
				errFields: null,
			});
		const fresh = eGestorApi('fresh-2')
			.get('/api/v1/contatos/2')
			.reply(200, contact(2))
			.get('/api/v1/contatos/3')
			.reply(200, contact(3));
		const test = eGestorHarness({ accessToken: 'expired-1' });

		const result = await test.runChain([{ n: 1 }, { n: 2 }, { n: 3 }], [getContact()]);

		expect(result.error).toBeUndefined();
		expect(exchange.isDone()).toBe(true);
		expect(fresh.isDone()).toBe(true);
		expect(result.output('eGestor')).toEqual([contact(1), contact(2), contact(3)]);
		expect(test.credentialsHelper.stored(PERSONAL_ID).accessToken).toBe('fresh-2');
	});
});

describe('eGestor OAuth2 credential', () => {
	it('extends oAuth2Api with the authorization-code grant and eGestor URLs', () => {
		const credential = new EGestorOAuth2Api();
		const byName = Object.fromEntries(credential.properties.map((p) => [p.name, p.default]));
		expect(credential.extends).toEqual(['oAuth2Api']);
		expect(byName).toMatchObject({
			grantType: 'authorizationCode',
			authUrl: 'https://v4.egestor.com.br/api/oauth/authorize',
			accessTokenUrl: 'https://api.egestor.com.br/api/oauth/access_token',
			baseUrl: 'https://api.egestor.com.br/api/v1',
			authentication: 'body',
		});
	});

	it('a 401 triggers one refresh; the rotated refresh token is stored and the old one never sent again', async () => {
		const refreshes: IDataObject[] = [];
		const token = nock(ORIGIN)
			.post(TOKEN_PATH, (body: IDataObject) => refreshes.push(body) > 0)
			.reply(200, {
				access_token: 'access-2',
				refresh_token: 'refresh-2',
				token_type: 'Bearer',
				expires_in: 900,
			})
			.post(TOKEN_PATH, (body: IDataObject) => refreshes.push(body) > 0)
			.reply(200, {
				access_token: 'access-3',
				refresh_token: 'refresh-3',
				token_type: 'Bearer',
				expires_in: 900,
			});
		eGestorApi('access-1')
			.get('/api/v1/contatos/1')
			.reply(401, { errCode: 401, errMsg: 'expirado' });
		eGestorApi('access-2')
			.get('/api/v1/contatos/1')
			.reply(200, contact(1))
			.get('/api/v1/contatos/2')
			.reply(200, contact(2))
			.get('/api/v1/contatos/3')
			.reply(401, { errCode: 401, errMsg: 'expirado' });
		eGestorApi('access-3').get('/api/v1/contatos/3').reply(200, contact(3));
		const test = eGestorHarness();

		const first = await test.runChain([{ n: 1 }, { n: 2 }], [getContact(true)]);
		const afterFirst = test.credentialsHelper.stored(OAUTH_ID).oauthTokenData as IDataObject;
		const second = await test.runChain([{ n: 3 }], [getContact(true)]);

		expect(first.error).toBeUndefined();
		expect(second.error).toBeUndefined();
		expect(token.isDone()).toBe(true);
		expect(first.output('eGestor')).toEqual([contact(1), contact(2)]);
		expect(second.output('eGestor')).toEqual([contact(3)]);
		expect(afterFirst).toMatchObject({ access_token: 'access-2', refresh_token: 'refresh-2' });
		expect(refreshes.map((body) => refreshTokenRequest.parse(body).refresh_token)).toEqual([
			'refresh-1',
			'refresh-2',
		]);
		const stored = test.credentialsHelper.stored(OAUTH_ID).oauthTokenData as IDataObject;
		expect(stored).toMatchObject({ access_token: 'access-3', refresh_token: 'refresh-3' });
	});
});

describe('eGestor credentials › every URL a secret is sent to must be https', () => {
	it.each([
		['personal token', false, { accessTokenUrl: 'http://egestor.test/api/oauth/access_token' }],
		['OAuth2', true, { accessTokenUrl: 'http://egestor.test/api/oauth/access_token' }],
		['OAuth2', true, { authUrl: 'http://v4.egestor.test/api/oauth/authorize' }],
	])(
		'%s with %j: refused before any request, the secret never sent',
		async (_, oauth, overrides) => {
			const token = nock(ORIGIN).post(TOKEN_PATH).reply(200, { access_token: 'x' });
			const plain = nock('http://egestor.test').post(/.*/).reply(200, { access_token: 'x' });
			const api = eGestorApi().get(/.*/).reply(200, contact(1));
			const test = eGestorHarness({ accessToken: '', overrides });

			const result = await test.runChain([{ n: 1 }], [getContact(oauth)]);

			const field = 'accessTokenUrl' in overrides ? 'Access Token URL' : 'Authorization URL';
			expect(result.error?.message).toContain(
				`The eGestor credential's ${field} must be an https:// address`,
			);
			expect(token.isDone()).toBe(false);
			expect(plain.isDone()).toBe(false);
			expect(api.isDone()).toBe(false);
		},
	);
});

describe('eGestor personal token credential › its own check (also used by the HTTP Request node)', () => {
	it.each([
		['http://egestor.test/api/oauth/access_token', false],
		['ftp://egestor.test/token', false],
		['not a url', false],
		['https://api.egestor.com.br/api/oauth/access_token', true],
		['http://127.0.0.1:4010/api/oauth/access_token', true],
	])('Access Token URL %s: sent to: %s', async (accessTokenUrl, sent) => {
		const httpRequest = jest.fn().mockResolvedValue({ access_token: 'fresh' });
		const exchange = new EGestorApi().preAuthentication.call(
			{ helpers: { httpRequest } } as never,
			{ personalToken: PERSONAL_TOKEN, accessTokenUrl },
		);

		if (sent) {
			await expect(exchange).resolves.toEqual({ accessToken: 'fresh' });
			expect(httpRequest).toHaveBeenCalledWith(
				expect.objectContaining({ url: accessTokenUrl, method: 'POST' }),
			);
		} else {
			await expect(exchange).rejects.toThrow(
				"The eGestor credential's Access Token URL must be an https:// address",
			);
			expect(httpRequest).not.toHaveBeenCalled();
		}
	});
});
