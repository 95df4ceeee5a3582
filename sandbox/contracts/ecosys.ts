import { z } from 'zod';

import {
	dealCreateBody as sonarDealCreateBody,
	dealListQuery as sonarDealListQuery,
} from './sonar';

/**
 * Ecosys Auto's API as its quickstart states it: vendor-docs/ecosys-auto-quickstart.txt
 * ("quickstart" below, with its heading and line). The quickstart documents by example only:
 * it has no field tables, no list parameters beyond `status`, no required-field rules and no
 * error example. What the node needs beyond that is marked here as "not documented", with
 * where the reading comes from (for the deals resource: Sonar Marketing's document of the
 * same platform, vendor-docs/sonar-deals.txt).
 *
 * Strictness (`.strict()`) is ours: the quickstart does not say what Ecosys does with an
 * unknown field, so the contract refuses one and a test catches the node sending it.
 */

// quickstart, "Crie seu primeiro cliente": "cpf": "123.456.789-00" (formatted; its check
// digits are wrong and the answer is a 201, so the API does not check them).
const cpf = z.string().regex(/^\d{3}\.\d{3}\.\d{3}-\d{2}$/);
// Not documented: the quickstart shows no CNPJ. The node sends it formatted like the CPF.
const cnpj = z.string().regex(/^\d{2}\.\d{3}\.\d{3}\/\d{4}-\d{2}$/);
// quickstart, "Cadastre um veículo": "plate": "ABC1D23". Other formats: not documented.
const plate = z.string().regex(/^[A-Z0-9]{7}$/);
// quickstart, "Liste seus veículos" Resposta: pagination {page, limit, total, pages}, limit 20.
// The query names page/limit and the 100 cap are Sonar's (sonar-deals, GET /v1/deals), not
// documented for Ecosys.
const page = {
	page: z.coerce.number().int().min(1),
	limit: z.coerce.number().int().min(1).max(100),
};

/**
 * POST /clients — quickstart, "Crie seu primeiro cliente" (curl, JavaScript and Python
 * examples: type, name, email, cpf, phone, segment). Which fields are required is not
 * documented (ENDPOINTS.md reads type and name).
 */
export const clientCreateBody = z
	.object({
		// "type": "PF"; "Clientes — Gerenciar clientes PF e PJ" (Próximos Passos)
		type: z.enum(['PF', 'PJ']),
		name: z.string().min(1),
		email: z.string().optional(),
		cpf: cpf.optional(),
		// not documented (the node offers it marked)
		cnpj: cnpj.optional(),
		phone: z.string().optional(),
		segment: z.string().optional(),
		// "clientes PF e PJ com endereço" (Próximos Passos): an address exists; its fields are
		// not documented, so any object
		address: z.record(z.string(), z.unknown()).optional(),
	})
	.strict();

/**
 * PUT /clients/:id — not documented (ENDPOINTS.md: platform pattern). The client's fields
 * plus `status` (the Resposta shows "status": "active"); other status values: not documented.
 */
export const clientUpdateBody = clientCreateBody
	.partial()
	.extend({ status: z.string().min(1).optional() })
	.strict()
	.refine((body) => Object.keys(body).length > 0, 'an update needs at least one field');

/**
 * GET /clients query — quickstart, getClients(params) in "Exemplo Completo em JavaScript":
 * the endpoint takes query parameters, none named. The filters and sort keys are the node's
 * reading (not documented); whether `sort` is honoured is unknown (a sandbox switch).
 */
export const clientListQuery = z
	.object({
		...page,
		type: z.string().optional(),
		status: z.string().optional(),
		segment: z.string().optional(),
		store_id: z.string().optional(),
		search: z.string().optional(),
		sort: z.string().optional(),
	})
	.strict();

/**
 * POST /vehicles — quickstart, "Cadastre um veículo" (curl example) and cadastrarVeiculoCompleto
 * ("Exemplo Completo"). "O campo store_id é obrigatório"; title is in every example (required
 * by ENDPOINTS.md's reading, not stated). Field types as the examples show them.
 */
export const vehicleCreateBody = z
	.object({
		title: z.string().min(1),
		store_id: z.string().min(1),
		brand: z.string().optional(),
		model: z.string().optional(),
		version: z.string().optional(),
		year_model: z.number().int().optional(),
		year_manufacture: z.number().int().optional(),
		price: z.number().optional(),
		purchase_price: z.number().optional(),
		mileage: z.number().int().optional(),
		color: z.string().optional(),
		// "fuel": "flex" — other values not documented, so any text
		fuel: z.string().min(1).optional(),
		// "transmission": "automatico" — other values not documented, so any text
		transmission: z.string().min(1).optional(),
		plate: plate.optional(),
		client_id: z.string().optional(),
	})
	.strict();

/**
 * PUT /vehicles/:id — quickstart, updateVehicle(id, data) in "Exemplo Completo": documented,
 * with no field list. Read as the create fields plus `status` and `phase` (the Resposta shows
 * "phase": "entrada", "status": "ativo").
 */
export const vehicleUpdateBody = vehicleCreateBody
	.partial()
	.extend({ status: z.string().min(1).optional(), phase: z.string().min(1).optional() })
	.strict()
	.refine((body) => Object.keys(body).length > 0, 'an update needs at least one field');

/**
 * GET /vehicles query — quickstart, "Liste seus veículos": `?status=ativo`. `status` is the
 * only documented filter; the rest, and the sort keys, are the node's reading (not documented);
 * whether `sort` is honoured is unknown (a sandbox switch).
 */
export const vehicleListQuery = z
	.object({
		...page,
		status: z.string().optional(),
		phase: z.string().optional(),
		store_id: z.string().optional(),
		client_id: z.string().optional(),
		brand: z.string().optional(),
		fuel: z.string().optional(),
		transmission: z.string().optional(),
		min_price: z.coerce.number().optional(),
		max_price: z.coerce.number().optional(),
		search: z.string().optional(),
		sort: z.string().optional(),
	})
	.strict();

/**
 * POST /deals — quickstart, "Crie um negócio (deal)" shows title, value, phase, probability,
 * client_id, source, tags. The other fields (description, priority, expected_close_date,
 * responsible_id) are Sonar's (sonar-deals, POST /v1/deals), not documented for Ecosys.
 */
export const dealCreateBody = sonarDealCreateBody;

/** GET /deals — not in the quickstart (ENDPOINTS.md: platform pattern): Sonar's query (sonar-deals, GET /v1/deals). */
export const dealListQuery = sonarDealListQuery;

/**
 * PUT /deals/:id — quickstart, markDealWon / markDealLost ("Exemplo Completo"): status ganho
 * with value, status perdido with loss_reason. The other fields are Sonar's accepted fields
 * (sonar-deals, PUT /v1/deals/:id), not documented for Ecosys; status values besides
 * ativo (the deal Resposta), ganho and perdido: not documented.
 */
export const dealUpdateBody = sonarDealCreateBody
	.partial()
	.extend({
		status: z.string().min(1).optional(),
		loss_reason: z.string().min(1).optional(),
	})
	.strict()
	.refine((body) => Object.keys(body).length > 0, 'an update needs at least one field');

/** PUT /deals/:id marking a deal won — quickstart, markDealWon: `{ status: 'ganho', value: finalValue }`. */
export const dealWonBody = z.object({ status: z.literal('ganho'), value: z.number() }).strict();

/** PUT /deals/:id marking a deal lost — quickstart, markDealLost: `{ status: 'perdido', loss_reason: lossReason }`. */
export const dealLostBody = z
	.object({ status: z.literal('perdido'), loss_reason: z.string().min(1) })
	.strict();

/** quickstart, "Crie seu primeiro cliente" Resposta: the created client. */
export const client = z.object({
	id: z.string(),
	type: z.string(),
	name: z.string(),
	email: z.string().optional(),
	cpf: z.string().optional(),
	phone: z.string().optional(),
	segment: z.string().optional(),
	status: z.string().optional(),
	created_at: z.string().optional(),
});

/** quickstart, "Cadastre um veículo" Resposta and "Liste seus veículos" Resposta (a subset there). */
export const vehicle = z.object({
	id: z.string(),
	title: z.string(),
	store_id: z.string().optional(),
	status: z.string().optional(),
	phase: z.string().optional(),
	client: z.object({ id: z.string(), name: z.string() }).nullable().optional(),
});

/**
 * The error a failed call answers — quickstart, EcosysAutoClient.request: "if (!response.ok)
 * … error.error?.message". Only `error.message` is documented; `success: false` and `code`
 * are the platform's reading (not documented), and so are the statuses.
 */
export const errorBody = z.object({ error: z.object({ message: z.string() }).passthrough() });
