import { randomUUID } from 'node:crypto';
import type { ZodTypeAny } from 'zod';

import { ApiError, bearerOf, now, pageOf, Router, validate } from './http';
import type { SandboxRequest, SandboxResponse, VendorApp } from './http';

/**
 * The platform Sonar Marketing and Ecosys Auto share. Sources: vendor-docs/sonar-deals.txt
 * ("sonar-deals") and vendor-docs/ecosys-auto-quickstart.txt ("quickstart"); each rule below
 * says which, and a rule one vendor documents is applied to the other only where marked.
 * - Bearer API keys: sonar-deals curl examples (`Authorization: Bearer snr_live_…`),
 *   quickstart "Obtenha sua API Key" and curl examples (`Bearer ea_live_…`).
 * - `{success, data, pagination}` envelope: every Response / Resposta example of both.
 * - `page`/`limit` (default 20, at most 100): sonar-deals, GET /v1/deals Query Parameters;
 *   the quickstart shows only `pagination.limit: 20` in its answer (the cap: Sonar's).
 * - Errors: the quickstart reads `error.error.message` (EcosysAutoClient.request); sonar-deals
 *   shows no error. `success: false`, `code` and the statuses are not documented by either:
 *   the sandbox answers `{success: false, error: {code, message}}`, and the node reads only
 *   the message.
 * - Deals: sonar-deals (POST/GET/PUT/DELETE /v1/deals); Ecosys's quickstart shows POST and the
 *   PUTs of markDealWon/markDealLost.
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

function platformErrorBody(
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

	/** 404 for an unknown id: the status is not documented by either vendor. */
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

interface ListSpec {
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

/**
 * A list response, filtered, sorted and paged. The filters are sonar-deals' (GET /v1/deals:
 * equality filters, min/max, from/to on the creation date, search); for Ecosys's lists they
 * are the node's reading (the quickstart documents only `status`), and `spec` says which.
 */
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

interface DealContracts {
	create: ZodTypeAny;
	update: ZodTypeAny;
	list: ZodTypeAny;
}

interface DealRouteOptions {
	/**
	 * DELETE /deals/:id archives (sonar-deals, "DELETE /v1/deals/:id": "seta status =
	 * arquivado"). Not in Ecosys's quickstart: off there.
	 */
	archive: boolean;
	/**
	 * Unknown (sonar-deals is silent): whether a GET /deals without `status` lists archived
	 * deals. The documented `status=arquivado` filter lists them either way.
	 */
	archivedInUnfilteredList: boolean;
	/** What a new deal holds before the body's fields: each vendor's documented defaults. */
	defaults: Row;
}

/**
 * A new deal's defaults as sonar-deals states them: POST /v1/deals (phase "padrão: lead",
 * priority "padrão: media"), the other fields as its GET example shows them; status ativo.
 */
export const SONAR_DEAL_DEFAULTS: Row = {
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
};

/** The deals resource of the platform, on `router`, storing in `deals`. */
export function dealRoutes(
	router: Router,
	deals: Table,
	clients: Table,
	contracts: DealContracts,
	options: DealRouteOptions,
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
			listOf(
				[...deals.rows.values()]
					.filter(
						(deal) =>
							options.archivedInUnfilteredList ||
							request.query.status !== undefined ||
							deal.status !== 'arquivado',
					)
					.map(withClient),
				request,
				{
					query: contracts.list,
					// sonar-deals, GET /v1/deals Query Parameters
					equals: ['status', 'phase', 'client_id', 'responsible_id', 'source'],
					ranges: { min_value: ['value', 'min'], max_value: ['value', 'max'] },
					searchIn: ['title', 'description'],
					// sonar-deals, GET /v1/deals: sort "Padrão: -created_at"
					defaultSort: '-created_at',
				},
			),
		)
		.on('POST', '/deals', (request) => {
			const body = validate(contracts.create, request.body) as Row;
			const deal = deals.insert({
				...options.defaults,
				title: body.title,
				...body,
			});
			// sonar-deals: "Response (201) Retorna o objeto do negócio com client nested."
			return ok(withClient(deal), 201);
		})
		// sonar-deals, GET /v1/deals/:id "Busca um negócio por UUID" (404 for an unknown id:
		// not documented)
		.on('GET', '/deals/:id', (request) => ok(withClient(deals.get(request.params.id))))
		// sonar-deals, PUT /v1/deals/:id; quickstart, markDealWon / markDealLost. The answer's
		// body is not documented by either: the sandbox answers the deal.
		.on('PUT', '/deals/:id', (request) => {
			deals.get(request.params.id);
			const body = validate(contracts.update, request.body) as Row;
			return ok(withClient(deals.update(request.params.id, body)));
		});
	if (!options.archive) return;
	// sonar-deals, DELETE /v1/deals/:id: archives, answers {id, status, archived_at}.
	router.on('DELETE', '/deals/:id', (request) => {
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
