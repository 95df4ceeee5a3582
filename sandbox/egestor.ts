import { randomBytes } from 'node:crypto';
import type { ZodTypeAny, z } from 'zod';

import {
	contactCreateBody,
	contactUpdateBody,
	listQuery,
	payableUpdateBody,
	personalTokenRequest,
	productCreateBody,
	productUpdateBody,
	receivableUpdateBody,
	saleCreateBody,
	serviceCreateBody,
	serviceUpdateBody,
	settleBody,
} from '../test/contracts/egestor';
import { ApiError, bearerOf, listen, pageOf, Router } from './http';
import type { SandboxRequest, SandboxResponse, VendorApp } from './http';
import type { Sandbox, StartOptions } from './types';

/**
 * eGestor (vendor-docs/egestor.txt): OAuth2 authorization code with single-use refresh tokens,
 * the `personal` grant, 15-minute access tokens, 60 requests per window per app+user with
 * X-RateLimit headers and 429, lists of 50 a page (fixed), `{errCode, errMsg, errObs,
 * errFields}` errors, 410 for deleted records, and sales that cannot be edited.
 */

export const EGESTOR_DEMO_PERSONAL_TOKEN =
	'eyJhbGciOiJIUzI1NiJ9.eyJhcHAiOiJzYW5kYm94Iiwic3ViZG9taW5pbyI6ImRlbW8iLCJjbGllbnQiOiJzYW5kYm94In0.sandbox-personal';
export const EGESTOR_DEMO_CLIENT_ID = 'egestor-sandbox-client';
export const EGESTOR_DEMO_CLIENT_SECRET = 'egestor-sandbox-secret';
export const EGESTOR_PAGE_SIZE = 50;

export interface EGestorOptions extends StartOptions {
	/** Requests allowed per window per app+user (default 60). */
	rateLimit?: number;
	/** The rate window in milliseconds (default 60 000; tests use a short one). */
	rateWindowMs?: number;
	/** Access token lifetime in seconds (default 900). */
	accessTokenLifetimeSeconds?: number;
}

type Row = Record<string, unknown>;

const stamp = () => new Date().toISOString().replace('T', ' ').slice(0, 19);
const today = () => new Date().toISOString().slice(0, 10);

class Records {
	readonly rows = new Map<number, Row>();
	readonly deleted = new Set<number>();
	private next = 1;

	constructor(readonly noun: string) {}

	insert(fields: Row): Row {
		const row = { codigo: this.next++, ...fields, dtCad: stamp() };
		this.rows.set(Number(row.codigo), row);
		return row;
	}

	get(codigo: string | number): Row {
		const key = Number(codigo);
		if (this.deleted.has(key)) throw new ApiError(410, `Registro com código ${key} não existe.`);
		const row = this.rows.get(key);
		if (row === undefined) throw new ApiError(404, `Nenhum registro com código ${key} econtrado`);
		return row;
	}

	update(codigo: string | number, fields: Row): Row {
		return Object.assign(this.get(codigo), fields);
	}

	remove(codigo: string | number): SandboxResponse {
		const row = this.get(codigo);
		this.rows.delete(Number(row.codigo));
		this.deleted.add(Number(row.codigo));
		return confirm(`${this.noun} com código ${String(row.codigo)} excluído com sucesso!`);
	}

	all(): Row[] {
		return [...this.rows.values()];
	}
}

function confirm(msg: string): SandboxResponse {
	return { status: 200, body: { code: '200', msg, obs: null, fields: null } };
}

const json = (body: unknown): SandboxResponse => ({ status: 200, body });

/**
 * A body checked with a contract: fields the API does not know are a 400 ("os campos
 * informados não existem"), values out of a field's scope a 422, as the doc's table says.
 */
function check<T extends ZodTypeAny>(schema: T, body: unknown): z.infer<T> {
	const result = schema.safeParse(body);
	if (result.success) return result.data as z.infer<T>;
	const fields: Record<string, string[]> = {};
	let unknown = false;
	for (const issue of result.error.issues) {
		if (issue.code === 'unrecognized_keys') {
			unknown = true;
			for (const key of issue.keys) (fields[key] ??= []).push('campo não existe');
			continue;
		}
		const key = issue.path.length > 0 ? issue.path.join('.') : 'base';
		(fields[key] ??= []).push(issue.message);
	}
	throw new ApiError(
		unknown ? 400 : 422,
		unknown ? 'Os campos informados não existem no sistema.' : 'Dados informados fora do escopo.',
		fields,
	);
}

export function eGestorState() {
	const contacts = new Records('Contato');
	const products = new Records('Produto');
	const services = new Records('Serviço');
	const sales = new Records('Venda');
	const receivables = new Records('Recebimento');
	const payables = new Records('Pagamento');

	const contactDefaults = {
		fantasia: '',
		nomeParaContato: '',
		cpfcnpj: '',
		dtNasc: '',
		emails: [],
		fones: [],
		cep: '',
		logradouro: '',
		numero: '',
		complemento: '',
		bairro: '',
		cidade: '',
		codIBGE: '',
		uf: '',
		pais: '',
		clienteFinal: true,
		indicadorIE: 9,
		inscricaoMunicipal: '',
		inscricaoEstadual: '',
		inscricaoEstadualST: '',
		suframa: '',
		obs: '',
		tags: [],
	};
	const productDefaults = {
		codigoProprio: '',
		estoque: 0,
		estoqueMinimo: 0,
		controlarEstoque: false,
		margemLucro: 0,
		precoCusto: 0,
		precoVenda: 0,
		origemFiscal: 0,
		unidadeTributada: 'UN',
		refEanGtin: '',
		ncm: '',
		codigoCEST: '',
		anotacoesNFE: '',
		anotacoesInternas: '',
		pesoBruto: 0,
		pesoLiquido: 0,
		tags: [],
	};
	const newContact = (body: Row) => contacts.insert({ ...contactDefaults, ...body });
	const newProduct = (body: Row) => products.insert({ ...productDefaults, ...body });

	const marcelo = newContact({
		nome: 'Marcelo Andrade',
		tipo: ['cliente'],
		emails: ['marcelo@example.com.br'],
		cidade: 'Porto Alegre',
		uf: 'RS',
	});
	newContact({ nome: 'Distribuidora Sul', tipo: ['fornecedor'], cidade: 'Canoas', uf: 'RS' });
	newProduct({
		descricao: 'Caneca preta',
		codigoProprio: '204',
		estoque: 100,
		controlarEstoque: true,
		precoCusto: 110,
		precoVenda: 500,
	});
	newProduct({
		descricao: 'Camiseta logo',
		codigoProprio: '305',
		precoCusto: 20,
		precoVenda: 59.9,
	});
	services.insert({ descricao: 'Instalação', precoVenda: 150, codigoGrupoTributos: 0, tags: [] });
	payables.insert({
		codPlanoContas: 21,
		codFormaPgto: 1,
		numDoc: 'NF 1001',
		descricao: 'Compra de canecas',
		valor: 1100,
		dtVenc: today(),
		dtPgto: '0000-00-00',
		situacao: 10,
		codContato: 2,
		origem: 'financeiro',
		obs: '',
		tags: [],
	});

	return {
		contacts,
		products,
		services,
		sales,
		receivables,
		payables,
		newContact,
		newProduct,
		marcelo,
	};
}

type State = ReturnType<typeof eGestorState>;

/** One list page: 50 fixed, `filtro` searching the text fields. */
function list(rows: Row[], request: SandboxRequest, origin: string, path: string): SandboxResponse {
	const query = check(listQuery, { page: '1', ...request.query });
	const needle = (query.filtro ?? '').toLowerCase();
	const found = rows.filter(
		(row) =>
			needle === '' ||
			Object.values(row).some(
				(value) =>
					(typeof value === 'string' || typeof value === 'number') &&
					String(value).toLowerCase().includes(needle),
			),
	);
	const page = query.page;
	const lastPage = Math.max(1, Math.ceil(found.length / EGESTOR_PAGE_SIZE));
	const data = pageOf(found, page, EGESTOR_PAGE_SIZE);
	const url = (target: number) => {
		const params = new URLSearchParams({
			...(query.filtro ? { filtro: query.filtro } : {}),
			page: String(target),
		});
		return `${origin}/api/v1${path}?${params.toString()}`;
	};
	return json({
		total: found.length,
		per_page: EGESTOR_PAGE_SIZE,
		current_page: page,
		last_page: lastPage,
		next_page_url: page < lastPage ? url(page + 1) : null,
		prev_page_url: page > 1 ? url(page - 1) : null,
		from: data.length === 0 ? null : (page - 1) * EGESTOR_PAGE_SIZE + 1,
		to: data.length === 0 ? null : (page - 1) * EGESTOR_PAGE_SIZE + data.length,
		data,
	});
}

function resourceRoutes(router: Router, state: State, origin: () => string): void {
	const { contacts, products, services, sales, receivables, payables } = state;
	const crud = (
		path: string,
		records: Records,
		contracts: { create: ZodTypeAny; update: ZodTypeAny },
		created: (row: Row) => Row,
		make: (body: Row) => Row,
	) =>
		router
			.on('GET', `/v1${path}`, (request) => list(records.all(), request, origin(), path))
			.on('POST', `/v1${path}`, (request) =>
				json(created(make(check(contracts.create, request.body) as Row))),
			)
			.on('GET', `/v1${path}/:codigo`, (request) => json(records.get(request.params.codigo)))
			.on('PUT', `/v1${path}/:codigo`, (request) => {
				records.get(request.params.codigo);
				return json(
					records.update(request.params.codigo, check(contracts.update, request.body) as Row),
				);
			})
			.on('DELETE', `/v1${path}/:codigo`, (request) => records.remove(request.params.codigo));

	crud(
		'/contatos',
		contacts,
		{ create: contactCreateBody, update: contactUpdateBody },
		(row) => ({ codigo: row.codigo, nome: row.nome }),
		state.newContact,
	);
	crud(
		'/produtos',
		products,
		{ create: productCreateBody, update: productUpdateBody },
		(row) => ({ codigo: row.codigo, descricao: row.descricao }),
		state.newProduct,
	);
	crud(
		'/servicos',
		services,
		{ create: serviceCreateBody, update: serviceUpdateBody },
		(row) => ({ codigo: row.codigo, descricao: row.descricao }),
		(body) => services.insert({ precoVenda: 0, tags: [], ...body }),
	);

	const contactOf = (codigo: unknown) => {
		if (codigo === undefined || codigo === null || Number(codigo) === 0) {
			throw new ApiError(404, 'Nenhum contato vinculado a este registro');
		}
		return contacts.get(Number(codigo));
	};
	const round = (value: number) => Math.round(value * 100) / 100;

	router
		.on('GET', '/v1/vendas', (request) =>
			list(
				sales.all().map(({ produtos: _p, financeiros: _f, customizado: _c, ...row }) => row),
				request,
				origin(),
				'/vendas',
			),
		)
		.on('POST', '/v1/vendas', (request) => {
			const body = check(saleCreateBody, request.body) as Row & {
				produtos?: Row[];
				financeiros?: Row[];
			};
			const contact =
				body.codContato === undefined ? undefined : contacts.rows.get(Number(body.codContato));
			if (body.codContato !== undefined && contact === undefined) {
				throw new ApiError(400, 'Os campos informados não existem no sistema.', {
					codContato: ['contato não encontrado'],
				});
			}
			let line = 0;
			const produtos = (body.produtos ?? []).map((item) => {
				const product = products.rows.get(Number(item.codProduto));
				if (product === undefined) {
					throw new ApiError(400, 'Os campos informados não existem no sistema.', {
						codProduto: [`produto ${String(item.codProduto)} não encontrado`],
					});
				}
				return {
					codigo: ++line,
					codProduto: product.codigo,
					tipoProd: 'produto',
					preco: item.preco ?? product.precoVenda,
					custo: product.precoCusto,
					custoCadProd: product.precoCusto,
					quant: item.quant,
					vDesc: item.vDesc ?? 0,
					valorIPI: 0,
					valorST: 0,
					obs: item.obs ?? '',
					descricao: product.descricao,
					codigoProprio: product.codigoProprio,
				};
			});
			const total = round(
				produtos.reduce(
					(sum, item) => sum + Number(item.preco) * Number(item.quant) - Number(item.vDesc),
					0,
				),
			);
			const sale = sales.insert({
				codContato: contact?.codigo ?? 0,
				nomeContato: contact?.nome ?? '',
				codVendedor: body.codVendedor ?? 1,
				nomeVendedor: 'Vendedor (sandbox)',
				dtVenda: body.dtVenda,
				dtEntrega: body.dtEntrega ?? '',
				valorTotal: total,
				valorEntrada: 0,
				codsNFe: [],
				customizado: body.customizado ?? {},
				clienteFinal: contact?.clienteFinal ?? true,
				situacao: 50,
				tags: body.tags ?? [],
				produtos,
			});
			// Each installment becomes a receivable; installments without a value share what is left.
			const installments = body.financeiros ?? [];
			const fixed = installments.reduce((sum, item) => sum + Number(item.valor ?? 0), 0);
			const open = installments.filter((item) => item.valor === undefined).length;
			const share = open === 0 ? 0 : round((total - fixed) / open);
			const financeiros = installments.map((item, index) => {
				const valor = item.valor === undefined ? share : Number(item.valor);
				const receivable = receivables.insert({
					codPlanoContas: 11,
					codFormaPgto: item.codFormaPgto ?? 0,
					codCaixa: item.codCaixa ?? 1,
					numDoc: '',
					descricao: `Venda ${String(sale.codigo)} parcela ${index + 1}/${installments.length}`,
					valor,
					dtVenc: item.dtVenc,
					dtPgto: '0000-00-00',
					situacao: 20,
					codContato: contact?.codigo ?? 0,
					origem: 'vendas',
					codVenda: sale.codigo,
					obs: '',
					tags: [],
				});
				return {
					codigo: receivable.codigo,
					codFormaPgto: receivable.codFormaPgto,
					codCaixa: receivable.codCaixa,
					codRecibo: 0,
					situacao: 20,
					dtComp: body.dtVenda,
					dtVenc: item.dtVenc,
					valor,
				};
			});
			Object.assign(sale, {
				valorFinanc: round(financeiros.reduce((sum, item) => sum + item.valor, 0)),
				numParcelas: financeiros.length,
				financeiros,
			});
			return json({ codigo: sale.codigo, nome: contact?.nome ?? '' });
		})
		.on('GET', '/v1/vendas/:codigo', (request) => json(sales.get(request.params.codigo)))
		.on('PUT', '/v1/vendas/:codigo', (request) => {
			sales.get(request.params.codigo);
			throw new ApiError(
				405,
				'As vendas não podem ser editadas. Caso seja necessário, apague-a e crie uma nova.',
			);
		})
		.on('DELETE', '/v1/vendas/:codigo', (request) => {
			const sale = sales.get(request.params.codigo);
			sales.rows.delete(Number(sale.codigo));
			sales.deleted.add(Number(sale.codigo));
			return confirm(`Venda com código ${String(sale.codigo)} excluída com sucesso!`);
		})
		.on('GET', '/v1/vendas/:codigo/contato', (request) =>
			json(contactOf(sales.get(request.params.codigo).codContato)),
		)
		.on('GET', '/v1/config/vendas/customizado', () =>
			json({ xCampo1: 'Observações gerais', xCampo2: 'Laudo técnico' }),
		);

	const money = (
		path: string,
		records: Records,
		update: ZodTypeAny,
		action: string,
		settled: number,
		message: string,
	) =>
		router
			.on('GET', `/v1${path}`, (request) => list(records.all(), request, origin(), path))
			.on('GET', `/v1${path}/:codigo`, (request) => json(records.get(request.params.codigo)))
			.on('GET', `/v1${path}/:codigo/contato`, (request) =>
				json(contactOf(records.get(request.params.codigo).codContato)),
			)
			.on('PUT', `/v1${path}/:codigo`, (request) => {
				records.get(request.params.codigo);
				const row = records.update(request.params.codigo, check(update, request.body) as Row);
				return json({
					codigo: row.codigo,
					descricao: row.descricao,
					situacao: row.situacao,
					origem: row.origem,
				});
			})
			.on('PUT', `/v1${path}/:codigo/${action}`, (request) => {
				records.get(request.params.codigo);
				const body = check(settleBody, request.body);
				records.update(request.params.codigo, {
					situacao: settled,
					dtPgto: body.dtPgto,
					valorPago: body.valor,
				});
				return { status: 200, body: { code: 200, msg: message, obs: null, fields: null } };
			})
			.on('DELETE', `/v1${path}/:codigo`, (request) => records.remove(request.params.codigo));

	money(
		'/recebimentos',
		receivables,
		receivableUpdateBody,
		'receber',
		40,
		'Recebimento efetuado com sucesso.',
	);
	money('/pagamentos', payables, payableUpdateBody, 'pagar', 30, 'Pagamento efetuado com sucesso.');
}

interface Grant {
	/** app+user the token belongs to (the rate budget's key). */
	subject: string;
	expiresAt: number;
}

export interface EGestorSettings {
	rateLimit: number;
	rateWindowMs: number;
	accessTokenLifetimeSeconds: number;
	personalToken: string;
	clientId: string;
	clientSecret: string;
}

export function eGestorApp(
	state: State,
	options: EGestorSettings,
	origin: () => string,
): VendorApp {
	const accessTokens = new Map<string, Grant>();
	const refreshTokens = new Map<string, string>();
	const codes = new Map<string, string>();
	const windows = new Map<string, { start: number; used: number }>();
	const token = (prefix: string) => `${prefix}${randomBytes(18).toString('base64url')}`;

	const issue = (subject: string, withRefresh: boolean) => {
		const access = token('eg_at_');
		accessTokens.set(access, {
			subject,
			expiresAt: Date.now() + options.accessTokenLifetimeSeconds * 1000,
		});
		const reply: Row = {
			access_token: access,
			token_type: 'Bearer',
			expires_in: options.accessTokenLifetimeSeconds,
		};
		if (withRefresh) {
			const refresh = token('eg_rt_');
			refreshTokens.set(refresh, subject);
			reply.refresh_token = refresh;
		}
		return json(reply);
	};
	const tokenFields = (request: SandboxRequest): Row =>
		request.body !== undefined
			? (request.body as Row)
			: Object.fromEntries(new URLSearchParams(request.rawBody));
	const clientOk = (fields: Row) => {
		// n8n may send the client in a Basic header instead of the body.
		const basic = /^Basic\s+(\S+)$/i.exec(String(fields.__authorization ?? ''))?.[1];
		const [id, secret] = basic
			? Buffer.from(basic, 'base64').toString().split(':')
			: [fields.client_id, fields.client_secret];
		if (id !== options.clientId || secret !== options.clientSecret) {
			throw new ApiError(
				401,
				'client_id ou client_secret inválido.',
				undefined,
				undefined,
				'invalid_client',
			);
		}
	};

	const router = new Router()
		.on('GET', '/oauth/authorize', (request) => {
			const {
				response_type: type,
				client_id: clientId,
				redirect_uri: redirect,
				state: stateParam,
			} = request.query;
			if (type !== 'code' || clientId !== options.clientId || !redirect) {
				throw new ApiError(400, 'Parâmetros de autorização inválidos.', {
					response_type: ['code'],
					client_id: ['obrigatório'],
					redirect_uri: ['obrigatório'],
				});
			}
			// The sandbox's user approves at once.
			const code = token('eg_code_');
			codes.set(code, 'sandbox-user');
			if (redirect.startsWith('urn:ietf:wg:oauth:2.0:oob')) return json({ code });
			const target = new URL(redirect);
			target.searchParams.set('code', code);
			if (stateParam) target.searchParams.set('state', stateParam);
			return { status: 302, headers: { location: target.toString() } };
		})
		.on('POST', '/oauth/access_token', (request) => {
			const fields: Row = {
				...tokenFields(request),
				__authorization: request.headers.authorization,
			};
			switch (fields.grant_type) {
				case 'personal': {
					const { personal_token: personal } = check(personalTokenRequest, tokenFields(request));
					if (personal !== options.personalToken)
						throw new ApiError(
							401,
							'personal_token inválido.',
							undefined,
							undefined,
							'invalid_grant',
						);
					return issue('personal', true);
				}
				case 'authorization_code': {
					clientOk(fields);
					const subject = codes.get(String(fields.code));
					if (subject === undefined)
						throw new ApiError(
							400,
							'Código de autorização inválido ou já utilizado.',
							undefined,
							undefined,
							'invalid_grant',
						);
					codes.delete(String(fields.code));
					return issue(`oauth:${subject}`, true);
				}
				case 'refresh_token': {
					clientOk(fields);
					const subject = refreshTokens.get(String(fields.refresh_token));
					if (subject === undefined)
						throw new ApiError(
							400,
							'refresh_token inválido ou já utilizado.',
							undefined,
							undefined,
							'invalid_grant',
						);
					// Single use: the old refresh token dies with this exchange.
					refreshTokens.delete(String(fields.refresh_token));
					return issue(subject, true);
				}
				default:
					throw new ApiError(400, 'grant_type não suportado.', {
						grant_type: ['authorization_code, refresh_token ou personal'],
					});
			}
		});
	resourceRoutes(router, state, origin);

	return {
		basePath: '/api',
		router,
		errorBody: (status, message, fields, obs) => ({
			errCode: status,
			errMsg: message,
			errObs: obs ?? null,
			errFields: fields ?? null,
		}),
		before(request) {
			if (!request.path.startsWith('/v1/')) return;
			const access = bearerOf(request);
			const grant = access === undefined ? undefined : accessTokens.get(access);
			if (grant === undefined || Date.now() >= grant.expiresAt) {
				throw new ApiError(
					401,
					'Não foi possível acessar o sistema. Verifique seu "access_token".',
					undefined,
					undefined,
					'access_denied',
				);
			}
			const time = Date.now();
			let window = windows.get(grant.subject);
			if (window === undefined || time - window.start >= options.rateWindowMs) {
				window = { start: time, used: 0 };
				windows.set(grant.subject, window);
			}
			window.used++;
			const headers = {
				'X-RateLimit-Limit': String(options.rateLimit),
				'X-RateLimit-Remaining': String(Math.max(0, options.rateLimit - window.used)),
			};
			if (window.used > options.rateLimit) {
				const wait = Math.max(1, Math.ceil((window.start + options.rateWindowMs - time) / 1000));
				throw new ApiError(
					429,
					'Número máximo de requisições atingido. Aguarde alguns segundos e tente novamente.',
					undefined,
					{ ...headers, 'Retry-After': String(wait) },
				);
			}
			return headers;
		},
	};
}

export async function startEGestor(options: EGestorOptions = {}): Promise<Sandbox> {
	let origin = '';
	const settings = {
		rateLimit: options.rateLimit ?? 60,
		rateWindowMs: options.rateWindowMs ?? 60_000,
		accessTokenLifetimeSeconds: options.accessTokenLifetimeSeconds ?? 900,
		personalToken: EGESTOR_DEMO_PERSONAL_TOKEN,
		clientId: EGESTOR_DEMO_CLIENT_ID,
		clientSecret: EGESTOR_DEMO_CLIENT_SECRET,
	};
	const server = await listen(
		eGestorApp(eGestorState(), settings, () => origin),
		options.port,
		options,
	);
	origin = server.origin;
	const baseUrl = `${origin}/api/v1`;
	const accessTokenUrl = `${origin}/api/oauth/access_token`;
	return {
		vendor: 'egestor',
		baseUrl,
		credentialType: 'eGestorApi',
		credentials: { personalToken: settings.personalToken, baseUrl, accessTokenUrl },
		alternatives: [
			{
				credentialType: 'eGestorOAuth2Api',
				credentials: {
					grantType: 'authorizationCode',
					authUrl: `${origin}/api/oauth/authorize`,
					accessTokenUrl,
					baseUrl,
					clientId: settings.clientId,
					clientSecret: settings.clientSecret,
					authentication: 'body',
				},
			},
		],
		notes: {
			rateLimit: `${settings.rateLimit} requests per ${settings.rateWindowMs / 1000} s`,
			contacts: '1 Marcelo Andrade (cliente), 2 Distribuidora Sul (fornecedor)',
			products: '1 Caneca preta, 2 Camiseta logo',
		},
		stop: server.stop,
	};
}
