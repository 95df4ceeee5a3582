import { z } from 'zod';

import { dealCreateBody } from './sonar';

/**
 * Ecosys Auto's API as its quickstart (vendor-docs/ecosys-auto-quickstart.txt) states it;
 * rows the quickstart does not show follow the platform it shares with Sonar Marketing.
 */

const cpf = z.string().regex(/^\d{3}\.\d{3}\.\d{3}-\d{2}$/);
const cnpj = z.string().regex(/^\d{2}\.\d{3}\.\d{3}\/\d{4}-\d{2}$/);
const plate = z.string().regex(/^[A-Z]{3}\d[A-Z0-9]\d{2}$/);
const page = {
	page: z.coerce.number().int().min(1),
	limit: z.coerce.number().int().min(1).max(100),
};
const sortOf = (fields: string) => z.string().regex(new RegExp(`^-?(${fields})$`));

const address = z
	.object({
		street: z.string(),
		number: z.string(),
		complement: z.string(),
		neighborhood: z.string(),
		city: z.string(),
		state: z.string(),
		zip_code: z.string(),
	})
	.partial()
	.strict();

/** POST /clients */
export const clientCreateBody = z
	.object({
		type: z.enum(['PF', 'PJ']),
		name: z.string().min(1),
		email: z.string().optional(),
		cpf: cpf.optional(),
		cnpj: cnpj.optional(),
		phone: z.string().optional(),
		segment: z.string().optional(),
		address: address.optional(),
	})
	.strict();

/** PUT /clients/:id */
export const clientUpdateBody = clientCreateBody
	.partial()
	.extend({ status: z.string().min(1).optional() })
	.strict()
	.refine((body) => Object.keys(body).length > 0, 'an update needs at least one field');

/** GET /clients query */
export const clientListQuery = z
	.object({
		...page,
		type: z.enum(['PF', 'PJ']).optional(),
		status: z.string().optional(),
		segment: z.string().optional(),
		store_id: z.string().optional(),
		search: z.string().optional(),
		sort: sortOf('name|created_at|updated_at').optional(),
	})
	.strict();

export const fuel = z.enum(['flex', 'gasolina', 'etanol', 'diesel', 'eletrico', 'hibrido', 'gnv']);
export const transmission = z.enum(['manual', 'automatico', 'automatizado', 'cvt']);

/** POST /vehicles */
export const vehicleCreateBody = z
	.object({
		title: z.string().min(1),
		store_id: z.string().min(1),
		brand: z.string().optional(),
		model: z.string().optional(),
		version: z.string().optional(),
		year_model: z.number().int().optional(),
		year_manufacture: z.number().int().optional(),
		price: z.number().nonnegative().optional(),
		purchase_price: z.number().nonnegative().optional(),
		mileage: z.number().int().nonnegative().optional(),
		color: z.string().optional(),
		fuel: fuel.optional(),
		transmission: transmission.optional(),
		plate: plate.optional(),
		client_id: z.string().optional(),
	})
	.strict();

/** PUT /vehicles/:id */
export const vehicleUpdateBody = vehicleCreateBody
	.partial()
	.extend({ status: z.string().min(1).optional(), phase: z.string().min(1).optional() })
	.strict()
	.refine((body) => Object.keys(body).length > 0, 'an update needs at least one field');

/** GET /vehicles query */
export const vehicleListQuery = z
	.object({
		...page,
		status: z.string().optional(),
		phase: z.string().optional(),
		store_id: z.string().optional(),
		client_id: z.string().optional(),
		brand: z.string().optional(),
		fuel: fuel.optional(),
		transmission: transmission.optional(),
		min_price: z.coerce.number().optional(),
		max_price: z.coerce.number().optional(),
		search: z.string().optional(),
		sort: sortOf('title|price|mileage|year_model|created_at|updated_at').optional(),
	})
	.strict();

/**
 * The deals resource is the platform's, documented in Sonar's deals reference: POST /deals
 * and GET /deals are the same contract.
 */
export { dealCreateBody, dealListQuery } from './sonar';

/** PUT /deals/:id */
export const dealUpdateBody = dealCreateBody
	.partial()
	.extend({
		status: z.enum(['ativo', 'ganho', 'perdido']).optional(),
		loss_reason: z.string().min(1).optional(),
	})
	.strict()
	.refine((body) => Object.keys(body).length > 0, 'an update needs at least one field');

/** PUT /deals/:id marking a deal won: status ganho with the final value. */
export const dealWonBody = z
	.object({ status: z.literal('ganho'), value: z.number().nonnegative() })
	.strict();

/** PUT /deals/:id marking a deal lost: status perdido with the reason. */
export const dealLostBody = z
	.object({ status: z.literal('perdido'), loss_reason: z.string().min(1) })
	.strict();
