import { z } from 'zod';

/**
 * Hivestr's public API as its documentation states it: every rule cites
 * vendor-docs/hivestr.txt (its heading or line). Where the document is silent the rule says
 * "unknown" and accepts every plausible reading; the sandbox offers each reading as a switch.
 */

/** hivestr.txt › Dates: "ISO 8601 format: YYYY-MM-DD". */
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
/** hivestr.txt › Monetary Values: "All values are in cents" (whole numbers, e.g. 123456). */
const cents = z.number().int().nonnegative();
/** hivestr.txt › Pipeline stages: "Exact values accepted by the API (always in Portuguese, case-sensitive)". */
const stage = z.enum([
	'Prospecção',
	'Degustação',
	'Proposta',
	'Negociação',
	'Aprovação',
	'Ganho',
	'Perdido',
]);
/** The stages a card may be moved to: "Do not use PATCH .../stage for Perdido" (Important rules). */
const movableStage = stage.exclude(['Perdido']);
/**
 * `page` and `limit` (hivestr.txt › each list's Query Params). The maximum of 100 is stated
 * only for the inventory list ("máx: 100"); for the other lists it is unknown.
 */
const pageQuery = {
	page: z.coerce.number().int().min(1),
	limit: z.coerce.number().int().min(1),
};

/** POST /auth/token — Body: api_key ✅ REQUIRED, api_secret ✅ REQUIRED. */
export const tokenBody = z
	.object({ api_key: z.string().min(1), api_secret: z.string().min(1) })
	.strict();

/** GET /public/inventory/list — Query Params (all optional). */
export const inventoryListQuery = z
	.object({
		...pageQuery,
		// "&limit=50 // Itens por página (default: 50, máx: 100)"
		limit: z.coerce.number().int().min(1).max(100),
		// "?media_type=DOOH // OOH, DOOH, TV, RADIO, all"
		media_type: z.enum(['OOH', 'DOOH', 'TV', 'RADIO', 'all']).optional(),
		city: z.string().optional(),
		state: z.string().optional(),
		// "&is_active=true // true, false, all"
		is_active: z.enum(['true', 'false', 'all']).optional(),
	})
	.strict();

/** PUT /public/clients/{id}: "status … (lead, prospect, client, inactive)". */
const clientStatus = z.enum(['lead', 'prospect', 'client', 'inactive']);
/** POST and PUT /public/clients — every field besides name is "⚪ Optional". */
const clientFields = {
	email: z.string().optional(),
	phone: z.string().optional(),
	company_name: z.string().optional(),
	cnpj: z.string().optional(),
	cpf: z.string().optional(),
	address: z.string().optional(),
	city: z.string().optional(),
	state: z.string().optional(),
	zip_code: z.string().optional(),
	contact_person: z.string().optional(),
	position: z.string().optional(),
	notes: z.string().optional(),
	status: clientStatus.optional(),
};

/** GET /public/clients — "?search=…&status=lead // lead, prospect, client, inactive, all". */
export const clientListQuery = z
	.object({
		...pageQuery,
		search: z.string().optional(),
		status: z.enum(['lead', 'prospect', 'client', 'inactive', 'all']).optional(),
	})
	.strict();

/** POST /public/clients — name ✅ REQUIRED; source "(default: "API")". */
export const clientCreateBody = z
	.object({ name: z.string().min(1), ...clientFields, source: z.string().optional() })
	.strict();

/** PUT /public/clients/{id} — "Body (all fields optional)". */
export const clientUpdateBody = z
	.object({ name: z.string().min(1).optional(), ...clientFields })
	.strict();

/** POST /public/clients/{id}/notes: "Valid types: note, task, reminder, follow_up". */
const noteType = z.enum(['note', 'task', 'reminder', 'follow_up']);

/** GET /public/clients/{id}/notes — "?note_type=follow_up // note, task, reminder, follow_up, all". */
export const noteListQuery = z
	.object({
		...pageQuery,
		note_type: z.enum(['note', 'task', 'reminder', 'follow_up', 'all']).optional(),
	})
	.strict();

/** POST /public/clients/{id}/notes — content ✅ REQUIRED, note_type "(default: note)". */
export const noteCreateBody = z
	.object({ content: z.string().min(1), note_type: noteType.optional() })
	.strict();

/** GET /public/pipeline/deals — client_id, pipeline_stage ("Ver tabela de estágios acima"). */
export const dealListQuery = z
	.object({
		...pageQuery,
		client_id: z.string().optional(),
		pipeline_stage: stage.optional(),
	})
	.strict();

/**
 * POST /public/pipeline/deals — client_id and title ✅ REQUIRED; pipeline_stage "see stages
 * table" (Perdido included: the document forbids it only on PATCH …/stage).
 */
export const dealCreateBody = z
	.object({
		client_id: z.string().min(1),
		title: z.string().min(1),
		pipeline_stage: stage.optional(),
		estimated_value: cents.optional(),
		notes: z.string().optional(),
		user_id: z.string().optional(),
	})
	.strict();

/** PATCH /public/pipeline/deals/{id} — "Body (all optional, send at least one)". */
export const dealUpdateBody = z
	.object({
		title: z.string().min(1).optional(),
		estimated_value: cents.optional(),
		notes: z.string().optional(),
		user_id: z.string().optional(),
	})
	.strict()
	.refine((body) => Object.keys(body).length > 0, 'send at least one field');

/** PATCH /public/pipeline/deals/{id}/stage — pipeline_stage ✅ REQUIRED, never Perdido. */
export const dealStageBody = z.object({ pipeline_stage: movableStage }).strict();

/** POST /public/pipeline/deals/{id}/mark-lost — reason ✅ REQUIRED. */
export const dealMarkLostBody = z.object({ reason: z.string().min(1) }).strict();

/** GET /public/pipeline/reminders — "?user_id=uuid-vendedor". */
export const reminderListQuery = z.object({ user_id: z.string().optional() }).strict();

/**
 * A date-time "(ISO 8601)" (POST …/tasks); every example carries its zone ("Z"). Whether the
 * API takes a time without a zone, and in which zone it would read it, is unknown.
 */
const isoDateTime = z
	.string()
	.regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/)
	.refine((text) => !Number.isNaN(Date.parse(text)));

/** POST /public/pipeline/deals/{id}/tasks — title ✅ REQUIRED, due_at and user_id optional. */
export const taskCreateBody = z
	.object({
		title: z.string().min(1),
		due_at: isoDateTime.optional(),
		user_id: z.string().optional(),
	})
	.strict();

/** PATCH /public/pipeline/deals/{id}/tasks/{taskId} — "Body (send at least one)". */
export const taskUpdateBody = z
	.object({
		title: z.string().min(1).optional(),
		due_at: isoDateTime.optional(),
		is_completed: z.boolean().optional(),
		user_id: z.string().optional(),
	})
	.strict()
	.refine((body) => Object.keys(body).length > 0, 'send at least one field');

/** POST /public/proposals/calculate — Body. */
export const calculateBody = z
	.object({
		campaign_start_date: isoDate,
		campaign_end_date: isoDate,
		bonus_days: z.number().int().nonnegative().optional(),
		discount_percentage: z.number().min(0).max(100).optional(),
		sell_by_insertions: z.boolean().optional(),
		daily_insertions_per_screen: z.number().int().positive().optional(),
		// "items": [ // ✅ REQUIRED (min: 1 item)
		items: z
			.array(
				z
					.object({
						vehicle_id: z.string().min(1),
						// "✅ REQUIRED (TV/Radio)": which vehicles are TV/radio only the server knows.
						schedule_id: z.string().min(1).optional(),
						// "⚪ Optional (default: 1) - Number of insertions", shown on the TV item only.
						quantity: z.number().int().positive().optional(),
						// "⚪ Optional (OOH) - Fluxo or Contra-Fluxo"
						face_orientation: z.enum(['Fluxo', 'Contra-Fluxo']).optional(),
						is_bonus: z.boolean().optional(),
					})
					.strict(),
			)
			.min(1),
	})
	.strict();

/** POST /public/proposals — an item of "items" (✅ REQUIRED, min: 1 item). */
const proposalItem = z
	.object({
		vehicle_id: z.string().min(1),
		// "⚪ Optional (required for TV/Radio)"; the example sends null.
		schedule_id: z.string().min(1).nullable().optional(),
		quantity: z.number().positive(),
		unit_price: cents,
		discount_percentage: z.number().min(0).max(100).optional(),
		discount_value: cents.optional(),
		final_price: cents,
		is_bonus: z.boolean().optional(),
		notes: z.string().optional(),
		screen_quantity: z.number().int().nonnegative().optional(),
		// "⚪ Optional (OOH) - JSON with face details"; its shape is not documented.
		face_details: z.unknown().optional(),
	})
	.strict();

/** POST /public/proposals — Body. */
export const proposalCreateBody = z
	.object({
		client_id: z.string().min(1),
		title: z.string().min(1),
		description: z.string().optional(),
		campaign_start_date: isoDate,
		campaign_end_date: isoDate,
		bonus_days: z.number().int().nonnegative().optional(),
		discount_percentage: z.number().min(0).max(100).optional(),
		discount_value: cents.optional(),
		valid_until: isoDate.optional(),
		commercial_notes: z.string().optional(),
		notes: z.string().optional(),
		advertising_agency: z.string().optional(),
		agency_commission_percentage: z.number().min(0).max(100).optional(),
		has_volume_commission: z.boolean().optional(),
		volume_commission_percentage: z.number().min(0).max(100).optional(),
		sell_by_insertions: z.boolean().optional(),
		daily_insertions_per_screen: z.number().int().positive().nullable().optional(),
		items: z.array(proposalItem).min(1),
	})
	.strict();

/**
 * Proposal statuses: "draft, sent, viewed, approved, rejected" (GET /proposals, PUT
 * /proposals/{id}). The stage table also names pre_approved (Aprovação); whether these two
 * fields take it is unknown, so it is accepted.
 */
const proposalStatus = z.enum(['draft', 'sent', 'viewed', 'approved', 'rejected', 'pre_approved']);

/** GET /public/proposals — Query Params (all optional). */
export const proposalListQuery = z
	.object({
		...pageQuery,
		client_id: z.string().optional(),
		status: z.union([proposalStatus, z.literal('all')]).optional(),
		start_date: isoDate.optional(),
		end_date: isoDate.optional(),
	})
	.strict();

/** PUT /public/proposals/{id} — "Body (all fields optional)"; items, when sent, replace all. */
export const proposalUpdateBody = z
	.object({
		title: z.string().min(1).optional(),
		description: z.string().optional(),
		status: proposalStatus.optional(),
		discount_percentage: z.number().min(0).max(100).optional(),
		discount_value: cents.optional(),
		valid_until: isoDate.optional(),
		notes: z.string().optional(),
		commercial_notes: z.string().optional(),
		items: z
			.array(
				z
					.object({
						// "✅ REQUIRED (if sending items)"
						vehicle_id: z.string().min(1),
						quantity: z.number().positive(),
						unit_price: cents,
						final_price: cents,
						is_bonus: z.boolean().optional(),
						screen_quantity: z.number().int().nonnegative().optional(),
						// Unknown: not in PUT's item list, but POST says "required for TV/Radio".
						schedule_id: z.string().min(1).nullable().optional(),
					})
					.strict(),
			)
			.min(1)
			.optional(),
	})
	.strict();

/** A list answer: `{success, data: [...], pagination: {page, limit, total, total_pages}}` (e.g. GET /clients). */
export const listEnvelope = z.object({
	success: z.literal(true),
	data: z.array(z.object({ id: z.string() }).passthrough()),
	pagination: z.object({
		page: z.number(),
		limit: z.number(),
		total: z.number(),
		total_pages: z.number(),
	}),
});
