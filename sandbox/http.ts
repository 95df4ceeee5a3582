import { AsyncLocalStorage } from 'node:async_hooks';
import { createServer } from 'node:http';
import type { IncomingHttpHeaders, IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ZodTypeAny, z } from 'zod';

import type { ListOrder, StartOptions } from './types';

/**
 * The tiny HTTP layer every sandbox shares: a router with `:param` segments, JSON in and out,
 * and a loopback listener that can be stopped. Vendors differ only in their handlers and in
 * the error body they render (see `VendorApp.errorBody`).
 */

export interface SandboxRequest {
	method: string;
	/** Path below the vendor's base path, e.g. `/deals/42`. */
	path: string;
	params: Record<string, string>;
	query: Record<string, string>;
	headers: IncomingHttpHeaders;
	/** The parsed JSON body (undefined when empty). */
	body: unknown;
	/** The raw body text (form-encoded bodies are read from it). */
	rawBody: string;
}

export interface SandboxResponse {
	status: number;
	body?: unknown;
	headers?: Record<string, string>;
}

type Handler = (request: SandboxRequest) => SandboxResponse | Promise<SandboxResponse>;

/** Thrown from handlers: becomes `status` with the vendor's error body. */
export class ApiError extends Error {
	constructor(
		readonly status: number,
		message: string,
		/** Field → messages, for validation errors. */
		readonly fields?: Record<string, string[]>,
		readonly headers?: Record<string, string>,
		/** A vendor's extra code or remark (eGestor's errObs, e.g. "access_denied"). */
		readonly obs?: string,
	) {
		super(message);
	}
}

interface Route {
	method: string;
	pattern: RegExp;
	keys: string[];
	handler: Handler;
}

export class Router {
	private readonly routes: Route[] = [];

	on(method: string, path: string, handler: Handler): this {
		const keys: string[] = [];
		const source = path
			.split('/')
			.map((segment) => {
				if (!segment.startsWith(':')) return segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
				keys.push(segment.slice(1));
				return '([^/]+)';
			})
			.join('/');
		this.routes.push({ method, pattern: new RegExp(`^${source}/?$`), keys, handler });
		return this;
	}

	async handle(request: SandboxRequest): Promise<SandboxResponse> {
		let pathKnown = false;
		for (const route of this.routes) {
			const found = route.pattern.exec(request.path);
			if (found === null) continue;
			pathKnown = true;
			if (route.method !== request.method) continue;
			const params = Object.fromEntries(
				route.keys.map((key, index) => [key, decodeURIComponent(found[index + 1])]),
			);
			return await route.handler({ ...request, params });
		}
		if (pathKnown) throw new ApiError(405, `${request.method} is not allowed on ${request.path}`);
		throw new ApiError(404, `No route for ${request.method} ${request.path}`);
	}
}

/** Parses `body` with a zod contract, or throws a 422 with the field messages. */
export function validate<T extends ZodTypeAny>(schema: T, body: unknown): z.infer<T> {
	const result = schema.safeParse(body);
	if (result.success) return result.data as z.infer<T>;
	const fields: Record<string, string[]> = {};
	for (const issue of result.error.issues) {
		const key = issue.path.length > 0 ? issue.path.join('.') : 'base';
		(fields[key] ??= []).push(issue.message);
	}
	const [first] = result.error.issues;
	const where = first.path.length > 0 ? `${first.path.join('.')}: ` : '';
	throw new ApiError(422, `${where}${first.message}`, fields);
}

/** The Bearer token of a request, if any. */
export function bearerOf(request: SandboxRequest): string | undefined {
	const header = request.headers.authorization;
	const found = /^Bearer\s+(\S+)\s*$/i.exec(header ?? '');
	return found?.[1];
}

export interface VendorApp {
	/** Where the API lives on the server, e.g. `/api/v1` (no trailing slash). */
	basePath: string;
	router: Router;
	/** The vendor's error body for a status and message (and field errors). */
	errorBody(
		status: number,
		message: string,
		fields?: Record<string, string[]>,
		obs?: string,
	): unknown;
	/** Runs before routing (auth, rate limits); may throw ApiError. Headers it returns are added. */
	before?(request: SandboxRequest): Record<string, string> | void;
}

interface Listening {
	/** e.g. `http://127.0.0.1:41234` */
	origin: string;
	port: number;
	stop(): Promise<void>;
}

function readBody(message: IncomingMessage): Promise<string> {
	return new Promise((resolve, reject) => {
		const chunks: Buffer[] = [];
		message.on('data', (chunk: Buffer) => chunks.push(chunk));
		message.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
		message.on('error', reject);
	});
}

function send(response: ServerResponse, result: SandboxResponse): void {
	const headers: Record<string, string> = { ...result.headers };
	if (result.body === undefined) {
		response.writeHead(result.status, headers).end();
		return;
	}
	const text = JSON.stringify(result.body);
	headers['content-type'] ??= 'application/json; charset=utf-8';
	headers['content-length'] = String(Buffer.byteLength(text));
	response.writeHead(result.status, headers).end(text);
}

/** The list order of the sandbox serving the current request (see `pageOf`). */
const listOrderOf = new AsyncLocalStorage<ListOrder | undefined>();

async function dispatch(app: VendorApp, message: IncomingMessage): Promise<SandboxResponse> {
	const url = new URL(message.url ?? '/', 'http://sandbox.local');
	const method = (message.method ?? 'GET').toUpperCase();
	const rawBody = await readBody(message);
	let extra: Record<string, string> = {};
	try {
		if (url.pathname !== app.basePath && !url.pathname.startsWith(`${app.basePath}/`)) {
			throw new ApiError(404, `Not found: ${url.pathname}`);
		}
		let body: unknown;
		const type = String(message.headers['content-type'] ?? '');
		if (rawBody.trim() !== '' && !type.includes('application/x-www-form-urlencoded')) {
			try {
				body = JSON.parse(rawBody);
			} catch {
				throw new ApiError(400, 'Malformed JSON body');
			}
		}
		const request: SandboxRequest = {
			method,
			path: url.pathname.slice(app.basePath.length) || '/',
			params: {},
			query: Object.fromEntries(url.searchParams.entries()),
			headers: message.headers,
			body,
			rawBody,
		};
		extra = app.before?.(request) ?? {};
		const result = await app.router.handle(request);
		return { ...result, headers: { ...extra, ...result.headers } };
	} catch (error) {
		if (error instanceof ApiError) {
			return {
				status: error.status,
				body: app.errorBody(error.status, error.message, error.fields, error.obs),
				headers: { ...extra, ...error.headers },
			};
		}
		return { status: 500, body: app.errorBody(500, (error as Error).message) };
	}
}

/** Serves `app` on 127.0.0.1 (port 0 picks a free one), its lists in `settings.listOrder`. */
export function listen(
	app: VendorApp,
	port = 0,
	settings: Pick<StartOptions, 'listOrder'> = {},
): Promise<Listening> {
	const server = createServer((message, response) => {
		listOrderOf
			.run(settings.listOrder, () => dispatch(app, message))
			.then(
				(result) => send(response, result),
				() => send(response, { status: 500 }),
			);
	});
	// Keep-alive sockets would hold stop() open; the sandboxes are short-lived test servers.
	server.keepAliveTimeout = 1000;
	return new Promise((resolve, reject) => {
		server.once('error', reject);
		server.listen(port, '127.0.0.1', () => {
			const { port: bound } = server.address() as AddressInfo;
			resolve({
				origin: `http://127.0.0.1:${bound}`,
				port: bound,
				stop: () =>
					new Promise<void>((done, fail) => {
						server.close((error) => (error ? fail(error) : done()));
						server.closeAllConnections();
					}),
			});
		});
	});
}

/** What a record was created at, for `inOrder`: eGestor's growing code, else created_at then id. */
function creationKey(row: unknown): [number | string, string] {
	const record = (row ?? {}) as Record<string, unknown>;
	const id = String(record.id ?? record.codigo ?? '');
	if (record.created_at === undefined && record.codigo !== undefined) {
		return [Number(record.codigo), id];
	}
	return [String(record.created_at ?? ''), id.padStart(40, '0')];
}

/** A small stable hash, so an `unstable` order is arbitrary but repeatable for one list. */
function hashOf(text: string): number {
	let hash = 2166136261;
	for (let index = 0; index < text.length; index++) {
		hash = Math.imul(hash ^ text.charCodeAt(index), 16777619);
	}
	return hash >>> 0;
}

/**
 * `items` in the list order the sandbox was started with (`StartOptions.listOrder`); as they
 * are when none was chosen. `unstable` reshuffles whenever the list's size changes.
 */
export function inOrder<T>(items: T[], order: ListOrder | undefined = listOrderOf.getStore()): T[] {
	if (order === undefined) return items;
	if (order === 'unstable') {
		const salt = `${items.length}:`;
		const keyed = items.map((item) => [hashOf(salt + creationKey(item)[1]), item] as const);
		return keyed.sort((a, b) => a[0] - b[0]).map(([, item]) => item);
	}
	const direction = order === 'oldest' ? 1 : -1;
	return [...items].sort((a, b) => {
		const [x, y] = [creationKey(a), creationKey(b)];
		if (x[0] !== y[0]) return (x[0] < y[0] ? -1 : 1) * direction;
		return x[1] === y[1] ? 0 : (x[1] < y[1] ? -1 : 1) * direction;
	});
}

/** The same page rules every list uses: a 1-based page of `size` items, in the list order. */
export function pageOf<T>(items: T[], page: number, size: number): T[] {
	return inOrder(items).slice((page - 1) * size, page * size);
}

export const now = (): string => new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');
