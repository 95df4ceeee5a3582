import { z } from 'zod';

/** eGestor's API as its documentation (vendor-docs/egestor.txt) states it. */

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const dateTime = z.string().regex(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/);
const text = z.string();
const tags = z.array(z.string());

/** POST /oauth/access_token with grant_type=personal */
export const personalTokenRequest = z
	.object({ grant_type: z.literal('personal'), personal_token: z.string().min(1) })
	.strict();

/** POST /oauth/access_token with grant_type=refresh_token (n8n sends it form-encoded). */
export const refreshTokenRequest = z
	.object({
		grant_type: z.literal('refresh_token'),
		refresh_token: z.string().min(1),
		client_id: z.string().min(1),
		client_secret: z.string().min(1),
	})
	.passthrough();

export const tokenResponse = z.object({
	access_token: z.string(),
	token_type: z.literal('Bearer'),
	expires_in: z.number(),
	refresh_token: z.string().optional(),
});

/** GET list query: filtro, page (values arrive as strings). */
export const listQuery = z
	.object({ page: z.coerce.number().int().min(1), filtro: z.string().min(1).optional() })
	.strict();

/** The list envelope, 50 a page. */
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

export const errorBody = z.object({
	errCode: z.number(),
	errMsg: z.string(),
	errObs: z.string().nullable(),
	errFields: z.unknown(),
});

const contactFields = {
	fantasia: text.max(60).optional(),
	nomeParaContato: text.max(60).optional(),
	cpfcnpj: text.optional(),
	dtNasc: isoDate.optional(),
	emails: z.array(z.string()).optional(),
	fones: z.array(z.string()).optional(),
	cep: z.number().optional(),
	logradouro: text.optional(),
	numero: text.optional(),
	complemento: text.optional(),
	bairro: text.optional(),
	cidade: text.optional(),
	codIBGE: text.optional(),
	uf: text.optional(),
	pais: text.optional(),
	clienteFinal: z.boolean().optional(),
	indicadorIE: z.union([z.literal(1), z.literal(2), z.literal(9)]).optional(),
	inscricaoMunicipal: text.optional(),
	inscricaoEstadual: text.optional(),
	inscricaoEstadualST: text.optional(),
	suframa: text.optional(),
	obs: text.optional(),
	tags: tags.optional(),
};
const contactType = z.array(z.enum(['cliente', 'fornecedor', 'transportadora'])).min(1);

/** POST /contatos */
export const contactCreateBody = z
	.object({ nome: text.min(1).max(60), tipo: contactType, ...contactFields })
	.strict();

/** PUT /contatos/{codigo} */
export const contactUpdateBody = contactCreateBody
	.partial()
	.strict()
	.refine((body) => Object.keys(body).length > 0, 'an update needs at least one field');

const productFields = {
	descricao: text.min(1),
	codigoProprio: text.optional(),
	estoque: z.number().optional(),
	estoqueMinimo: z.number().optional(),
	controlarEstoque: z.boolean().optional(),
	margemLucro: z.number().optional(),
	precoCusto: z.number().optional(),
	precoVenda: z.number().optional(),
	origemFiscal: z.number().int().min(0).max(8).optional(),
	unidadeTributada: text.optional(),
	refEanGtin: text.optional(),
	ncm: text.optional(),
	codigoCEST: text.optional(),
	excecaoIPI: z.number().optional(),
	codigoGrupoTributos: z.number().optional(),
	anotacoesNFE: text.optional(),
	anotacoesInternas: text.optional(),
	pesoBruto: z.number().optional(),
	pesoLiquido: z.number().optional(),
	tags: tags.optional(),
};

/** POST /produtos */
export const productCreateBody = z.object(productFields).strict();
/** PUT /produtos/{codigo} */
export const productUpdateBody = productCreateBody
	.partial()
	.strict()
	.refine((body) => Object.keys(body).length > 0, 'an update needs at least one field');

/** POST /servicos */
export const serviceCreateBody = z
	.object({
		descricao: text.min(1),
		precoVenda: z.number().optional(),
		codigoGrupoTributos: z.number().optional(),
		tags: tags.optional(),
		itemListaServico: text.optional(),
		dtCad: dateTime.optional(),
	})
	.strict();
/** PUT /servicos/{codigo} */
export const serviceUpdateBody = serviceCreateBody
	.partial()
	.strict()
	.refine((body) => Object.keys(body).length > 0, 'an update needs at least one field');

/** POST /vendas */
export const saleCreateBody = z
	.object({
		dtVenda: isoDate,
		codContato: z.number().int().optional(),
		codVendedor: z.number().int().optional(),
		dtEntrega: isoDate.optional(),
		tags: tags.optional(),
		customizado: z
			.object({
				xCampo1: text.optional(),
				xCampo2: text.optional(),
				xCampo3: text.optional(),
				xCampo4: text.optional(),
			})
			.strict()
			.optional(),
		produtos: z
			.array(
				z
					.object({
						codProduto: z.number().int(),
						quant: z.number(),
						vDesc: z.number().optional(),
						preco: z.number().optional(),
						obs: text.optional(),
					})
					.strict(),
			)
			.optional(),
		financeiros: z
			.array(
				z
					.object({
						dtVenc: isoDate,
						valor: z.number().optional(),
						codFormaPgto: z.number().int().optional(),
						codCaixa: z.number().int().optional(),
					})
					.strict(),
			)
			.optional(),
	})
	.strict();

/** PUT /recebimentos/{codigo} */
export const receivableUpdateBody = z
	.object({
		codPlanoContas: z.number().int().optional(),
		codFormaPgto: z.number().int().optional(),
		numDoc: text.optional(),
		descricao: text.optional(),
		valor: z.number().optional(),
		dtVenc: isoDate.optional(),
		dtPgto: isoDate.optional(),
		dtCad: dateTime.optional(),
		codContato: z.number().int().optional(),
		obs: text.optional(),
		tags: tags.optional(),
	})
	.strict()
	.refine((body) => Object.keys(body).length > 0, 'an update needs at least one field');

/** PUT /pagamentos/{codigo} */
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

/** PUT /recebimentos/{codigo}/receber and PUT /pagamentos/{codigo}/pagar */
export const settleBody = z.object({ valor: z.number().positive(), dtPgto: isoDate }).strict();
