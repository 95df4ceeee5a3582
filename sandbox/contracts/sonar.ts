import { z } from 'zod';

/**
 * Sonar Marketing's deals API as its document states it: vendor-docs/sonar-deals.txt
 * ("sonar-deals" below, with the heading or field). Nothing here comes from Ecosys Auto's
 * quickstart, though the two run on one platform.
 *
 * Strictness (`.strict()`) is ours, not Sonar's: the document does not say what Sonar does
 * with a field it does not list, so the contract refuses one and a test catches the node
 * sending it.
 */

// sonar-deals, POST /v1/deals: expected_close_date "Data prevista YYYY-MM-DD".
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
// sonar-deals, POST /v1/deals: priority "alta, media, baixa (padrão: media)".
const priority = z.enum(['alta', 'media', 'baixa']);

/** The filter values of `status` Sonar documents (sonar-deals, GET /v1/deals: "Filtrar: ativo, arquivado"). */
export const documentedStatuses = ['ativo', 'arquivado'] as const;

/** POST /deals — sonar-deals, "POST /v1/deals" Request Body table. */
export const dealCreateBody = z
	.object({
		// title | string | Sim
		title: z.string().min(1),
		// description | string | Não
		description: z.string().optional(),
		// value | number | Não | Valor em BRL (no bound is documented)
		value: z.number().optional(),
		// phase | string | Não | Fase do pipeline (padrão: lead) — values beyond lead/proposta unknown
		phase: z.string().min(1).optional(),
		priority: priority.optional(),
		expected_close_date: isoDate.optional(),
		// probability | number | Não | Probabilidade de ganho (0-100)
		probability: z.number().min(0).max(100).optional(),
		// responsible_id | string | Não | UUID do responsável
		responsible_id: z.string().optional(),
		// source | string | Não | Origem do lead
		source: z.string().optional(),
		// client_id | string | Não | UUID do cliente
		client_id: z.string().optional(),
		// tags | array | Não (the example in GET shows strings: ["social-media"])
		tags: z.array(z.string()).optional(),
	})
	.strict();

/**
 * PUT /deals/:id — sonar-deals, "PUT /v1/deals/:id": "Campos aceitos: title, description,
 * value, phase, priority, status, probability, expected_close_date, responsible_id, source,
 * client_id, loss_reason, tags, is_starred." The status values PUT accepts are not listed
 * (unknown: any text); "at least one field" is ours (the node never sends an empty update).
 */
export const dealUpdateBody = dealCreateBody
	.partial()
	.extend({
		status: z.string().min(1).optional(),
		loss_reason: z.string().optional(),
		is_starred: z.boolean().optional(),
	})
	.strict()
	.refine((body) => Object.keys(body).length > 0, 'an update needs at least one field');

/** GET /deals query — sonar-deals, "GET /v1/deals" Query Parameters table (values arrive as strings). */
export const dealListQuery = z
	.object({
		// page | number | 1
		page: z.coerce.number().int().min(1),
		// limit | number | 20 | Itens por página (máx: 100)
		limit: z.coerce.number().int().min(1).max(100),
		// status | Filtrar: ativo, arquivado — any other value's effect is unknown, so text
		status: z.string().optional(),
		phase: z.string().optional(),
		client_id: z.string().optional(),
		responsible_id: z.string().optional(),
		source: z.string().optional(),
		min_value: z.coerce.number().optional(),
		max_value: z.coerce.number().optional(),
		// from / to | Data criação inicial / final (YYYY-MM-DD)
		from: isoDate.optional(),
		to: isoDate.optional(),
		// search | Buscar por título ou descrição
		search: z.string().optional(),
		// sort | -created_at | Campos: title, value, phase, created_at, updated_at, expected_close_date
		// ("-" for descending, as the default -created_at shows)
		sort: z
			.string()
			.regex(/^-?(title|value|phase|created_at|updated_at|expected_close_date)$/)
			.optional(),
	})
	.strict();

/**
 * A deal as GET /v1/deals' Response example shows it (sonar-deals lines 29-53). Only `id` and
 * `title` are required here: the document does not say every field is always present.
 */
export const deal = z.object({
	id: z.string(),
	title: z.string(),
	description: z.string().nullable().optional(),
	value: z.number().optional(),
	currency: z.string().optional(),
	phase: z.string().optional(),
	priority: z.string().optional(),
	status: z.string().optional(),
	probability: z.number().nullable().optional(),
	expected_close_date: z.string().nullable().optional(),
	source: z.string().nullable().optional(),
	tags: z.array(z.string()).optional(),
	is_starred: z.boolean().optional(),
	client_id: z.string().nullable().optional(),
	// "Retorna o objeto do negócio com client nested" (POST /v1/deals Response (201))
	client: z.object({ id: z.string(), name: z.string() }).nullable().optional(),
	responsible_id: z.string().nullable().optional(),
	ai_summary: z.unknown().optional(),
	ai_win_probability: z.unknown().optional(),
	created_at: z.string().optional(),
	updated_at: z.string().optional(),
});

/** DELETE /deals/:id's response data — sonar-deals, "DELETE /v1/deals/:id" (lines 98-105). */
export const archivedDeal = z.object({
	id: z.string(),
	status: z.literal('arquivado'),
	archived_at: z.string(),
});

/** `{success: true, data}` — sonar-deals, every Response example. */
export const envelope = <T extends z.ZodTypeAny>(data: T) =>
	z.object({ success: z.literal(true), data });

/** GET /deals' page — sonar-deals, "GET /v1/deals" Response (`pagination: {page, limit, total, pages}`). */
export const listEnvelope = z.object({
	success: z.literal(true),
	data: z.array(deal),
	pagination: z.object({
		page: z.number(),
		limit: z.number(),
		total: z.number(),
		pages: z.number(),
	}),
});
