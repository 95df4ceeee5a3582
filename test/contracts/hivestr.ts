import { z } from 'zod';

/** Hivestr's public API as its documentation (vendor-docs/hivestr.txt) states it. */

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const cents = z.number().int().nonnegative();
const stage = z.enum(['Prospecção', 'Degustação', 'Proposta', 'Negociação', 'Aprovação', 'Ganho']);
const pageQuery = {
	page: z.coerce.number().int().min(1),
	limit: z.coerce.number().int().min(1).max(100),
};

/** POST /auth/token */
export const tokenBody = z
	.object({ api_key: z.string().min(1), api_secret: z.string().min(1) })
	.strict();

/** GET /public/inventory/list */
export const inventoryListQuery = z
	.object({
		...pageQuery,
		media_type: z.enum(['OOH', 'DOOH', 'TV', 'RADIO', 'all']).optional(),
		city: z.string().optional(),
		state: z.string().optional(),
		is_active: z.enum(['true', 'false', 'all']).optional(),
	})
	.strict();

const clientStatus = z.enum(['lead', 'prospect', 'client', 'inactive']);
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

/** GET /public/clients */
export const clientListQuery = z
	.object({
		...pageQuery,
		search: z.string().optional(),
		status: z.enum(['lead', 'prospect', 'client', 'inactive', 'all']).optional(),
	})
	.strict();

/** POST /public/clients */
export const clientCreateBody = z
	.object({ name: z.string().min(1), ...clientFields, source: z.string().optional() })
	.strict();

/** PUT /public/clients/{id} */
export const clientUpdateBody = z
	.object({ name: z.string().min(1).optional(), ...clientFields })
	.strict()
	.refine((body) => Object.keys(body).length > 0, 'an update needs at least one field');

const noteType = z.enum(['note', 'task', 'reminder', 'follow_up']);

/** GET /public/clients/{id}/notes */
export const noteListQuery = z
	.object({
		...pageQuery,
		note_type: z.enum(['note', 'task', 'reminder', 'follow_up', 'all']).optional(),
	})
	.strict();

/** POST /public/clients/{id}/notes */
export const noteCreateBody = z
	.object({ content: z.string().min(1), note_type: noteType.optional() })
	.strict();

/** GET /public/pipeline/deals */
export const dealListQuery = z
	.object({
		...pageQuery,
		client_id: z.string().optional(),
		pipeline_stage: z.union([stage, z.literal('Perdido')]).optional(),
	})
	.strict();

/** POST /public/pipeline/deals */
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

/** PATCH /public/pipeline/deals/{id} — at least one field. */
export const dealUpdateBody = z
	.object({
		title: z.string().min(1).optional(),
		estimated_value: cents.optional(),
		notes: z.string().optional(),
		user_id: z.string().optional(),
	})
	.strict()
	.refine((body) => Object.keys(body).length > 0, 'send at least one field');

/** PATCH /public/pipeline/deals/{id}/stage — never Perdido. */
export const dealStageBody = z.object({ pipeline_stage: stage }).strict();

/** POST /public/pipeline/deals/{id}/mark-lost */
export const dealMarkLostBody = z.object({ reason: z.string().min(1) }).strict();

/** GET /public/pipeline/reminders */
export const reminderListQuery = z.object({ user_id: z.string().optional() }).strict();

const isoDateTime = z.string().refine((text) => !Number.isNaN(Date.parse(text)));

/** POST /public/pipeline/deals/{id}/tasks */
export const taskCreateBody = z
	.object({
		title: z.string().min(1),
		due_at: isoDateTime.optional(),
		user_id: z.string().optional(),
	})
	.strict();

/** PATCH /public/pipeline/deals/{id}/tasks/{taskId} — at least one field. */
export const taskUpdateBody = z
	.object({
		title: z.string().min(1).optional(),
		due_at: isoDateTime.optional(),
		is_completed: z.boolean().optional(),
		user_id: z.string().optional(),
	})
	.strict()
	.refine((body) => Object.keys(body).length > 0, 'send at least one field');

/** POST /public/proposals/calculate */
export const calculateBody = z
	.object({
		campaign_start_date: isoDate,
		campaign_end_date: isoDate,
		bonus_days: z.number().int().nonnegative().optional(),
		discount_percentage: z.number().min(0).max(100).optional(),
		sell_by_insertions: z.boolean().optional(),
		daily_insertions_per_screen: z.number().int().positive().optional(),
		items: z
			.array(
				z
					.object({
						vehicle_id: z.string().min(1),
						schedule_id: z.string().min(1).optional(),
						quantity: z.number().int().positive().optional(),
						face_orientation: z.enum(['Fluxo', 'Contra-Fluxo']).optional(),
						is_bonus: z.boolean().optional(),
					})
					.strict(),
			)
			.min(1),
	})
	.strict();

const proposalItem = z
	.object({
		vehicle_id: z.string().min(1),
		schedule_id: z.string().min(1).nullable().optional(),
		quantity: z.number().positive(),
		unit_price: cents,
		discount_percentage: z.number().min(0).max(100).optional(),
		discount_value: cents.optional(),
		final_price: cents,
		is_bonus: z.boolean().optional(),
		notes: z.string().optional(),
		screen_quantity: z.number().int().nonnegative().optional(),
		face_details: z.unknown().optional(),
	})
	.strict();

/** POST /public/proposals */
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

/** GET /public/proposals */
export const proposalListQuery = z
	.object({
		...pageQuery,
		client_id: z.string().optional(),
		status: z.enum(['draft', 'sent', 'viewed', 'approved', 'rejected', 'all']).optional(),
		start_date: isoDate.optional(),
		end_date: isoDate.optional(),
	})
	.strict();

/** PUT /public/proposals/{id} — items, when sent, replace all items. */
export const proposalUpdateBody = z
	.object({
		title: z.string().min(1).optional(),
		description: z.string().optional(),
		status: z.enum(['draft', 'sent', 'viewed', 'approved', 'rejected']).optional(),
		discount_percentage: z.number().min(0).max(100).optional(),
		discount_value: cents.optional(),
		valid_until: isoDate.optional(),
		notes: z.string().optional(),
		commercial_notes: z.string().optional(),
		items: z
			.array(
				z
					.object({
						vehicle_id: z.string().min(1),
						quantity: z.number().positive(),
						unit_price: cents,
						final_price: cents,
						is_bonus: z.boolean().optional(),
						screen_quantity: z.number().int().nonnegative().optional(),
					})
					.strict(),
			)
			.min(1)
			.optional(),
	})
	.strict()
	.refine((body) => Object.keys(body).length > 0, 'send at least one field');

/** `{success, data: [...], pagination: {total_pages}}` */
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
