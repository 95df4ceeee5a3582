import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';
import { Agent, request } from 'undici';

/**
 * A loopback proxy in front of a sandbox: counts requests (by method and path, and by status
 * returned), keeps the last request seen (to replay it raw), and can add a fixed latency to
 * every answer (the "simulated latency" of the pagination figure), and can enforce a rate limit
 * of its own (the "sandbox limit" of the parallel-items figure: for vendors that document none).
 */

/**
 * A fixed-window limit: `requests` per `windowMs`, the window starting with the first request
 * after the last one ended. Over it: 429 with Retry-After (seconds to the window's end), not
 * forwarded. With `headers`, every answer carries X-RateLimit-Limit / -Remaining / -Reset
 * (seconds to the reset, fractional), the shape eGestor documents and most APIs send.
 */
export interface ProxyLimit {
	requests: number;
	windowMs: number;
	headers: boolean;
}
export interface SeenRequest {
	method: string;
	path: string;
	headers: Record<string, string>;
	body: string;
}

export interface Proxy {
	/** The proxy's origin, e.g. http://127.0.0.1:43123 */
	origin: string;
	latencyMs: number;
	limit?: ProxyLimit;
	counts: Map<string, number>;
	statuses: Map<number, number>;
	/** When each request arrived (performance.now()), in order. */
	times: number[];
	last?: SeenRequest;
	reset(): void;
	total(match?: (key: string) => boolean): number;
	stop(): Promise<void>;
}

export async function startProxy(target: string, latencyMs = 0): Promise<Proxy> {
	const agent = new Agent({ connections: 64, keepAliveTimeout: 30_000 });
	const state: Proxy = {
		origin: '',
		latencyMs,
		counts: new Map(),
		statuses: new Map(),
		times: [],
		reset() {
			windowStart = Number.NEGATIVE_INFINITY;
			used = 0;
			state.times = [];
			state.counts.clear();
			state.statuses.clear();
		},
		total(match = () => true) {
			let sum = 0;
			for (const [key, count] of state.counts) if (match(key)) sum += count;
			return sum;
		},
		stop: async () => {
			await new Promise<void>((resolve) => server.close(() => resolve()));
			server.closeAllConnections();
			await agent.close();
		},
	};
	let windowStart = Number.NEGATIVE_INFINITY;
	let used = 0;
	/** Counts a request against the limit: refused or not, and the headers to send. */
	const admit = () => {
		const limit = state.limit;
		if (limit === undefined) return undefined;
		const now = Date.now();
		if (now >= windowStart + limit.windowMs) {
			windowStart = now;
			used = 0;
		}
		used++;
		const refused = used > limit.requests;
		const resetSeconds = Math.max(1, Math.ceil((windowStart + limit.windowMs - now) / 1000));
		const headers: Record<string, string> = refused ? { 'retry-after': String(resetSeconds) } : {};
		if (limit.headers) {
			headers['x-ratelimit-limit'] = String(limit.requests);
			headers['x-ratelimit-remaining'] = String(Math.max(0, limit.requests - used));
			// Fractional seconds: a whole second would overstate a short window's end.
			headers['x-ratelimit-reset'] = ((windowStart + limit.windowMs - now) / 1000).toFixed(3);
		}
		return { refused, headers };
	};
	const server = createServer((incoming, outgoing) => {
		const chunks: Buffer[] = [];
		incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
		incoming.on('end', () => {
			void (async () => {
				const body = Buffer.concat(chunks).toString('utf8');
				const url = incoming.url ?? '/';
				const key = `${incoming.method} ${url.split('?')[0]}`;
				state.times.push(performance.now());
				state.counts.set(key, (state.counts.get(key) ?? 0) + 1);
				const headers: Record<string, string> = {};
				for (const [name, value] of Object.entries(incoming.headers)) {
					if (value === undefined || ['host', 'connection', 'content-length'].includes(name))
						continue;
					headers[name] = Array.isArray(value) ? value.join(', ') : value;
				}
				state.last = { method: incoming.method ?? 'GET', path: url, headers, body };
				const limited = admit();
				if (state.latencyMs > 0)
					await new Promise((resolve) => setTimeout(resolve, state.latencyMs));
				if (limited?.refused === true) {
					state.statuses.set(429, (state.statuses.get(429) ?? 0) + 1);
					outgoing.writeHead(429, { 'content-type': 'application/json', ...limited.headers });
					outgoing.end(
						JSON.stringify({
							success: false,
							error: { code: 'RATE_LIMITED', message: 'Too many requests' },
						}),
					);
					return;
				}
				const answer = await request(target + url, {
					method: (incoming.method ?? 'GET') as 'GET',
					headers,
					body: body === '' ? undefined : body,
					dispatcher: agent,
				});
				const text = await answer.body.text();
				state.statuses.set(answer.statusCode, (state.statuses.get(answer.statusCode) ?? 0) + 1);
				const out: Record<string, string> = {};
				for (const [name, value] of Object.entries(answer.headers)) {
					if (
						value === undefined ||
						['connection', 'keep-alive', 'transfer-encoding', 'content-length'].includes(name)
					)
						continue;
					out[name] = Array.isArray(value) ? value.join(', ') : value;
				}
				outgoing.writeHead(answer.statusCode, { ...out, ...limited?.headers });
				outgoing.end(text);
			})().catch((error: unknown) => {
				outgoing.writeHead(502);
				outgoing.end(String(error));
			});
		});
	});
	server.keepAliveTimeout = 30_000;
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	state.origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
	return state;
}
