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
	saleCreateBodyWithExtras,
	serviceCreateBody,
	serviceUpdateBody,
	settleBody,
	authorizationCodeRequest,
	refreshTokenRequest,
} from './contracts/egestor';
import { ApiError, bearerOf, listen, pageOf, Router } from './http';
import type { SandboxRequest, SandboxResponse, VendorApp } from './http';
import type { Sandbox, StartOptions } from './types';

/**
 * eGestor as vendor-docs/egestor.txt describes it (each rule cites it: heading or line
 * "L<n>"): OAuth2 authorization code with single-use refresh tokens (L139), the `personal`
 * grant (L173-202), 15-minute access tokens (L78, expires_in 900), 60 requests a minute per
 * app+user with X-RateLimit headers and 429 (L29, L33-35), lists of 50 a page, fixed (L37),
 * `{errCode, errMsg, errObs, errFields}` errors (L246-251), 410 for deleted records (L27),
 * sales that cannot be edited (L984). Where the document is silent, each plausible reading is
 * an option of `startEGestor` (see EGestorOptions); what the sandbox does beyond those is
 * marked "sandbox's own choice".
 */

export const EGESTOR_DEMO_PERSONAL_TOKEN =
	'eyJhbGciOiJIUzI1NiJ9.eyJhcHAiOiJzYW5kYm94Iiwic3ViZG9taW5pbyI6ImRlbW8iLCJjbGllbnQiOiJzYW5kYm94In0.sandbox-personal';
export const EGESTOR_DEMO_CLIENT_ID = 'egestor-sandbox-client';
export const EGESTOR_DEMO_CLIENT_SECRET = 'egestor-sandbox-secret';
const EGESTOR_PAGE_SIZE = 50;

interface EGestorOptions extends StartOptions {
	/** Requests allowed per window per app+user (default 60). */
	rateLimit?: number;
	/** The rate window in milliseconds (default 60 000; tests use a short one). */
	rateWindowMs?: number;
	/** Access token lifetime in seconds (default 900, "expires_in": 900, L131). */
	accessTokenLifetimeSeconds?: number;
	/**
	 * UNKNOWN (Métodos, L16 "PUT Atualiza dados de um registro"): whether a PUT keeps the
	 * fields it does not send (`merge`, the default) or resets them (`replace`).
	 */
	putMode?: 'merge' | 'replace';
	/**
	 * UNKNOWN: whether a 429 carries Retry-After. The document shows none (L29 only says
	 * "aguarde alguns segundos"), so the default is false.
	 */
	retryAfter?: boolean;
	/**
	 * UNKNOWN: the token endpoint's body formats. The document shows JSON only (L112, L149,
	 * L184); n8n's OAuth2 client sends form bodies. `json` refuses a form body; `json-or-form`
	 * (the default) takes both.
	 */
	tokenBodies?: 'json' | 'json-or-form';
	/**
	 * UNKNOWN: whether a refresh must carry redirect_uri (listed in L147 and sent in L157;
	 * n8n's OAuth2 client leaves it out). Default `optional`.
	 */
	refreshRedirectUri?: 'optional' | 'required';
	/**
	 * UNKNOWN: what a sale create does with codContato, dtEntrega and financeiros[].valor,
	 * shown only in answers (L1008, L1012, L1160): `use` them (the default) or `refuse` them
	 * as fields that do not exist (400, L23).
	 */
	saleCreateExtras?: 'use' | 'refuse';
}

type Row = Record<string, unknown>;

const stamp = () => new Date().toISOString().replace('T', ' ').slice(0, 19);
const today = () => new Date().toISOString().slice(0, 10);

class Records {
	readonly rows = new Map<number, Row>();
	readonly deleted = new Set<number>();
	private next = 1;

	/** The empty value of each writable field (what a `replace` PUT leaves when not sent). */
	constructor(
		readonly noun: string,
		readonly defaults: Row = {},
	) {}

	insert(fields: Row): Row {
		// dtCad: the time of the create unless the body sets one (a service's can, L843).
		const row = { codigo: this.next++, dtCad: stamp(), ...fields };
		this.rows.set(Number(row.codigo), row);
		return row;
	}

	get(codigo: string | number): Row {
		const key = Number(codigo);
		// 410 for a deleted record (L27, L421-426), 404 for one never seen (L405-410).
		if (this.deleted.has(key)) throw new ApiError(410, `Registro com código ${key} não existe.`);
		const row = this.rows.get(key);
		if (row === undefined) throw new ApiError(404, `Nenhum registro com código ${key} econtrado`);
		return row;
	}

	/**
	 * A PUT: `merge` keeps what is not sent; `replace` resets every writable field to its
	 * default first (system fields such as codigo, dtCad, situacao and origem stay).
	 */
	update(codigo: string | number, fields: Row, mode: 'merge' | 'replace' = 'merge'): Row {
		const row = this.get(codigo);
		if (mode === 'replace') {
			for (const key of Object.keys(row)) {
				if (!(key in this.defaults)) continue;
				const value = this.defaults[key];
				row[key] = Array.isArray(value) ? [...(value as unknown[])] : value;
			}
		}
		return Object.assign(row, fields);
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

/** A delete's answer: {code, msg, obs, fields} (L527-532). */
function confirm(msg: string): SandboxResponse {
	return { status: 200, body: { code: '200', msg, obs: null, fields: null } };
}

const json = (body: unknown): SandboxResponse => ({ status: 200, body });

/**
 * A body checked with a contract: fields the API does not know are a 400 ("os campos
 * informados não existem", L23), values out of a field's scope a 422 (L28). UNKNOWN whether
 * eGestor refuses unknown fields or ignores them; the sandbox refuses (the stricter reading).
 * The messages and the errFields layout are the sandbox's own (the docs show errFields: null).
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

function eGestorState() {
	/** A contact's writable fields empty, as the read shows them (L366-394). */
	const contactDefaults = {
		nome: '',
		tipo: [],
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
	/** A product's writable fields empty, as the read shows them (L655-678). */
	const productDefaults = {
		descricao: '',
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
		excecaoIPI: '',
		codigoGrupoTributos: 0,
		anotacoesNFE: '',
		anotacoesInternas: '',
		pesoBruto: 0,
		pesoLiquido: 0,
		tags: [],
	};
	/** A service's fields empty (L877-884). */
	const serviceDefaults = {
		descricao: '',
		precoVenda: 0,
		codigoGrupoTributos: 0,
		tags: [],
		itemListaServico: '',
	};
	/** A receivable's / payable's PUT fields empty (L1440-1452, L1692-1701). */
	const moneyDefaults = {
		codPlanoContas: 0,
		codFormaPgto: 0,
		numDoc: '',
		descricao: '',
		valor: 0,
		dtVenc: '',
		dtPgto: '0000-00-00',
		codContato: 0,
		obs: '',
		tags: [],
	};
	const contacts = new Records('Contato', contactDefaults);
	const products = new Records('Produto', productDefaults);
	const services = new Records('Serviço', serviceDefaults);
	const sales = new Records('Venda');
	const receivables = new Records('Recebimento', moneyDefaults);
	const payables = new Records('Pagamento', moneyDefaults);

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
	services.insert({ ...serviceDefaults, descricao: 'Instalação', precoVenda: 150 });
	payables.insert({
		...moneyDefaults,
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
		serviceDefaults,
		marcelo,
	};
}

type State = ReturnType<typeof eGestorState>;

/**
 * One list page: 50 fixed (L37), `filtro` (L46) matching any text field: what `filtro` matches
 * is not in the document (sandbox's own choice).
 */
function list(rows: Row[], request: SandboxRequest, origin: string, path: string): SandboxResponse {
	const query = check(listQuery, request.query);
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
	const page = query.page ?? 1; // UNKNOWN without `page`: the first page (sandbox's own choice)
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

/** A contact as the read shows it: the contact person under nomeContato (L371). */
function contactRead(row: Row): Row {
	const { nomeParaContato, ...rest } = row;
	return { ...rest, nomeContato: nomeParaContato ?? '' };
}

function resourceRoutes(
	router: Router,
	state: State,
	origin: () => string,
	options: EGestorSettings,
): void {
	const { contacts, products, services, sales, receivables, payables } = state;
	const crud = (
		path: string,
		records: Records,
		contracts: { create: ZodTypeAny; update: ZodTypeAny },
		created: (row: Row) => SandboxResponse,
		make: (body: Row) => Row,
		read: (row: Row) => Row = (row) => row,
		updated: (row: Row) => Row = read,
	) =>
		router
			.on('GET', `/v1${path}`, (request) => list(records.all().map(read), request, origin(), path))
			.on('POST', `/v1${path}`, (request) =>
				created(make(check(contracts.create, request.body) as Row)),
			)
			.on('GET', `/v1${path}/:codigo`, (request) => json(read(records.get(request.params.codigo))))
			.on('PUT', `/v1${path}/:codigo`, (request) => {
				records.get(request.params.codigo);
				const body = check(contracts.update, request.body) as Row;
				return json(updated(records.update(request.params.codigo, body, options.putMode)));
			})
			.on('DELETE', `/v1${path}/:codigo`, (request) => records.remove(request.params.codigo));

	// Contatos: the create answers {codigo, nome} (L340-343); the update answers the record (L479-507).
	crud(
		'/contatos',
		contacts,
		{ create: contactCreateBody, update: contactUpdateBody },
		(row) => json({ codigo: row.codigo, nome: row.nome }),
		({ codigo: _codigo, ...body }) => state.newContact(body),
		contactRead,
	);
	// Produtos: the create answers {codigo, descricao} (L629-632).
	crud(
		'/produtos',
		products,
		{ create: productCreateBody, update: productUpdateBody },
		(row) => json({ codigo: row.codigo, descricao: row.descricao }),
		state.newProduct,
	);
	// Serviços: the create answers 200 with an empty body (L848-855), always.
	crud(
		'/servicos',
		services,
		{ create: serviceCreateBody, update: serviceUpdateBody },
		() => ({ status: 200 }),
		(body) => services.insert({ ...state.serviceDefaults, ...body }),
		(row) => row,
		// The update answers {codigo, descricao} (L929-932).
		(row) => ({ codigo: row.codigo, descricao: row.descricao }),
	);

	const contactOf = (codigo: unknown) => {
		if (codigo === undefined || codigo === null || Number(codigo) === 0) {
			// The answer for a record without a contact is not documented (sandbox's own choice).
			throw new ApiError(404, 'Nenhum contato vinculado a este registro');
		}
		return contacts.get(Number(codigo));
	};
	const round = (value: number) => Math.round(value * 100) / 100;

	router
		.on('GET', '/v1/vendas', (request) =>
			list(
				// List rows carry no lines, installments or custom fields (L1006-1018).
				sales.all().map(({ produtos: _p, financeiros: _f, customizado: _c, ...row }) => row),
				request,
				origin(),
				'/vendas',
			),
		)
		.on('POST', '/v1/vendas', (request) => {
			const contract =
				options.saleCreateExtras === 'refuse' ? saleCreateBody : saleCreateBodyWithExtras;
			const body = check(contract, request.body) as Row & {
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
				// The line as the read shows it (L1120-1134). Without preco the sandbox takes the
				// product's price: the sandbox's own choice (the document does not say).
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
			// Each installment becomes a receivable, and installments without a value share what
			// is left: the sandbox's own choice (the document does not say).
			const installments = body.financeiros ?? [];
			const fixed = installments.reduce((sum, item) => sum + Number(item.valor ?? 0), 0);
			const open = installments.filter((item) => item.valor === undefined).length;
			const share = open === 0 ? 0 : round((total - fixed) / open);
			const financeiros = installments.map((item, index) => {
				const valor = item.valor === undefined ? share : Number(item.valor);
				const receivable = receivables.insert({
					codPlanoContas: 11,
					codFormaPgto: 0,
					codCaixa: 1,
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
		// "As vendas não podem ser editadas" (L984); 405 "Método não implementado" (L26).
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
			// Campos customizados (L1299-1302).
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
				const row = records.update(
					request.params.codigo,
					check(update, request.body) as Row,
					options.putMode,
				);
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

	// situacao after a settle: 40 Recebido (L1309-1311), 30 Pago (L1525-1527); the settle
	// answers {code: 200, msg, obs, fields} (L1494-1499, L1757-1762).
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

interface EGestorSettings {
	rateLimit: number;
	rateWindowMs: number;
	accessTokenLifetimeSeconds: number;
	putMode: 'merge' | 'replace';
	retryAfter: boolean;
	tokenBodies: 'json' | 'json-or-form';
	refreshRedirectUri: 'optional' | 'required';
	saleCreateExtras: 'use' | 'refuse';
	personalToken: string;
	clientId: string;
	clientSecret: string;
}

function eGestorApp(state: State, options: EGestorSettings, origin: () => string): VendorApp {
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
	/** The token request's fields: JSON as documented (L112), a form only under `json-or-form`. */
	const tokenFields = (request: SandboxRequest): Row => {
		if (request.body !== undefined) return request.body as Row;
		if (options.tokenBodies === 'json') {
			throw new ApiError(400, 'Os campos informados não existem no sistema.', {
				grant_type: ['obrigatório'],
			});
		}
		return Object.fromEntries(new URLSearchParams(request.rawBody));
	};
	// The token endpoint's errors are not documented: codes and messages are the sandbox's own.
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
		// Autorizando (L80-93); with an oob redirect the code is shown to the user (L61-63).
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
					check(authorizationCodeRequest, tokenFields(request));
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
					const refresh = check(refreshTokenRequest, tokenFields(request));
					if (options.refreshRedirectUri === 'required' && refresh.redirect_uri === undefined) {
						throw new ApiError(400, 'Os campos informados não existem no sistema.', {
							redirect_uri: ['obrigatório'],
						});
					}
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
	resourceRoutes(router, state, origin, options);

	return {
		basePath: '/api',
		router,
		errorBody: (status, message, fields, obs) => ({
			errCode: status,
			errMsg: message,
			errObs: obs ?? null,
			errFields: fields ?? null,
		}),
		// Every /v1 request needs a live access token (401 access_denied, L244-252) and counts
		// against 60 a minute per app+user (L33), with X-RateLimit headers on every answer (L35).
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
				// L29; Retry-After only under the `retryAfter` option (the document shows none).
				const wait = Math.max(1, Math.ceil((window.start + options.rateWindowMs - time) / 1000));
				throw new ApiError(
					429,
					'Número máximo de requisições atingido. (aguarde alguns segundos e tente novamente)',
					undefined,
					options.retryAfter ? { ...headers, 'Retry-After': String(wait) } : headers,
				);
			}
			return headers;
		},
	};
}

export async function startEGestor(options: EGestorOptions = {}): Promise<Sandbox> {
	let origin = '';
	const settings: EGestorSettings = {
		rateLimit: options.rateLimit ?? 60,
		rateWindowMs: options.rateWindowMs ?? 60_000,
		accessTokenLifetimeSeconds: options.accessTokenLifetimeSeconds ?? 900,
		putMode: options.putMode ?? 'merge',
		retryAfter: options.retryAfter ?? false,
		tokenBodies: options.tokenBodies ?? 'json-or-form',
		refreshRedirectUri: options.refreshRedirectUri ?? 'optional',
		saleCreateExtras: options.saleCreateExtras ?? 'use',
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
