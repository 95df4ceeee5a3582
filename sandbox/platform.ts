import { randomUUID } from 'node:crypto';
import type { ZodTypeAny } from 'zod';

import { ApiError, bearerOf, now, pageOf, Router, validate } from './http';
import type { SandboxRequest, SandboxResponse, VendorApp } from './http';

/**
 * The platform Sonar Marketing and Ecosys Auto share: Bearer API keys, the
 * `{success, data, pagination}` envelope, `page`/`limit` (≤100, default 20) lists,
 * `{success: false, error: {code, message}}` errors, and the deals resource whose DELETE
 * archives (status = arquivado).
 */

export type Row = Record<string, unknown>;

const CODES: Record<number, string> = {
	400: 'BAD_REQUEST',
	401: 'UNAUTHORIZED',
	403: 'FORBIDDEN',
	404: 'NOT_FOUND',
	405: 'METHOD_NOT_ALLOWED',
	409: 'CONFLICT',
	422: 'VALIDATION_ERROR',
	429: 'RATE_LIMITED',
	500: 'INTERNAL_ERROR',
};

export function platformErrorBody(
	status: number,
	message: string,
	fields?: Record<string, string[]>,
): unknown {
	const details =
		fields === undefined
			? undefined
			: Object.entries(fields).flatMap(([field, messages]) =>
					messages.map((text) => ({ field, message: text })),
				);
	return {
		success: false,
		error: { code: CODES[status] ?? 'ERROR', message, ...(details ? { details } : {}) },
	};
}

export const ok = (data: unknown, status = 200): SandboxResponse => ({
	status,
	body: { success: true, data },
});

/** One collection of records keyed by UUID. */
export class Table {
	readonly rows = new Map<string, Row>();

	constructor(readonly label: string) {}

	insert(fields: Row, id: string = randomUUID()): Row {
		const stamp = now();
		const row = { id, ...fields, created_at: stamp, updated_at: stamp };
		this.rows.set(id, row);
		return row;
	}

	get(id: string): Row {
		const row = this.rows.get(id);
		if (row === undefined) throw new ApiError(404, `${this.label} ${id} not found`);
		return row;
	}

	update(id: string, fields: Row): Row {
		const row = this.get(id);
		Object.assign(row, fields, { updated_at: now() });
		return row;
	}
}

export interface ListSpec {
	/** The contract of the list query (page and limit included). */
	query: ZodTypeAny;
	/** query param → record field compared for equality */
	equals: string[];
	/** query param → [record field, 'min' | 'max'] */
	ranges?: Record<string, [string, 'min' | 'max']>;
	/** fields `search` looks in */
	searchIn: string[];
	defaultSort: string;
}

/** A list response: filtered, sorted and paged as the platform documents. */
export function listOf(rows: Row[], request: SandboxRequest, spec: ListSpec): SandboxResponse {
	const query = validate(spec.query, { page: '1', limit: '20', ...request.query }) as Row;
	let found = rows.filter((row) => {
		for (const key of spec.equals) {
			if (query[key] !== undefined && String(row[key]) !== String(query[key])) return false;
		}
		for (const [key, [field, bound]] of Object.entries(spec.ranges ?? {})) {
			const limit = query[key];
			if (limit === undefined) continue;
			const value = Number(row[field] ?? 0);
			if (bound === 'min' ? value < Number(limit) : value > Number(limit)) return false;
		}
		const created = String(row.created_at ?? '').slice(0, 10);
		if (typeof query.from === 'string' && created < query.from) return false;
		if (typeof query.to === 'string' && created > query.to) return false;
		if (typeof query.search === 'string') {
			const needle = query.search.toLowerCase();
			if (
				!spec.searchIn.some((field) =>
					String(row[field] ?? '')
						.toLowerCase()
						.includes(needle),
				)
			)
				return false;
		}
		return true;
	});
	// Sonar documents `sort` (default -created_at; sonar-deals.txt, GET /v1/deals); Ecosys Auto's
	// quickstart documents no list order. `StartOptions.listOrder` overrides it (see http.ts).
	const sort = String(query.sort ?? spec.defaultSort);
	const field = sort.replace(/^-/, '');
	const direction = sort.startsWith('-') ? -1 : 1;
	found = [...found].sort((a, b) => {
		const [x, y] = [a[field], b[field]];
		if (x === y) return 0;
		if (x === undefined || x === null) return 1;
		if (y === undefined || y === null) return -1;
		return (x < y ? -1 : 1) * direction;
	});
	const page = Number(query.page);
	const limit = Number(query.limit);
	return {
		status: 200,
		body: {
			success: true,
			data: pageOf(found, page, limit),
			pagination: { page, limit, total: found.length, pages: Math.ceil(found.length / limit) },
		},
	};
}

export interface DealContracts {
	create: ZodTypeAny;
	update: ZodTypeAny;
	list: ZodTypeAny;
}

/** The deals resource of the platform, on `router`, storing in `deals`. */
export function dealRoutes(
	router: Router,
	deals: Table,
	clients: Table,
	contracts: DealContracts,
): void {
	const withClient = (deal: Row): Row => {
		const client = clients.rows.get(String(deal.client_id));
		return {
			...deal,
			client: client === undefined ? null : { id: client.id, name: client.name },
		};
	};
	router
		.on('GET', '/deals', (request) =>
			listOf([...deals.rows.values()].map(withClient), request, {
				query: contracts.list,
				equals: ['status', 'phase', 'client_id', 'responsible_id', 'source'],
				ranges: { min_value: ['value', 'min'], max_value: ['value', 'max'] },
				searchIn: ['title', 'description'],
				defaultSort: '-created_at',
			}),
		)
		.on('POST', '/deals', (request) => {
			const body = validate(contracts.create, request.body) as Row;
			const deal = deals.insert({
				title: body.title,
				description: null,
				value: 0,
				currency: 'BRL',
				phase: 'lead',
				priority: 'media',
				status: 'ativo',
				probability: null,
				expected_close_date: null,
				source: null,
				tags: [],
				is_starred: false,
				client_id: null,
				responsible_id: null,
				ai_summary: null,
				ai_win_probability: null,
				...body,
			});
			return ok(withClient(deal), 201);
		})
		.on('GET', '/deals/:id', (request) => ok(withClient(deals.get(request.params.id))))
		.on('PUT', '/deals/:id', (request) => {
			deals.get(request.params.id);
			const body = validate(contracts.update, request.body) as Row;
			return ok(withClient(deals.update(request.params.id, body)));
		})
		.on('DELETE', '/deals/:id', (request) => {
			const deal = deals.get(request.params.id);
			if (deal.status !== 'arquivado') {
				deals.update(request.params.id, { status: 'arquivado', archived_at: now() });
			}
			return ok({ id: deal.id, status: deal.status, archived_at: deal.archived_at });
		});
}

/** A platform app: `/api/v1`, Bearer keys checked before every route. */
export function platformApp(router: Router, apiKeys: () => string[]): VendorApp {
	return {
		basePath: '/api/v1',
		router,
		errorBody: platformErrorBody,
		before(request) {
			const key = bearerOf(request);
			if (key === undefined) throw new ApiError(401, 'Missing API key (Authorization: Bearer …)');
			if (!apiKeys().includes(key)) throw new ApiError(401, 'Invalid API key');
		},
	};
}
