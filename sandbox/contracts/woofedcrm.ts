import { z } from 'zod';

/**
 * WoofedCRM's API as its sources state it. Each rule cites one of:
 * - DOC: vendor-docs/woofedcrm-deals.txt (deals), by heading;
 * - CONTACTS / EVENTS / STRUCTURE: WoofedCRM's public docs (repository Woofed-CRM/docs,
 *   docs/Developer Guides/Api/endpoints/contacts.md, deal-events.md, api-structure.md);
 * - SERVER: WoofedCRM's server source (douglara/woofed-crm), by file.
 * Where they are silent the sandbox offers each reading as a switch (sandbox/woofedcrm.ts).
 */

const id = z.number().int().positive();
// DOC "Estrutura do recurso": lost_at / won_at "Deve ser UTC"; STRUCTURE "Datetimes".
const utc = z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/, 'UTC ISO date-time');
// DOC "Estrutura do recurso": custom_attributes "Campos customizados livres".
const customAttributes = z.record(z.string(), z.unknown());
// DOC "Estrutura do recurso": status "Valores comuns: open, won, lost"; SERVER app/models/deal.rb enum.
const status = z.enum(['open', 'won', 'lost']);

// DOC "Estrutura do recurso" (every attribute of the table).
const dealShape = {
	name: z.string().optional(),
	status: status.optional(),
	stage_id: id,
	pipeline_id: id.optional(),
	contact_id: id,
	position: z.number().int().positive().optional(),
	lost_reason: z.string().optional(),
	lost_at: utc.optional(),
	won_at: utc.optional(),
	custom_attributes: customAttributes.optional(),
};

/** POST /deals — DOC "Criar negócio"; 422 "stage_id ou contact_id ausente/inválido". */
export const dealCreateBody = z.object(dealShape).strict();

/** PUT /deals/{id} — DOC "Atualizar negócio": "qualquer subconjunto de campos". */
export const dealUpdateBody = z
	.object(dealShape)
	.partial()
	.strict()
	.refine((body) => Object.keys(body).length > 0, 'an update needs at least one field');

/**
 * POST /deals/upsert — DOC "Upsert de negócio" (body with stage_id, contact_id, and
 * contact_attributes from "Estrutura do recurso"). stage_id is optional: SERVER
 * app/controllers/api/v1/accounts/deals_controller.rb#upsert permits it but does not require
 * it (an existing deal keeps its stage).
 */
export const dealUpsertBody = z
	.object({
		...dealShape,
		stage_id: id.optional(),
		contact_id: id.optional(),
		contact_attributes: z
			.object({
				id: id.optional(),
				full_name: z.string().optional(),
				email: z.string().optional(),
				phone: z.string().optional(),
			})
			.strict()
			.optional(),
	})
	.strict()
	.refine(
		(body) => body.contact_id !== undefined || body.contact_attributes !== undefined,
		'contact_id or contact_attributes is required',
	);

/**
 * Ransack predicates — STRUCTURE "Search" (the table, and "_any" / "_all" on each);
 * DOC "Buscar negócios" uses eq, cont, gteq, lteq.
 */
export const PREDICATES = [
	'eq',
	'not_eq',
	'cont',
	'not_cont',
	'start',
	'end',
	'lt',
	'lteq',
	'gt',
	'gteq',
	'in',
	'not_in',
	'present',
	'blank',
	'null',
	'not_null',
	'true',
	'false',
	'matches',
] as const;

const predicateKey = new RegExp(
	`^[a-z0-9_]+_(${[...PREDICATES].sort((a, b) => b.length - a.length).join('|')})(_any|_all)?$`,
);

/**
 * POST /deals/search and /contacts/search: a Ransack `query` object (DOC "Buscar negócios",
 * CONTACTS "Search contacts"). `s` is Ransack's sort key, read from the same `query` object
 * (SERVER config/initializers/ransack.rb: search_key = :query).
 */
export const searchBody = z
	.object({
		query: z.record(z.string().regex(predicateKey).or(z.literal('s')), z.unknown()),
	})
	.strict();

/** The page number is the only query parameter of a search (DOC pagination block; pagy). */
export const searchQueryString = z.object({ page: z.coerce.number().int().min(1) }).strict();

// DOC "Buscar negócios" response: the pagination object, every key.
export const pagination = z.object({
	page: z.number(),
	items: z.number(),
	count: z.number(),
	pages: z.number(),
	from: z.number(),
	last: z.number(),
	to: z.number(),
	prev: z.number().nullable(),
	next: z.number().nullable(),
});

// DOC response examples: a deal has at least these (more keys pass through).
export const deal = z
	.object({ id, name: z.string().optional(), status: status.optional(), stage_id: id.optional() })
	.passthrough();

// CONTACTS "Create contact" response.
export const contact = z
	.object({
		id,
		full_name: z.string().optional(),
		email: z.string().optional(),
		phone: z.string().optional(),
	})
	.passthrough();

export const searchPage = <T extends z.ZodTypeAny>(record: T) =>
	z.object({ data: z.array(record), pagination });

/**
 * POST /contacts and /contacts/upsert — CONTACTS "Resource shape". label_list is one
 * comma-separated string as the server takes it: SERVER
 * app/controllers/api/v1/accounts/contacts_controller.rb permits `:label_list` as a scalar,
 * so Rails drops an array (CONTACTS shows both forms).
 */
export const contactBody = z
	.object({
		full_name: z.string().optional(),
		phone: z.string().optional(),
		email: z.string().optional(),
		label_list: z.string().optional(),
		custom_attributes: customAttributes.optional(),
	})
	.strict();

/** EVENTS "Common attributes": the four kinds. */
const EVENT_KINDS = ['note', 'activity', 'chatwoot_message', 'evolution_api_message'] as const;

/** POST /deals/{deal_id}/events — EVENTS "Common attributes" and the per-kind sections. */
export const dealEventBody = z
	.object({
		kind: z.enum(EVENT_KINDS),
		content: z.string().optional(),
		title: z.string().optional(),
		done: z.boolean().optional(),
		auto_done: z.boolean().optional(),
		done_at: utc.optional(),
		scheduled_at: utc.optional(),
		send_now: z.boolean().optional(),
		app_type: z.enum(['Apps::Chatwoot', 'Apps::EvolutionApi']).optional(),
		app_id: id.optional(),
		additional_attributes: z.record(z.string(), z.unknown()).optional(),
		custom_attributes: customAttributes.optional(),
	})
	.strict()
	// EVENTS sections 3–6: message kinds need content, app_type, app_id, and scheduled_at or send_now.
	.refine(
		(body) =>
			body.kind === 'note' ||
			body.kind === 'activity' ||
			(body.content !== undefined &&
				body.app_type !== undefined &&
				body.app_id !== undefined &&
				(body.scheduled_at !== undefined || body.send_now === true)),
		'a message event needs content, app_type, app_id, and scheduled_at or send_now',
	)
	// EVENTS section 3: chatwoot_message needs additional_attributes.chatwoot_inbox_id.
	.refine(
		(body) =>
			body.kind !== 'chatwoot_message' ||
			body.additional_attributes?.chatwoot_inbox_id !== undefined,
		'a Chatwoot message needs additional_attributes.chatwoot_inbox_id',
	);

/**
 * A webhook delivery — WoofedCRM public docs "Webhooks" (docs/Developer Guides/Webhooks.md,
 * "Deal created") and SERVER app/listeners/webhook_listener.rb + app/workers/webhook_worker.rb:
 * a JSON POST `{event, data}`; data is the record, its association (deal → contact,
 * contact → deals, event → deal and contact) and `changed_attributes` (a list of
 * `{field: {previous_value, current_value}}`, or null). No signature header.
 */
export const WEBHOOK_EVENTS = [
	'deal_created',
	'deal_updated',
	'contact_created',
	'contact_updated',
	'event_created',
	'event_updated',
] as const;

export const webhookPayload = z
	.object({
		event: z.enum(WEBHOOK_EVENTS),
		data: z
			.object({
				id,
				changed_attributes: z
					.array(
						z.record(
							z.string(),
							z.object({ previous_value: z.unknown(), current_value: z.unknown() }),
						),
					)
					.nullable(),
			})
			.passthrough(),
	})
	.strict();
