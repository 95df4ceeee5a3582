// The raw floor: the same request, sequentially, over one undici keep-alive connection.
import { performance } from 'node:perf_hooks';

import { Agent, request } from 'undici';

import type { SeenRequest } from './proxy';

export async function rawLoop(origin: string, seen: SeenRequest, items: number): Promise<number> {
	const agent = new Agent({ connections: 1, keepAliveTimeout: 30_000 });
	const started = performance.now();
	for (let index = 0; index < items; index++) {
		const answer = await request(origin + seen.path, {
			method: seen.method as 'POST',
			headers: seen.headers,
			body: seen.body,
			dispatcher: agent,
		});
		const text = await answer.body.text();
		if (answer.statusCode >= 300)
			throw new Error(`raw ${seen.path}: HTTP ${answer.statusCode} ${text}`);
		JSON.parse(text);
	}
	const ms = performance.now() - started;
	await agent.close();
	return ms;
}

/** Many raw copies of a request at once (seeding records for the list figure). */
export async function rawFill(origin: string, seen: SeenRequest, count: number): Promise<void> {
	const agent = new Agent({ connections: 16, keepAliveTimeout: 30_000 });
	let next = 0;
	await Promise.all(
		Array.from({ length: 16 }, async () => {
			while (next < count) {
				next++;
				const answer = await request(origin + seen.path, {
					method: seen.method as 'POST',
					headers: seen.headers,
					body: seen.body,
					dispatcher: agent,
				});
				const text = await answer.body.text();
				if (answer.statusCode >= 300)
					throw new Error(`seed ${seen.path}: HTTP ${answer.statusCode} ${text}`);
			}
		}),
	);
	await agent.close();
}
