import { z } from 'zod';

/**
 * eGestor's API as its document states it, and nothing more. Every rule cites
 * vendor-docs/egestor.txt (heading, field or line "L<n>"). Where the document is silent the
 * rule is marked UNKNOWN: the contract then accepts every plausible reading and the sandbox
 * (sandbox/egestor.ts) offers the readings as options.
 */

/** "dtNasc … formato: YYYY-MM-DD" (L267); the same form in every date example. */
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
/** dtCad "2017-06-02 11:57:03" (L1448, L843). */
const dateTime = z.string().regex(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/);
const text = z.string();
/** tags: an array of text (L290 "tags (array, optional)", L1451 ["tag1", "tag2"]). */
const tags = z.array(z.string());

// ── Authentication (Group Autenticação - OAuth) ─────────────────────────────────────────

/** Utilizando personal_token [POST]: grant_type "personal", personal_token (L181-191). */
export const personalTokenRequest = z
	.object({ grant_type: z.literal('personal'), personal_token: z.string().min(1) })
	.strict();

/**
 * Utilizando o código de acesso [POST]: grant_type, client_id, client_secret, redirect_uri,
 * code (table L106-111, example L116-122). UNKNOWN: whether the client may come in a Basic
 * header instead (n8n's "header" mode); the sandbox accepts both.
 */
export const authorizationCodeRequest = z
	.object({
		grant_type: z.literal('authorization_code'),
		code: z.string().min(1),
		client_id: z.string().min(1).optional(),
		client_secret: z.string().min(1).optional(),
		redirect_uri: z.string().min(1),
	})
	.strict();

/**
 * Utilizando refresh_token [POST]: grant_type, client_id, client_secret, redirect_uri,
 * refresh_token (table L143-148, example L153-159). UNKNOWN: whether redirect_uri is
 * required (n8n's OAuth2 client does not send it): optional here, a sandbox option.
 */
export const refreshTokenRequest = z
	.object({
		grant_type: z.literal('refresh_token'),
		refresh_token: z.string().min(1),
		client_id: z.string().min(1).optional(),
		client_secret: z.string().min(1).optional(),
		redirect_uri: z.string().min(1).optional(),
	})
	.strict();

/** Token answers (L128-134, L165-170, L197-202); personal_token only in L133. */
export const tokenResponse = z.object({
	access_token: z.string(),
	token_type: z.literal('Bearer'),
	expires_in: z.number(),
	refresh_token: z.string().optional(),
	personal_token: z.string().optional(),
});

// ── Lists (Listar) ──────────────────────────────────────────────────────────────────────

/**
 * "As ações de listar permitem o envio dos seguintes parâmetros: filtro, page" (L43-47);
 * values arrive as text. UNKNOWN: the page read when `page` is absent (taken as 1).
 */
export const listQuery = z
	.object({
		page: z.coerce.number().int().min(1).optional(),
		filtro: z.string().min(1).optional(),
	})
	.strict();

/**
 * The list envelope (L221-242): 50 a page, fixed (L37). UNKNOWN: `from`/`to` of an empty
 * page (the document shows numbers only); null is accepted.
 */
export const listEnvelope = z.object({
	total: z.number(),
	per_page: z.literal(50),
	current_page: z.number(),
	last_page: z.number(),
	next_page_url: z.string().nullable(),
	prev_page_url: z.string().nullable(),
	from: z.number().nullable(),
	to: z.number().nullable(),
	data: z.array(z.record(z.unknown())),
});

/** Errors: {errCode, errMsg, errObs, errFields[, errUrl]} (L246-251, L406-409). */
export const errorBody = z.object({
	errCode: z.number(),
	errMsg: z.string(),
	errObs: z.string().nullable(),
	errFields: z.unknown(),
	errUrl: z.string().optional(),
});

// ── Contatos ────────────────────────────────────────────────────────────────────────────

/** Contatos › Novo (Create) › Attributes (L257-290). */
const contactFields = {
	/** "limite de 60 caracteres" (L260). */
	fantasia: text.max(60).optional(),
	/** "limite de 60 caracteres" (L265). */
	nomeParaContato: text.max(60).optional(),
	cpfcnpj: text.optional(),
	dtNasc: isoDate.optional(),
	/** "emails (array)" (L268); text items as in L309-311. */
	emails: z.array(z.string()).optional(),
	fones: z.array(z.string()).optional(),
	/** "cep (number, optional)" (L269); 4320040 in L313. */
	cep: z.number().optional(),
	logradouro: text.optional(),
	numero: text.optional(),
	complemento: text.optional(),
	bairro: text.optional(),
	cidade: text.optional(),
	codIBGE: text.optional(),
	uf: text.optional(),
	pais: text.optional(),
	/** "clienteFinal (optional)" without a type (L279); true in L321. */
	clienteFinal: z.boolean().optional(),
	/** "indicadorIE (enum[number]): 1, 2, 9" (L280-284). */
	indicadorIE: z.union([z.literal(1), z.literal(2), z.literal(9)]).optional(),
	inscricaoMunicipal: text.optional(),
	inscricaoEstadual: text.optional(),
	inscricaoEstadualST: text.optional(),
	suframa: text.optional(),
	obs: text.optional(),
	tags: tags.optional(),
};
/** "tipo (array, required): cliente, fornecedor, transportadora" (L261-264). */
const contactType = z.array(z.enum(['cliente', 'fornecedor', 'transportadora'])).min(1);

/**
 * POST /contatos: "nome (string, required) - limite 60 caracteres" (L259), tipo required
 * (L261). The request example carries a `codigo` (L300).
 */
export const contactCreateBody = z
	.object({
		codigo: z.number().optional(),
		nome: text.min(1).max(60),
		tipo: contactType,
		...contactFields,
	})
	.strict();

/**
 * PUT /contatos/{codigo}: the example (L439-468) sends the whole record; UNKNOWN whether a
 * partial body is accepted and whether absent fields are kept (sandbox option `putMode`).
 * The same limits as create. An empty dtNasc is the read's empty value (L1655).
 */
export const contactUpdateBody = z
	.object({
		nome: text.min(1).max(60),
		tipo: contactType,
		...contactFields,
		dtNasc: z.union([isoDate, z.literal('')]).optional(),
	})
	.partial()
	.strict()
	.refine((body) => Object.keys(body).length > 0, 'an update needs at least one field');

// ── Produtos ────────────────────────────────────────────────────────────────────────────

/**
 * Produtos › Novo (Create), the request example (L597-618). No field is marked required
 * (UNKNOWN: eGestor's answer to a product without descricao). excecaoIPI and the weights
 * are numbers in the create (L611, L615) and "" / "0.000" text in the read (L670, L674).
 */
const productFields = {
	descricao: text.min(1),
	codigoProprio: text,
	estoque: z.number(),
	estoqueMinimo: z.number(),
	controlarEstoque: z.boolean(),
	margemLucro: z.number(),
	precoCusto: z.number(),
	precoVenda: z.number(),
	/** 0 in every example (L569, L606); the range of values is not in the document. */
	origemFiscal: z.number().int(),
	unidadeTributada: text,
	refEanGtin: text,
	ncm: text,
	codigoCEST: text,
	excecaoIPI: z.union([z.number(), z.literal('')]),
	codigoGrupoTributos: z.number(),
	anotacoesNFE: text,
	anotacoesInternas: text,
	pesoBruto: z.union([z.number(), z.string().regex(/^\d+(\.\d+)?$/)]),
	pesoLiquido: z.union([z.number(), z.string().regex(/^\d+(\.\d+)?$/)]),
	/** ['examplo', 'modelo'] (L617). */
	tags,
};

/** POST /produtos (L597-618). */
export const productCreateBody = z.object(productFields).partial().strict();
/**
 * PUT /produtos/{codigo}: the document shows no request body, only a 200 body with the
 * create's fields (L723-744). UNKNOWN: the fields PUT accepts; taken as the create's.
 */
export const productUpdateBody = productCreateBody.refine(
	(body) => Object.keys(body).length > 0,
	'an update needs at least one field',
);

// ── Serviços ────────────────────────────────────────────────────────────────────────────

/** POST /servicos, the request example (L839-846); no field marked required. */
export const serviceCreateBody = z
	.object({
		descricao: text.min(1),
		precoVenda: z.number(),
		codigoGrupoTributos: z.number(),
		dtCad: dateTime,
		tags,
		itemListaServico: text,
	})
	.partial()
	.strict();
/**
 * PUT /servicos/{codigo}: no request body in the document (L909-919), only a 200 body
 * {codigo, descricao} (L929-932). UNKNOWN: the fields PUT accepts; taken as the create's.
 */
export const serviceUpdateBody = serviceCreateBody.refine(
	(body) => Object.keys(body).length > 0,
	'an update needs at least one field',
);

// ── Vendas ──────────────────────────────────────────────────────────────────────────────

/** customizado: xCampo1 to xCampo4 (Campos customizados, L1275-1280; example L1047-1049). */
const customFields = z
	.object({
		xCampo1: text.optional(),
		xCampo2: text.optional(),
		xCampo3: text.optional(),
		xCampo4: text.optional(),
	})
	.strict();

/** A product line of the create example (L1051-1057). */
const saleProductLine = z
	.object({
		codProduto: z.number().int(),
		quant: z.number(),
		vDesc: z.number().optional(),
		preco: z.number().optional(),
		obs: text.optional(),
	})
	.strict();

/**
 * POST /vendas, the request example (L1043-1062): dtVenda, codVendedor, tags, customizado,
 * produtos, financeiros [{dtVenc}]. Nothing else: codContato, dtEntrega and
 * financeiros[].valor appear only in answers (L1008, L1012, L1160). What eGestor does with
 * them on a create is UNKNOWN (sandbox option `saleCreateExtras`); see
 * `saleCreateBodyWithExtras`.
 */
export const saleCreateBody = z
	.object({
		dtVenda: isoDate,
		codVendedor: z.number().int().optional(),
		tags: tags.optional(),
		customizado: customFields.optional(),
		produtos: z.array(saleProductLine).optional(),
		financeiros: z.array(z.object({ dtVenc: isoDate }).strict()).optional(),
	})
	.strict();

/**
 * The sale create body with the three answer-only fields our node offers (marked "not in
 * eGestor's API docs for create"): the reading in which eGestor takes them. Shapes from
 * the read (L1101, L1106, L1160).
 */
export const saleCreateBodyWithExtras = saleCreateBody.extend({
	codContato: z.number().int().optional(),
	dtEntrega: isoDate.optional(),
	financeiros: z
		.array(z.object({ dtVenc: isoDate, valor: z.number().optional() }).strict())
		.optional(),
});

// ── Recebimentos / Pagamentos ──────────────────────────────────────────────────────────

/**
 * PUT /recebimentos/{codigo}, the request example (L1440-1452). dtPgto "0000-00-00" is the
 * example's own value for an open receivable (L1447). UNKNOWN: partial bodies (`putMode`).
 */
export const receivableUpdateBody = z
	.object({
		codPlanoContas: z.number().int().optional(),
		codFormaPgto: z.number().int().optional(),
		numDoc: text.optional(),
		descricao: text.optional(),
		valor: z.number().optional(),
		dtVenc: isoDate.optional(),
		dtPgto: z.union([isoDate, z.literal('0000-00-00')]).optional(),
		dtCad: dateTime.optional(),
		codContato: z.number().int().optional(),
		obs: text.optional(),
		tags: tags.optional(),
	})
	.strict()
	.refine((body) => Object.keys(body).length > 0, 'an update needs at least one field');

/** PUT /pagamentos/{codigo}, the request example (L1692-1701). */
export const payableUpdateBody = z
	.object({
		codFormaPgto: z.number().int().optional(),
		numDoc: text.optional(),
		descricao: text.optional(),
		valor: z.number().optional(),
		dtVenc: isoDate.optional(),
		codContato: z.number().int().optional(),
		obs: text.optional(),
		tags: tags.optional(),
	})
	.strict()
	.refine((body) => Object.keys(body).length > 0, 'an update needs at least one field');

/**
 * PUT /recebimentos/{codigo}/receber (L1480-1483) and PUT /pagamentos/{codigo}/pagar
 * (L1743-1746): {valor, dtPgto}. The document sets no bound on valor.
 */
export const settleBody = z.object({ valor: z.number(), dtPgto: isoDate }).strict();
