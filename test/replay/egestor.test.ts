import { readFileSync } from 'node:fs';
import path from 'node:path';

import { ClientOAuth2 } from '@n8n/client-oauth2';
import nock from 'nock';
import type { IDataObject } from 'n8n-workflow';

import { EGestorApi } from '../../credentials/EGestorApi.credentials';
import { EGestorOAuth2Api } from '../../credentials/EGestorOAuth2Api.credentials';
import {
	bodiesSeen,
	eGestorApi,
	eGestorHarness,
	eGestorNode,
	ORIGIN,
	TOKEN_PATH,
} from '../egestor/egestor-harness';
import { vendorDocumentLines } from './vendor-document';

/**
 * Every request and response example of eGestor's API document
 * (test/fixtures/vendor-docs/egestor.json, taken verbatim from vendor-docs/egestor.txt)
 * replayed through the node.
 */

interface Example {
	id: string;
	line: number;
	heading: string;
	kind: 'request' | 'response';
	method: 'GET' | 'POST' | 'PUT' | 'DELETE';
	path: string;
	status?: number;
	headers: Record<string, string>;
	bodyLine?: number;
	text: string;
	json?: IDataObject;
	fix?: string;
	compare?: { omit?: string[]; dropEmpty?: boolean };
	note?: string;
	notReplayable?: string;
}

const FIXTURE = path.resolve(__dirname, '../fixtures/vendor-docs/egestor.json');
const { examples } = JSON.parse(readFileSync(FIXTURE, 'utf8')) as { examples: Example[] };
const byId = (id: string) => {
	const found = examples.find((example) => example.id === id);
	if (found === undefined) throw new Error(`no example ${id}`);
	return found;
};

/** The document's own token placeholder, used as the stored access token. */
const TOKEN = '[access_token]';
const apiPath = (example: Example) => `/api/v1${example.path.replace('{codigo}', '1')}`;
const endpoint = (example: Example) => `${example.method} ${example.path}`;

/** A harness whose personal-token credential holds the document's access token. */
const harness = () => eGestorHarness({ accessToken: TOKEN });
const run = async (parameters: IDataObject) =>
	await harness().runChain([{}], [eGestorNode('eGestor', parameters)]);

/** The operation that calls each endpoint, with the inputs a user would type. */
const operations: Record<string, IDataObject> = {
	'GET /contatos': { resource: 'contact', operation: 'getAll', returnAll: false, limit: 1 },
	'POST /contatos': { resource: 'contact', operation: 'create', nome: 'Nome do contato' },
	'GET /contatos/{codigo}': { resource: 'contact', operation: 'get', contactId: '1' },
	'PUT /contatos/{codigo}': { resource: 'contact', operation: 'update', contactId: '1' },
	'DELETE /contatos/{codigo}': { resource: 'contact', operation: 'delete', contactId: '1' },
	'GET /produtos': { resource: 'product', operation: 'getAll', returnAll: false, limit: 1 },
	'POST /produtos': { resource: 'product', operation: 'create', descricao: 'Novo produto' },
	'GET /produtos/{codigo}': { resource: 'product', operation: 'get', productId: '1' },
	'PUT /produtos/{codigo}': { resource: 'product', operation: 'update', productId: '1' },
	'DELETE /produtos/{codigo}': { resource: 'product', operation: 'delete', productId: '1' },
	'GET /servicos': { resource: 'service', operation: 'getAll', returnAll: false, limit: 1 },
	'POST /servicos': {
		resource: 'service',
		operation: 'create',
		descricao: 'Manuteção agendada',
		additionalFields: { precoVenda: 10 },
	},
	'GET /servicos/{codigo}': { resource: 'service', operation: 'get', serviceId: '1' },
	'PUT /servicos/{codigo}': { resource: 'service', operation: 'update', serviceId: '1' },
	'DELETE /servicos/{codigo}': { resource: 'service', operation: 'delete', serviceId: '1' },
	'GET /vendas': { resource: 'sale', operation: 'getAll', returnAll: false, limit: 1 },
	'POST /vendas': { resource: 'sale', operation: 'create', dtVenda: '2017-07-18' },
	'GET /vendas/{codigo}': { resource: 'sale', operation: 'get', saleId: '1' },
	'DELETE /vendas/{codigo}': { resource: 'sale', operation: 'delete', saleId: '1' },
	'GET /vendas/{codigo}/contato': { resource: 'sale', operation: 'getContact', saleId: '1' },
	'GET /config/vendas/customizado': { resource: 'sale', operation: 'getCustomFieldLabels' },
	'GET /recebimentos': { resource: 'receivable', operation: 'getAll', returnAll: false, limit: 1 },
	'GET /recebimentos/{codigo}': { resource: 'receivable', operation: 'get', receivableId: '1' },
	'PUT /recebimentos/{codigo}': { resource: 'receivable', operation: 'update', receivableId: '1' },
	'PUT /recebimentos/{codigo}/receber': {
		resource: 'receivable',
		operation: 'receive',
		receivableId: '1',
		valor: '200',
		dtPgto: '2017-04-25',
	},
	'DELETE /recebimentos/{codigo}': {
		resource: 'receivable',
		operation: 'delete',
		receivableId: '1',
	},
	'GET /pagamentos': { resource: 'payable', operation: 'getAll', returnAll: false, limit: 1 },
	'GET /pagamentos/{codigo}': { resource: 'payable', operation: 'get', payableId: '1' },
	'GET /pagamentos/{codigo}/contato': {
		resource: 'payable',
		operation: 'getContact',
		payableId: '1',
	},
	'PUT /pagamentos/{codigo}': { resource: 'payable', operation: 'update', payableId: '1' },
	'PUT /pagamentos/{codigo}/pagar': {
		resource: 'payable',
		operation: 'pay',
		payableId: '1',
		valor: '200',
		dtPgto: '2017-04-25',
	},
	'DELETE /pagamentos/{codigo}': { resource: 'payable', operation: 'delete', payableId: '1' },
};

/** For an update's 200: the document's read of the same record (what the node reads first). */
const readBefore: Record<string, string> = {
	'/contatos/{codigo}': 'L357',
	'/produtos/{codigo}': 'L646',
	'/servicos/{codigo}': 'L868',
	'/recebimentos/{codigo}': 'L1368',
	'/pagamentos/{codigo}': 'L1577',
};

/** Update Fields for an update replayed only for its answer (one documented field). */
const someChange: Record<string, IDataObject> = {
	'/contatos/{codigo}': { nome: 'Exemplo Company LTDA' },
	'/produtos/{codigo}': { descricao: 'Novo produto' },
	'/servicos/{codigo}': { descricao: 'Manutenção' },
	'/recebimentos/{codigo}': { descricao: 'Recebimento parcela 1/1' },
	'/pagamentos/{codigo}': { descricao: 'Descricao do pagamento' },
};

/** Replies with a documented response: its status, its headers, its body (or none). */
function replyWith(scope: nock.Scope, example: Example, at = apiPath(example)) {
	return scope
		.intercept(at, example.method)
		.query(true)
		.reply(example.status ?? 200, example.text === '' ? '' : example.json, example.headers);
}

/** The parameters of the operation calling an example's endpoint. */
function parametersFor(example: Example): IDataObject {
	const parameters = operations[endpoint(example)];
	if (parameters === undefined) throw new Error(`no operation for ${endpoint(example)}`);
	if (
		example.method !== 'PUT' ||
		example.path.endsWith('/receber') ||
		example.path.endsWith('/pagar')
	)
		return parameters;
	// An update replayed for an error goes straight to the PUT (Send Only the Changed Fields).
	const changed = example.status !== undefined && example.status >= 400;
	return {
		...parameters,
		updateFields: someChange[example.path],
		...(changed ? { updateMode: 'changedOnly' } : {}),
	};
}

/** A documented response through its operation: the record as documented, or the vendor's error. */
async function replayResponse(example: Example) {
	const scope = eGestorApi(TOKEN);
	const wholeRecordUpdate =
		example.method === 'PUT' && readBefore[example.path] !== undefined && example.status === 200;
	if (wholeRecordUpdate) replyWith(scope, byId(readBefore[example.path]), apiPath(example));
	replyWith(scope, example);
	const parameters = parametersFor(example);

	const result = await run(parameters);

	expect(scope.isDone()).toBe(true);
	const status = example.status ?? 200;
	if (status >= 400) {
		expect(result.error?.message).toBe(example.json?.errMsg);
		expect((result.error as { httpCode?: string } | undefined)?.httpCode).toBe(String(status));
		return;
	}
	expect(result.error).toBeUndefined();
	const output = result.output('eGestor');
	if (example.text === '') {
		// An empty 200 to a create: the item holds what was sent.
		expect(output).toEqual([{ descricao: 'Manuteção agendada', precoVenda: 10 }]);
	} else if (parameters.operation === 'getAll') {
		expect(output).toEqual((example.json?.data as IDataObject[]).slice(0, 1));
	} else if (parameters.operation === 'delete') {
		// n8n's guideline: a delete says `deleted: true`, next to eGestor's own answer.
		expect(output).toEqual([{ deleted: true, ...(example.json as IDataObject) }]);
	} else {
		expect(output).toEqual([example.json]);
	}
}

/** A documented request without a body: the node sends that method, path and headers. */
async function replayBodilessRequest(example: Example) {
	const answer = examples.find(
		(other) =>
			other.kind === 'response' &&
			other.line > example.line &&
			endpoint(other) === endpoint(example) &&
			other.status === 200,
	);
	if (answer === undefined) throw new Error(`no documented answer for ${example.id}`);
	const headers = Object.fromEntries(
		Object.entries(example.headers).map(([name, value]) => [name.toLowerCase(), value]),
	);
	const scope = nock(ORIGIN, { reqheaders: headers });
	const wholeRecordUpdate = example.method === 'PUT' && readBefore[example.path] !== undefined;
	if (wholeRecordUpdate)
		replyWith(eGestorApi(TOKEN), byId(readBefore[example.path]), apiPath(example));
	const seen: Array<{ method: string; path: string }> = [];
	scope
		.intercept(/.*/, example.method)
		.query(true)
		.reply(function (uri) {
			seen.push({ method: this.req.method, path: uri.split('?')[0] });
			return [200, answer.text === '' ? '' : answer.json, answer.headers];
		});

	const result = await run(parametersFor(answer));

	expect(result.error).toBeUndefined();
	expect(seen).toEqual([{ method: example.method, path: apiPath(example) }]);
}

/** Drops what the fixture's `compare` says the node cannot send as printed. */
function comparable(example: Example): IDataObject {
	const body = { ...(example.json as IDataObject) };
	for (const key of example.compare?.omit ?? []) delete body[key];
	if (!example.compare?.dropEmpty) return body;
	const isEmpty = (value: unknown) => value === '' || (Array.isArray(value) && value.length === 0);
	const clean = (value: unknown): unknown => {
		if (Array.isArray(value)) return value.map(clean);
		if (value !== null && typeof value === 'object') {
			return Object.fromEntries(
				Object.entries(value as IDataObject)
					.filter(([, inner]) => !isEmpty(inner))
					.map(([key, inner]) => [key, clean(inner)]),
			);
		}
		return value;
	};
	return clean(body) as IDataObject;
}

/** A documented request body: the node, given what a user types, sends it. */
async function replayRequestBody(example: Example, parameters: IDataObject) {
	const seen = bodiesSeen();
	const answer = examples.find(
		(other) =>
			other.kind === 'response' &&
			other.line > example.line &&
			endpoint(other) === endpoint(example),
	)!;
	const scope = eGestorApi(TOKEN);
	if (parameters.operation === 'update' && parameters.updateMode !== 'changedOnly') {
		replyWith(scope, byId(readBefore[example.path]), apiPath(example));
	}
	scope
		.intercept(apiPath(example), example.method, seen.match)
		.reply(200, answer.text === '' ? '' : answer.json, answer.headers);

	const result = await run(parameters);

	expect(result.error).toBeUndefined();
	expect(seen.bodies).toEqual([comparable(example)]);
}

/** The inputs a user types for each documented request body. */
const typed: Record<string, () => IDataObject> = {
	L291: () => ({
		resource: 'contact',
		operation: 'create',
		nome: 'Kaya Labadie',
		tipo: ['cliente'],
		additionalFields: {
			nomeParaContato: 'Elfrieda Labadie',
			cpfcnpj: '83294489654',
			dtNasc: '1992-02-13',
			emails: 'exemplo@example.com.br',
			cep: '04320-040',
			logradouro: 'Rua Exemplo lado ímpar',
			numero: '999',
			codIBGE: '355030',
			uf: 'SP',
			clienteFinal: true,
			indicadorIE: 1,
		},
	}),
	L431: () => ({
		resource: 'contact',
		operation: 'update',
		contactId: '1',
		updateMode: 'changedOnly',
		updateFields: {
			nome: 'Exemplo Company LTDA',
			nomeParaContato: 'Elfrieda',
			cpfcnpj: '83294489654',
			tipo: ['cliente'],
			dtNasc: '1992-02-13',
			emails: 'exemplo@example.com.br',
			cep: '4320040',
			logradouro: 'Rua Exemplo lado ímpar',
			numero: '999',
			codIBGE: '355030',
			uf: 'SP',
			clienteFinal: true,
			indicadorIE: 1,
		},
		clearFields: [
			'fantasia',
			'fones',
			'complemento',
			'bairro',
			'pais',
			'inscricaoMunicipal',
			'inscricaoEstadual',
			'inscricaoEstadualST',
			'suframa',
			'obs',
			'tags',
		],
	}),
	L589: () => ({
		resource: 'product',
		operation: 'create',
		descricao: 'Novo produto',
		additionalFields: {
			codigoProprio: '001',
			estoque: 100,
			estoqueMinimo: 0,
			controlarEstoque: true,
			margemLucro: 0,
			precoCusto: 5,
			precoVenda: 10.37,
			origemFiscal: 0,
			unidadeTributada: 'UN',
			codigoCEST: '0107400',
			excecaoIPI: 7,
			codigoGrupoTributos: 0,
			pesoBruto: 0,
			pesoLiquido: 0,
			tags: 'examplo, modelo',
		},
	}),
	L831: () => ({
		resource: 'service',
		operation: 'create',
		descricao: 'Manuteção agendada',
		additionalFields: { precoVenda: 10, codigoGrupoTributos: 0, dtCad: '2017-04-24 11:44:35' },
	}),
	L1035: () => ({
		resource: 'sale',
		operation: 'create',
		dtVenda: '2017-07-18',
		produtos: { product: [{ codProduto: 17, quant: 1, vDesc: 0, preco: '3438', obs: '' }] },
		financeiros: { installment: [{ dtVenc: '2017-05-18' }] },
		customizado: { field: [{ name: 'xCampo1', value: 'Observações gerais' }] },
		additionalFields: { codVendedor: 1 },
	}),
	L1432: () => ({
		resource: 'receivable',
		operation: 'update',
		receivableId: '1',
		updateMode: 'changedOnly',
		updateFields: {
			codPlanoContas: 1,
			codFormaPgto: 0,
			descricao: 'Recebimento parcela 1/1',
			valor: 500,
			dtVenc: '2017-09-02',
			dtPgto: '0000-00-00',
			dtCad: '2017-06-02 11:57:03',
			codContato: 7,
			tags: 'tag1, tag2',
		},
		clearFields: ['numDoc', 'obs'],
	}),
	L1476: () => operations['PUT /recebimentos/{codigo}/receber'],
	L1684: () => ({
		resource: 'payable',
		operation: 'update',
		payableId: '1',
		updateMode: 'changedOnly',
		updateFields: {
			codFormaPgto: 1,
			descricao: 'Descricao do pagamento',
			valor: 200,
			dtVenc: '2017-04-24',
			codContato: 1,
			tags: 'tag1, tag2',
		},
		clearFields: ['numDoc', 'obs'],
	}),
	L1735: () => operations['PUT /pagamentos/{codigo}/pagar'],
};

const getContact = (oauth = false) =>
	eGestorNode('eGestor', { resource: 'contact', operation: 'get', contactId: '1' }, { oauth });

/** The authentication examples, each replayed its own way. */
const special: Record<string, () => Promise<void>> = {
	async L91() {
		const url = new URL(byId('L91').text.trim());
		const authUrl = new EGestorOAuth2Api().properties.find((p) => p.name === 'authUrl')?.default;
		expect(`${url.origin}${url.pathname}`).toBe(authUrl);
		// n8n builds the rest of the URL: every documented parameter but client_secret.
		const built = new URL(
			new ClientOAuth2({
				clientId: url.searchParams.get('client_id')!,
				authorizationUri: String(authUrl),
				accessTokenUri: `${ORIGIN}${TOKEN_PATH}`,
				redirectUri: url.searchParams.get('redirect_uri')!,
			}).code.getUri(),
		);
		for (const name of ['response_type', 'client_id', 'redirect_uri']) {
			expect(built.searchParams.get(name)).toBe(url.searchParams.get(name));
		}
		expect(built.searchParams.has('client_secret')).toBe(false);
	},
	async L112() {
		const documented = byId('L112').json as Record<string, string>;
		const answer = byId('L124');
		let body = '';
		let authorization = '';
		nock(ORIGIN)
			.post(TOKEN_PATH, (sent: unknown) => {
				body =
					typeof sent === 'string'
						? sent
						: new URLSearchParams(sent as Record<string, string>).toString();
				return true;
			})
			.reply(function () {
				authorization = String(this.req.headers.authorization ?? '');
				return [200, answer.json, { 'Content-Type': 'application/json' }];
			});
		const oauth = new ClientOAuth2({
			clientId: documented.client_id,
			clientSecret: documented.client_secret,
			accessTokenUri: `${ORIGIN}${TOKEN_PATH}`,
			authorizationUri: 'https://v4.egestor.com.br/api/oauth/authorize',
			redirectUri: documented.redirect_uri,
			authentication: 'body',
		});

		const token = await oauth.code.getToken(`${documented.redirect_uri}?code=${documented.code}`);

		expect(token.accessToken).toBe('[access_token]');
		const sent = Object.fromEntries(new URLSearchParams(body));
		const basic = Buffer.from(authorization.replace(/^Basic /, ''), 'base64').toString();
		// n8n sends the client in a Basic header and the rest form-encoded; nothing is lost.
		const [id, secret] = basic.split(':');
		const client = authorization === '' ? {} : { client_id: id, client_secret: secret };
		expect({ ...sent, ...client }).toEqual(documented);
	},
	async L124() {
		const scope = eGestorApi(TOKEN).get('/api/v1/contatos/1').reply(200, { codigo: 1 });
		const result = await eGestorHarness({ oauthTokenData: byId('L124').json }).runChain(
			[{}],
			[getContact(true)],
		);
		expect(result.error).toBeUndefined();
		expect(scope.isDone()).toBe(true);
	},
	async L149() {
		await replayRefresh();
	},
	async L161() {
		await replayRefresh();
	},
	async L184() {
		await replayPersonal();
	},
	async L193() {
		await replayPersonal();
	},
	async L244() {
		await replayUnauthorized(byId('L244'));
	},
	async L1022() {
		await replayUnauthorized(byId('L1022'));
	},
};

/** A 401 on a list: the credential exchanges its token once more, then the vendor's error. */
async function replayUnauthorized(example: Example) {
	const exchange = nock(ORIGIN).post(TOKEN_PATH).reply(200, byId('L193').json);
	const scope = eGestorApi(TOKEN);
	replyWith(scope, example);
	replyWith(scope, example);

	const result = await run(operations[endpoint(example)]);

	expect(exchange.isDone()).toBe(true);
	expect(scope.isDone()).toBe(true);
	expect(result.error?.message).toBe(example.json?.errMsg);
	expect((result.error as { httpCode?: string } | undefined)?.httpCode).toBe('401');
}

async function replayRefresh() {
	const documented = byId('L149').json as Record<string, string>;
	const refreshed: IDataObject[] = [];
	const token = nock(ORIGIN)
		.post(TOKEN_PATH, (body: IDataObject) => refreshed.push(body) > 0)
		.reply(200, byId('L161').json);
	eGestorApi('expired').get('/api/v1/contatos/1').reply(401, byId('L244').json);
	const api = eGestorApi(TOKEN).get('/api/v1/contatos/1').reply(200, { codigo: 1 });
	const test = eGestorHarness({
		oauthTokenData: {
			access_token: 'expired',
			refresh_token: documented.refresh_token,
			token_type: 'Bearer',
		},
		overrides: { clientId: documented.client_id, clientSecret: documented.client_secret },
	});

	const result = await test.runChain([{}], [getContact(true)]);

	expect(result.error).toBeUndefined();
	expect(token.isDone()).toBe(true);
	expect(api.isDone()).toBe(true);
	// Everything documented but redirect_uri, which n8n's OAuth2 client does not send.
	const { redirect_uri: _redirect, ...withoutRedirect } = documented;
	expect(refreshed).toEqual([withoutRedirect]);
}

async function replayPersonal() {
	const documented = byId('L184').json as Record<string, string>;
	const seen = bodiesSeen();
	const exchange = nock(ORIGIN).post(TOKEN_PATH, seen.match).reply(200, byId('L193').json);
	const api = eGestorApi(TOKEN).get('/api/v1/contatos/1').reply(200, { codigo: 1 });
	const test = eGestorHarness({
		accessToken: '',
		overrides: { personalToken: documented.personal_token },
	});

	const result = await test.runChain([{}], [getContact()]);

	expect(result.error).toBeUndefined();
	expect(exchange.isDone()).toBe(true);
	expect(api.isDone()).toBe(true);
	expect(seen.bodies).toEqual([documented]);
	expect(new EGestorApi().properties.find((p) => p.name === 'personalToken')).toBeDefined();
}

let replayed = 0;

describe("eGestor › the API document's own examples, replayed", () => {
	afterAll(() => {
		// eslint-disable-next-line no-console
		console.log(`eGestor: examples replayed ${replayed} / found ${examples.length}`);
	});

	it.each(examples.map((example) => [example.id, example.heading, example] as const))(
		'%s %s',
		async (_, __, example) => {
			if (example.notReplayable !== undefined) {
				expect(example.notReplayable).toMatch(/^Not replayable: .{20,}/);
				return;
			}
			const own = special[example.id];
			if (own !== undefined) await own();
			else if (example.kind === 'response') await replayResponse(example);
			else if (example.json === undefined) await replayBodilessRequest(example);
			else {
				const parameters = typed[example.id];
				if (parameters === undefined) throw new Error(`no typed inputs for ${example.id}`);
				await replayRequestBody(example, parameters());
			}
			replayed++;
		},
	);
});

/** The fixture against the document itself, where the document is at hand. */
const documentLines = vendorDocumentLines('egestor.txt');

(documentLines === undefined ? describe.skip : describe)(
	'eGestor › the fixture is the document',
	() => {
		const lines = documentLines ?? [];

		it('holds one example per "• Request" / "• Response" of the document, at its line', () => {
			const markers = lines
				.map((line, index) => (/^\s+• (Request|Response)\b/.test(line) ? index + 1 : undefined))
				.filter((line): line is number => line !== undefined);
			expect(examples.map((example) => example.line)).toEqual(markers);
		});

		it('holds each example verbatim', () => {
			for (const example of examples) {
				if (example.bodyLine === undefined) {
					expect(example.text).toBe('');
					continue;
				}
				const count = example.text.split('\n').length;
				expect(lines.slice(example.bodyLine - 1, example.bodyLine - 1 + count).join('\n')).toBe(
					example.text,
				);
			}
		});
	},
);
