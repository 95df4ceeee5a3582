import { z } from 'zod';

/** Sonar Marketing's deals API as its documentation (vendor-docs/sonar-deals.txt) states it. */

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const priority = z.enum(['alta', 'media', 'baixa']);

/** POST /deals */
export const dealCreateBody = z
	.object({
		title: z.string().min(1),
		description: z.string().optional(),
		value: z.number().nonnegative().optional(),
		phase: z.string().min(1).optional(),
		priority: priority.optional(),
		expected_close_date: isoDate.optional(),
		probability: z.number().min(0).max(100).optional(),
		responsible_id: z.string().optional(),
		source: z.string().optional(),
		client_id: z.string().optional(),
		tags: z.array(z.string()).optional(),
	})
	.strict();

/** PUT /deals/:id — the documented accepted fields, at least one. */
export const dealUpdateBody = dealCreateBody
	.partial()
	.extend({
		status: z.string().min(1).optional(),
		loss_reason: z.string().optional(),
		is_starred: z.boolean().optional(),
	})
	.strict()
	.refine((body) => Object.keys(body).length > 0, 'an update needs at least one field');

/** GET /deals query (values arrive as strings). */
export const dealListQuery = z
	.object({
		page: z.coerce.number().int().min(1),
		limit: z.coerce.number().int().min(1).max(100),
		status: z.string().optional(),
		phase: z.string().optional(),
		client_id: z.string().optional(),
		responsible_id: z.string().optional(),
		source: z.string().optional(),
		min_value: z.coerce.number().optional(),
		max_value: z.coerce.number().optional(),
		from: isoDate.optional(),
		to: isoDate.optional(),
		search: z.string().optional(),
		sort: z
			.string()
			.regex(/^-?(title|value|phase|created_at|updated_at|expected_close_date)$/)
			.optional(),
	})
	.strict();

export const deal = z.object({
	id: z.string(),
	title: z.string(),
	value: z.number().optional(),
	phase: z.string().optional(),
	status: z.string().optional(),
});

export const envelope = <T extends z.ZodTypeAny>(data: T) =>
	z.object({ success: z.literal(true), data });

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
