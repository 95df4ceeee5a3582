import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';
import { Agent, request } from 'undici';

/**
 * A loopback proxy in front of a sandbox: counts requests (by method and path, and by status
 * returned), keeps the last request seen (to replay it raw), and can add a fixed latency to
 * every answer (the "simulated latency" of the pagination figure).
 */
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
				if (state.latencyMs > 0)
					await new Promise((resolve) => setTimeout(resolve, state.latencyMs));
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
				outgoing.writeHead(answer.statusCode, out);
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
