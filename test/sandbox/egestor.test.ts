import type { ICredentialType, IDataObject } from 'n8n-workflow';

import { EGestorApi } from '../../credentials/EGestorApi.credentials';
import { EGestorOAuth2Api } from '../../credentials/EGestorOAuth2Api.credentials';
import { EGestor } from '../../nodes/EGestor/EGestor.node';
import { startEGestor } from '../../sandbox';
import type { Sandbox } from '../../sandbox';
import { errorBody, listEnvelope, tokenResponse } from '../contracts/egestor';
import { WorkflowHarness } from '../harness/run-workflow';
import { allowLoopback, call } from './client';

allowLoopback();

let sandbox: Sandbox;
afterEach(async () => await sandbox?.stop());

const api = () => sandbox.baseUrl;
const tokenUrl = () => sandbox.credentials.accessTokenUrl.replace(/\/access_token$/, '');
const oauth = () => sandbox.alternatives![0].credentials;

async function personalToken(): Promise<string> {
	const reply = await call(tokenUrl(), 'POST', '/access_token', {
		body: { grant_type: 'personal', personal_token: sandbox.credentials.personalToken },
	});
	return tokenResponse.parse(reply.body).access_token;
}

describe('eGestor sandbox › auth', () => {
	it('refuses no token, a wrong personal token and an expired access token', async () => {
		sandbox = await startEGestor({ accessTokenLifetimeSeconds: 1 });
		const none = await call(api(), 'GET', '/contatos');
		expect(none.status).toBe(401);
		expect(errorBody.parse(none.body)).toMatchObject({ errCode: 401, errObs: 'access_denied' });
		const wrong = await call(tokenUrl(), 'POST', '/access_token', {
			body: { grant_type: 'personal', personal_token: 'eyJ.wrong.token' },
		});
		expect(wrong.status).toBe(401);
		const access = await personalToken();
		expect((await call(api(), 'GET', '/contatos', { token: access })).status).toBe(200);
		await new Promise((resolve) => setTimeout(resolve, 1100));
		expect((await call(api(), 'GET', '/contatos', { token: access })).status).toBe(401);
	});

	it('runs the authorization-code flow with single-use codes and single-use refresh tokens', async () => {
		sandbox = await startEGestor();
		const authorize = await fetch(
			`${oauth().authUrl}?response_type=code&client_id=${oauth().clientId}&redirect_uri=${encodeURIComponent('http://localhost:5678/rest/oauth2-credential/callback')}&state=xyz`,
			{ redirect: 'manual' },
		);
		expect(authorize.status).toBe(302);
		const location = new URL(authorize.headers.get('location')!);
		expect(location.searchParams.get('state')).toBe('xyz');
		const form = {
			grant_type: 'authorization_code',
			code: location.searchParams.get('code')!,
			client_id: oauth().clientId,
			client_secret: oauth().clientSecret,
			redirect_uri: 'http://localhost:5678/rest/oauth2-credential/callback',
		};
		const first = await call(tokenUrl(), 'POST', '/access_token', { form });
		const tokens = tokenResponse.parse(first.body);
		expect(tokens.expires_in).toBe(900);
		expect((await call(tokenUrl(), 'POST', '/access_token', { form })).status).toBe(400);
		const refresh = {
			grant_type: 'refresh_token',
			refresh_token: tokens.refresh_token!,
			client_id: oauth().clientId,
			client_secret: oauth().clientSecret,
		};
		const rotated = tokenResponse.parse(
			(await call(tokenUrl(), 'POST', '/access_token', { form: refresh })).body,
		);
		expect(rotated.refresh_token).not.toBe(tokens.refresh_token);
		const reused = await call(tokenUrl(), 'POST', '/access_token', { form: refresh });
		expect(reused.status).toBe(400);
		expect(reused.body.errObs).toBe('invalid_grant');
		expect((await call(api(), 'GET', '/produtos', { token: rotated.access_token })).status).toBe(
			200,
		);
	});

	it('counts requests per window with X-RateLimit headers and answers 429 past the limit', async () => {
		sandbox = await startEGestor({ rateLimit: 3, rateWindowMs: 400 });
		const access = await personalToken();
		const remaining: Array<string | null> = [];
		for (let index = 0; index < 3; index++) {
			const reply = await call(api(), 'GET', '/contatos', { token: access });
			expect(reply.headers.get('x-ratelimit-limit')).toBe('3');
			remaining.push(reply.headers.get('x-ratelimit-remaining'));
		}
		expect(remaining).toEqual(['2', '1', '0']);
		const limited = await call(api(), 'GET', '/contatos', { token: access });
		expect(limited.status).toBe(429);
		expect(limited.body.errCode).toBe(429);
		await new Promise((resolve) => setTimeout(resolve, 450));
		expect((await call(api(), 'GET', '/contatos', { token: access })).status).toBe(200);
	});
});

describe('eGestor sandbox › lists and rules', () => {
	it('lists 50 a page, fixed, with last_page and page URLs', async () => {
		sandbox = await startEGestor({ rateLimit: 1000 });
		const access = await personalToken();
		for (let index = 0; index < 53; index++) {
			await call(api(), 'POST', '/contatos', {
				token: access,
				body: { nome: `Cliente ${index}`, tipo: ['cliente'] },
			});
		}
		const first = listEnvelope.parse(
			(await call(api(), 'GET', '/contatos', { token: access })).body,
		);
		expect(first).toMatchObject({
			total: 55,
			per_page: 50,
			current_page: 1,
			last_page: 2,
			from: 1,
			to: 50,
		});
		expect(first.next_page_url).toMatch(/\/api\/v1\/contatos\?page=2$/);
		const second = await call(api(), 'GET', '/contatos', { token: access, query: { page: 2 } });
		expect(second.body.data).toHaveLength(5);
		const filtered = await call(api(), 'GET', '/contatos', {
			token: access,
			query: { filtro: 'Cliente 5' },
		});
		expect(filtered.body.data.map((row: { nome: string }) => row.nome)).toEqual([
			'Cliente 5',
			'Cliente 50',
			'Cliente 51',
			'Cliente 52',
		]);
	});

	it('refuses to edit a sale (405), answers 410 after a delete, 422/400 on contract violations', async () => {
		sandbox = await startEGestor();
		const access = await personalToken();
		const sale = await call(api(), 'POST', '/vendas', {
			token: access,
			body: {
				dtVenda: '2026-03-01',
				codContato: 1,
				produtos: [{ codProduto: 1, quant: 2 }],
				financeiros: [{ dtVenc: '2026-04-01' }, { dtVenc: '2026-05-01' }],
			},
		});
		expect(sale.body).toEqual({ codigo: 1, nome: 'Marcelo Andrade' });
		const read = await call(api(), 'GET', '/vendas/1', { token: access });
		expect(read.body).toMatchObject({ valorTotal: 1000, valorFinanc: 1000, numParcelas: 2 });
		expect(read.body.financeiros.map((row: { valor: number }) => row.valor)).toEqual([500, 500]);
		const edit = await call(api(), 'PUT', '/vendas/1', {
			token: access,
			body: { dtVenda: '2026-03-02' },
		});
		expect(edit.status).toBe(405);
		const removed = await call(api(), 'DELETE', '/vendas/1', { token: access });
		expect(removed.body).toEqual({
			code: '200',
			msg: 'Venda com código 1 excluída com sucesso!',
			obs: null,
			fields: null,
		});
		const gone = await call(api(), 'GET', '/vendas/1', { token: access });
		expect(gone.status).toBe(410);
		expect(gone.body).toEqual({
			errCode: 410,
			errMsg: 'Registro com código 1 não existe.',
			errObs: null,
			errFields: null,
		});
		expect((await call(api(), 'GET', '/vendas/99', { token: access })).status).toBe(404);
		const invalid = await call(api(), 'POST', '/contatos', {
			token: access,
			body: { nome: 'X', tipo: ['parceiro'] },
		});
		expect(invalid.status).toBe(422);
		expect(Object.keys(invalid.body.errFields)).toEqual(['tipo.0']);
		const unknown = await call(api(), 'POST', '/produtos', {
			token: access,
			body: { descricao: 'Y', cor: 'azul' },
		});
		expect(unknown.status).toBe(400);
		expect(unknown.body.errFields).toEqual({ cor: ['campo não existe'] });
	});
});

describe('eGestor sandbox › our node against it', () => {
	it('contact → product → sale with an installment → read the sale → receive its receivable (personal token exchanged by the credential)', async () => {
		sandbox = await startEGestor();
		const harness = new WorkflowHarness({
			nodeTypes: { eGestor: new EGestor() },
			credentialTypes: [new EGestorApi() as ICredentialType],
			credentials: [
				{
					id: 'egestor',
					name: 'eGestor sandbox',
					type: 'eGestorApi',
					data: { ...sandbox.credentials, accessToken: '' },
				},
			],
		});
		const node = (name: string, parameters: Record<string, unknown>) => ({
			name,
			type: 'eGestor',
			parameters: { authentication: 'personalToken', ...parameters },
			credentials: { eGestorApi: 'egestor' },
		});
		const result = await harness.runChain(
			[{ cliente: 'Padaria Pão Bom', produto: 'Pão de queijo (kg)', preco: 42.5 }],
			[
				node('Contact', {
					resource: 'contact',
					operation: 'create',
					nome: '={{ $json.cliente }}',
					tipo: ['cliente'],
				}),
				node('Product', {
					resource: 'product',
					operation: 'create',
					descricao: "={{ $('Start').item.json.produto }}",
					additionalFields: { precoVenda: "={{ $('Start').item.json.preco }}" },
				}),
				node('Sale', {
					resource: 'sale',
					operation: 'create',
					dtVenda: '2026-03-01',
					produtos: { product: [{ codProduto: '={{ $json.codigo }}', quant: 2 }] },
					financeiros: { installment: [{ dtVenc: '2026-04-01' }] },
					additionalFields: { codContato: "={{ $('Contact').item.json.codigo }}" },
				}),
				node('Read Sale', { resource: 'sale', operation: 'get', saleId: '={{ $json.codigo }}' }),
				node('Receive', {
					resource: 'receivable',
					operation: 'receive',
					receivableId: '={{ $json.financeiros[0].codigo }}',
					valor: '={{ $json.valorTotal }}',
					dtPgto: '2026-04-01',
				}),
			],
		);
		expect(result.error).toBeUndefined();
		const [contact] = result.output('Contact');
		expect(contact).toEqual({ codigo: expect.any(Number), nome: 'Padaria Pão Bom' });
		expect(result.output('Read Sale')).toEqual([
			expect.objectContaining({ codContato: contact.codigo, valorTotal: 85, numParcelas: 1 }),
		]);
		expect(result.output('Receive')).toEqual([
			expect.objectContaining({ msg: 'Recebimento efetuado com sucesso.' }),
		]);
	});
});

/** Just enough of n8n's OAuth2 base credential for n8n-core's OAuth2 request path. */
class OAuth2Api implements ICredentialType {
	name = 'oAuth2Api';
	displayName = 'OAuth2';
	properties = ['grantType', 'accessTokenUrl', 'clientId', 'clientSecret', 'authentication'].map(
		(name) => ({ displayName: name, name, type: 'string' as const, default: '' }),
	);
}

describe('eGestor sandbox › our node with OAuth2', () => {
	it('refreshes an expired access token through n8n, and the rotated refresh token works next time', async () => {
		sandbox = await startEGestor({ accessTokenLifetimeSeconds: 1 });
		const redirect = 'urn:ietf:wg:oauth:2.0:oob';
		const authorized = await call(
			oauth().authUrl.replace(/\/authorize$/, ''),
			'GET',
			'/authorize',
			{ query: { response_type: 'code', client_id: oauth().clientId, redirect_uri: redirect } },
		);
		const first = await call(tokenUrl(), 'POST', '/access_token', {
			form: {
				grant_type: 'authorization_code',
				code: authorized.body.code,
				client_id: oauth().clientId,
				client_secret: oauth().clientSecret,
				redirect_uri: redirect,
			},
		});
		const harness = new WorkflowHarness({
			nodeTypes: { eGestor: new EGestor() },
			credentialTypes: [new OAuth2Api(), new EGestorOAuth2Api()],
			credentials: [
				{
					id: 'egestor-oauth',
					name: 'eGestor OAuth2 sandbox',
					type: 'eGestorOAuth2Api',
					data: { ...oauth(), oauthTokenData: first.body },
				},
			],
		});
		const getContact = [
			{
				name: 'Get Contact',
				type: 'eGestor',
				parameters: {
					authentication: 'oAuth2',
					resource: 'contact',
					operation: 'get',
					contactId: '1',
				},
				credentials: { eGestorOAuth2Api: 'egestor-oauth' },
			},
		];
		const stored = () =>
			harness.credentialsHelper.stored('egestor-oauth').oauthTokenData as IDataObject;

		await new Promise((resolve) => setTimeout(resolve, 1100));
		const run1 = await harness.runChain([{}], getContact);
		expect(run1.error).toBeUndefined();
		expect(run1.output('Get Contact')).toEqual([
			expect.objectContaining({ codigo: 1, nome: 'Marcelo Andrade' }),
		]);
		const afterFirst = stored().refresh_token;
		expect(afterFirst).not.toBe(first.body.refresh_token);

		await new Promise((resolve) => setTimeout(resolve, 1100));
		const run2 = await harness.runChain([{}], getContact);
		expect(run2.error).toBeUndefined();
		expect(stored().refresh_token).not.toBe(afterFirst);
	});
});
