import type { ICredentialType, IDataObject } from 'n8n-workflow';

import { EGestorApi } from '../../credentials/EGestorApi.credentials';
import { EGestorOAuth2Api } from '../../credentials/EGestorOAuth2Api.credentials';
import { EGestor } from '../../nodes/EGestor/EGestor.node';
import { eGestor as eGestorProfile } from '../../nodes/EGestor/transport';
import { startEGestor } from '../../sandbox';
import type { Sandbox } from '../../sandbox';
import { errorBody, listEnvelope, tokenResponse } from '../../sandbox/contracts/egestor';
import { WorkflowHarness } from '../../harness/run-workflow';
import { OAuth2Api } from '../egestor/egestor-harness';
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

/** Authorizes the sandbox's OAuth2 app and exchanges the code, sent as a form or as JSON. */
async function firstTokens(encoding: 'form' | 'body') {
	const redirect = 'urn:ietf:wg:oauth:2.0:oob';
	const authorized = await call(oauth().authUrl.replace(/\/authorize$/, ''), 'GET', '/authorize', {
		query: { response_type: 'code', client_id: oauth().clientId, redirect_uri: redirect },
	});
	return await call(tokenUrl(), 'POST', '/access_token', {
		[encoding]: {
			grant_type: 'authorization_code',
			code: authorized.body.code,
			client_id: oauth().clientId,
			client_secret: oauth().clientSecret,
			redirect_uri: redirect,
		},
	});
}

/** The node against the sandbox with the OAuth2 credential holding `oauthTokenData`. */
function oauthHarness(oauthTokenData: IDataObject) {
	return new WorkflowHarness({
		nodeTypes: { eGestor: new EGestor() },
		credentialTypes: [new OAuth2Api(), new EGestorOAuth2Api()],
		credentials: [
			{
				id: 'egestor-oauth',
				name: 'eGestor OAuth2 sandbox',
				type: 'eGestorOAuth2Api',
				data: { ...oauth(), oauthTokenData },
			},
		],
	});
}

/** Get Contact 1, signed with the OAuth2 credential. */
const getContactWithOAuth = [
	{
		name: 'Get Contact',
		type: 'eGestor',
		parameters: { authentication: 'oAuth2', resource: 'contact', operation: 'get', contactId: '1' },
		credentials: { eGestorOAuth2Api: 'egestor-oauth' },
	},
];

describe('eGestor sandbox › our node with OAuth2', () => {
	it('refreshes an expired access token through n8n, and the rotated refresh token works next time', async () => {
		sandbox = await startEGestor({ accessTokenLifetimeSeconds: 1 });
		const first = await firstTokens('form');
		const harness = oauthHarness(first.body);
		const stored = () =>
			harness.credentialsHelper.stored('egestor-oauth').oauthTokenData as IDataObject;

		await new Promise((resolve) => setTimeout(resolve, 1100));
		const run1 = await harness.runChain([{}], getContactWithOAuth);
		expect(run1.error).toBeUndefined();
		expect(run1.output('Get Contact')).toEqual([
			expect.objectContaining({ codigo: 1, nome: 'Marcelo Andrade' }),
		]);
		const afterFirst = stored().refresh_token;
		expect(afterFirst).not.toBe(first.body.refresh_token);

		await new Promise((resolve) => setTimeout(resolve, 1100));
		const run2 = await harness.runChain([{}], getContactWithOAuth);
		expect(run2.error).toBeUndefined();
		expect(stored().refresh_token).not.toBe(afterFirst);
	});
});

/** The node against the sandbox with the personal token credential. */
function personalHarness() {
	return new WorkflowHarness({
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
}
const step = (name: string, parameters: Record<string, unknown>, continueOnFail = false) => ({
	name,
	type: 'eGestor',
	parameters: { authentication: 'personalToken', ...parameters },
	credentials: { eGestorApi: 'egestor' },
	continueOnFail,
});

describe('eGestor sandbox › unknown: does a PUT keep the fields it does not send?', () => {
	const seeded = { codigo: 1, nome: 'Marcelo Andrade', cidade: 'Porto Alegre', uf: 'RS' };
	it.each([
		['merge', 'wholeRecord', true],
		['replace', 'wholeRecord', true],
		['merge', 'changedOnly', true],
		['replace', 'changedOnly', false],
	] as const)(
		'PUT %s, node mode %s: the fields not changed survive: %s',
		async (putMode, updateMode, kept) => {
			sandbox = await startEGestor({ putMode });
			const result = await personalHarness().runChain(
				[{}],
				[
					step('Update', {
						resource: 'contact',
						operation: 'update',
						contactId: '1',
						updateMode,
						updateFields: { fantasia: 'Padaria do Marcelo' },
					}),
					step('Read', { resource: 'contact', operation: 'get', contactId: '1' }),
				],
			);
			expect(result.error).toBeUndefined();
			const [read] = result.output('Read');
			expect(read.fantasia).toBe('Padaria do Marcelo');
			if (kept) {
				expect(read).toMatchObject({ ...seeded, emails: ['marcelo@example.com.br'] });
				expect(read.tipo).toEqual(['cliente']);
			} else {
				// Documented in the option: a replacing PUT erases what was not sent.
				expect(read).toMatchObject({ codigo: 1, nome: '', cidade: '', emails: [] });
			}
		},
	);

	it.each(['merge', 'replace'] as const)(
		'PUT %s: a receivable reopened with dtPgto 0000-00-00 keeps its amount (whole-record mode)',
		async (putMode) => {
			sandbox = await startEGestor({ putMode });
			const result = await personalHarness().runChain(
				[{}],
				[
					step('Reopen', {
						resource: 'payable',
						operation: 'update',
						payableId: '1',
						updateFields: { descricao: 'Compra de canecas (revisada)' },
						clearFields: ['obs'],
					}),
					step('Read', { resource: 'payable', operation: 'get', payableId: '1' }),
				],
			);
			expect(result.error).toBeUndefined();
			expect(result.output('Read')[0]).toMatchObject({
				descricao: 'Compra de canecas (revisada)',
				valor: 1100,
				numDoc: 'NF 1001',
				codContato: 2,
				obs: '',
			});
		},
	);
});

describe('eGestor sandbox › unknown: 429 with or without Retry-After', () => {
	const documented = eGestorProfile.rateWindowMs;
	beforeAll(() => {
		eGestorProfile.rateWindowMs = 1500;
	});
	afterAll(() => {
		eGestorProfile.rateWindowMs = documented;
	});

	it.each([false, true])(
		'Retry-After %s: 8 reads on a budget of 3 per 1.5 s all succeed, none lost',
		async (retryAfter) => {
			sandbox = await startEGestor({ rateLimit: 3, rateWindowMs: 1500, retryAfter });
			const access = await personalToken();
			for (let index = 0; index < 3; index++) {
				await call(api(), 'GET', '/contatos', { token: access });
			}
			const limited = await call(api(), 'GET', '/contatos', { token: access });
			expect(limited.status).toBe(429);
			expect(limited.headers.get('retry-after') !== null).toBe(retryAfter);
			expect(limited.body.errMsg).toBe(
				'Número máximo de requisições atingido. (aguarde alguns segundos e tente novamente)',
			);

			const input = Array.from({ length: 8 }, (_, n) => ({ n: (n % 2) + 1 }));
			const result = await personalHarness().runChain(input, [
				step('Get', { resource: 'contact', operation: 'get', contactId: '={{ $json.n }}' }),
			]);
			expect(result.error).toBeUndefined();
			expect(result.output('Get').map((row) => row.codigo)).toEqual(input.map(({ n }) => n));
		},
		30_000,
	);
});

describe('eGestor sandbox › unknown: token request bodies', () => {
	it.each([
		['json', 'optional'],
		['json', 'required'],
		['json-or-form', 'optional'],
		['json-or-form', 'required'],
	] as const)(
		'%s bodies, redirect_uri on refresh %s: the personal token (JSON, as documented) works',
		async (tokenBodies, refreshRedirectUri) => {
			sandbox = await startEGestor({ tokenBodies, refreshRedirectUri });
			const result = await personalHarness().runChain(
				[{}],
				[step('Get', { resource: 'contact', operation: 'get', contactId: '1' })],
			);
			expect(result.error).toBeUndefined();
			expect(result.output('Get')[0]).toMatchObject({ codigo: 1, nome: 'Marcelo Andrade' });
		},
	);

	it.each([
		['json', 'optional', false],
		['json', 'required', false],
		['json-or-form', 'optional', true],
		['json-or-form', 'required', false],
	] as const)(
		'%s bodies, redirect_uri on refresh %s: the OAuth2 refresh n8n sends (form, no redirect_uri) works: %s',
		async (tokenBodies, refreshRedirectUri, works) => {
			sandbox = await startEGestor({
				tokenBodies,
				refreshRedirectUri,
				accessTokenLifetimeSeconds: 1,
			});
			// The code exchange as documented (JSON).
			const first = await firstTokens('body');
			expect(first.status).toBe(200);
			const harness = oauthHarness(first.body);
			await new Promise((resolve) => setTimeout(resolve, 1100));
			const run = await harness.runChain([{}], getContactWithOAuth);
			if (works) {
				expect(run.error).toBeUndefined();
			} else {
				// Said in the README and the credential's notice: use the personal token then.
				// n8n's OAuth2 client reports the refused refresh as ESTATUS, which the shared core
				// names a connection failure today (reported to the core's owner).
				expect(run.error?.message).toMatch(
					/^(Could not reach eGestor|eGestor refused to renew the credential's access token)$/,
				);
				expect(run.output('Get Contact')).toEqual([]);
			}
		},
	);
});

describe('eGestor sandbox › documented: POST /servicos answers an empty 200', () => {
	it('the raw answer is empty; the node outputs the fields sent and Get Many finds the service', async () => {
		sandbox = await startEGestor();
		const access = await personalToken();
		const raw = await call(api(), 'POST', '/servicos', {
			token: access,
			body: { descricao: 'Manuteção agendada', precoVenda: 10 },
		});
		expect(raw.status).toBe(200);
		expect(raw.body).toBeUndefined();

		const result = await personalHarness().runChain(
			[{}],
			[
				step('Create', {
					resource: 'service',
					operation: 'create',
					descricao: 'Revisão anual',
					additionalFields: { precoVenda: 99.9 },
				}),
				step('Find', {
					resource: 'service',
					operation: 'getAll',
					returnAll: true,
					filter: '={{ $json.descricao }}',
				}),
			],
		);
		expect(result.error).toBeUndefined();
		expect(result.output('Create')).toEqual([{ descricao: 'Revisão anual', precoVenda: 99.9 }]);
		expect(result.output('Find')).toEqual([
			expect.objectContaining({ codigo: 3, descricao: 'Revisão anual', precoVenda: 99.9 }),
		]);
	});
});

describe('eGestor sandbox › unknown: sale create fields shown only in answers', () => {
	const sale = (additionalFields: Record<string, unknown>) =>
		step(
			'Sale',
			{
				resource: 'sale',
				operation: 'create',
				dtVenda: '2026-03-01',
				produtos: { product: [{ codProduto: 1, quant: 1, preco: '0', vDesc: 0 }] },
				financeiros: { installment: [{ dtVenc: '2026-04-01' }] },
				additionalFields,
			},
			true,
		);

	it.each(['use', 'refuse'] as const)(
		'%s: the documented body always works, with price 0 kept',
		async (saleCreateExtras) => {
			sandbox = await startEGestor({ saleCreateExtras });
			const result = await personalHarness().runChain(
				[{}],
				[
					sale({ codVendedor: 1 }),
					step('Read', { resource: 'sale', operation: 'get', saleId: '1' }),
				],
			);
			expect(result.error).toBeUndefined();
			expect(result.output('Read')[0].produtos).toEqual([
				expect.objectContaining({ codProduto: 1, preco: 0, quant: 1 }),
			]);
		},
	);

	it.each([
		['use', undefined],
		['refuse', 'Os campos informados não existem no sistema.'],
	] as const)(
		"%s: a sale with its customer (codContato) succeeds or fails with eGestor's message",
		async (saleCreateExtras, error) => {
			sandbox = await startEGestor({ saleCreateExtras });
			const result = await personalHarness().runChain([{}], [sale({ codContato: 1 })]);
			const [item] = result.output('Sale');
			if (error === undefined) {
				expect(item).toEqual({ codigo: 1, nome: 'Marcelo Andrade' });
			} else {
				expect(item.error).toBe(error);
			}
		},
	);
});
