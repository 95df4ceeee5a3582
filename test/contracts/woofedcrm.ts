import { z } from 'zod';

/**
 * WoofedCRM's API as its documentation states it (vendor-docs/woofedcrm-deals.txt for deals;
 * the project's public docs for contacts and deal events).
 */

const id = z.number().int().positive();
const utc = z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/, 'UTC ISO date-time');
const customAttributes = z.record(z.string(), z.unknown());
const status = z.enum(['open', 'won', 'lost']);

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

/** POST /deals */
export const dealCreateBody = z.object(dealShape).strict();

/** PUT /deals/{id}: any subset, at least one field. */
export const dealUpdateBody = z
	.object(dealShape)
	.partial()
	.strict()
	.refine((body) => Object.keys(body).length > 0, 'an update needs at least one field');

/** POST /deals/upsert: stage_id, and contact_id or contact_attributes. */
export const dealUpsertBody = z
	.object({
		...dealShape,
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

/** POST /deals/search and /contacts/search: a Ransack query object. */
export const searchBody = z
	.object({
		query: z.record(
			z.string().regex(/^[a-z0-9_]+_(eq|not_eq|cont|start|end|gt|gteq|lt|lteq|in|null)$/),
			z.unknown(),
		),
	})
	.strict();

/** The page number is the only query parameter of a search (pagy, 10 a page). */
export const searchQueryString = z.object({ page: z.coerce.number().int().min(1) }).strict();

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

export const deal = z
	.object({ id, name: z.string().optional(), status: status.optional(), stage_id: id.optional() })
	.passthrough();

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

/** POST /contacts and /contacts/upsert */
export const contactBody = z
	.object({
		full_name: z.string().optional(),
		phone: z.string().optional(),
		email: z.string().optional(),
		label_list: z.array(z.string()).optional(),
		custom_attributes: customAttributes.optional(),
	})
	.strict();

/** POST /deals/{deal_id}/events (note and activity kinds). */
export const dealEventBody = z
	.object({
		kind: z.enum(['note', 'activity']),
		content: z.string().optional(),
		title: z.string().optional(),
		done: z.boolean().optional(),
		done_at: utc.optional(),
		scheduled_at: utc.optional(),
		custom_attributes: customAttributes.optional(),
	})
	.strict();
