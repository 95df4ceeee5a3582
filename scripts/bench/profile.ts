// A CPU profile of one run (node:inspector in this process), summarised by where the time
// went: the pack's own code, n8n-core, n8n's request helper and its HTTP stack, the rest.
import { Session } from 'node:inspector';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { ExecuteContext } from 'n8n-core';

interface ProfileNode {
	id: number;
	callFrame: { functionName: string; url: string; lineNumber: number };
	hitCount?: number;
}
interface Profile {
	nodes: ProfileNode[];
	startTime: number;
	endTime: number;
	samples?: number[];
}

/** The compiled pack: nodes/ beside the compiled bench (`…/scripts/bench/` up two). */
const PACK = path.resolve(__dirname, '..', '..', 'nodes') + path.sep;
/** A script's file path (CommonJS scripts come as file:// URLs, some as plain paths). */
const fileOf = (url: string) => (url.startsWith('file:') ? fileURLToPath(url) : url);

const AREAS: Array<[string, { test: (url: string) => boolean }]> = [
	['the pack (nodes/)', { test: (url) => fileOf(url).startsWith(PACK) }],
	[
		'n8n request helper + HTTP stack',
		/backend-network|axios|follow-redirects|form-data|proxy-agent|node:(_http|http|https|net|tls)/,
	],
	['n8n-core', /n8n-core/],
	['n8n-workflow', /n8n-workflow/],
	['Node.js internals', /^node:/],
];

function areaOf(url: string): string {
	if (url === '') return '(program, GC, idle)';
	return AREAS.find(([, pattern]) => pattern.test(url))?.[0] ?? 'other';
}

interface ProfileSummary {
	/** ms of CPU samples per area. */
	areas: Record<string, number>;
	/** The pack's functions with the most self time: "name (file:line) ms". */
	packTop: string[];
	/** What the run asked of n8n's execution context (the harness's start node left out). */
	calls: Record<ContextCall, number>;
}

/** The execution context's calls that cost a node the most besides the request itself. */
const CONTEXT_CALLS = {
	/** Every getNodeParameter: a lookup, expression resolution and a schema check. */
	'parameter reads': '_getNodeParameter',
	/** Every getCredentials (n8n's request helper makes one unless handed the credential). */
	'credential reads': 'getCredentials',
	/** getNode() copies the whole node, its parameters included. */
	'getNode copies': 'getNode',
} as const;
type ContextCall = keyof typeof CONTEXT_CALLS;

/** Counts the context calls made while `body` runs, by nodes other than the harness's start. */
async function countingCalls<T>(
	body: () => Promise<T>,
): Promise<{ result: T; calls: Record<ContextCall, number> }> {
	const calls = Object.fromEntries(Object.keys(CONTEXT_CALLS).map((name) => [name, 0])) as Record<
		ContextCall,
		number
	>;
	const restore: Array<() => void> = [];
	for (const [label, method] of Object.entries(CONTEXT_CALLS) as Array<[ContextCall, string]>) {
		let owner: object | null = ExecuteContext.prototype;
		while (owner !== null && !Object.prototype.hasOwnProperty.call(owner, method)) {
			owner = Object.getPrototypeOf(owner) as object | null;
		}
		if (owner === null) continue;
		const target = owner as Record<string, (...args: unknown[]) => unknown>;
		const original = target[method];
		target[method] = function (this: { node?: { type?: string } }, ...args: unknown[]) {
			if (this.node?.type !== 'harness.start') calls[label]++;
			return original.apply(this, args);
		};
		restore.push(() => (target[method] = original));
	}
	try {
		return { result: await body(), calls };
	} finally {
		for (const undo of restore) undo();
	}
}

export async function profiled<T>(
	body: () => Promise<T>,
): Promise<{ result: T; summary: ProfileSummary }> {
	const session = new Session();
	session.connect();
	const post = async (method: string, params?: object) =>
		await new Promise<unknown>((resolve, reject) =>
			session.post(method, params ?? {}, (error, answer) =>
				error ? reject(error) : resolve(answer),
			),
		);
	await post('Profiler.enable');
	await post('Profiler.setSamplingInterval', { interval: 200 });
	await post('Profiler.start');
	const { result, calls } = await countingCalls(body);
	const { profile } = (await post('Profiler.stop')) as { profile: Profile };
	session.disconnect();
	const samples = profile.samples?.length ?? 1;
	const msPerSample = (profile.endTime - profile.startTime) / 1000 / samples;
	const areas: Record<string, number> = {};
	const pack = new Map<string, number>();
	for (const node of profile.nodes) {
		const ms = (node.hitCount ?? 0) * msPerSample;
		if (ms === 0) continue;
		const area = areaOf(node.callFrame.url);
		areas[area] = (areas[area] ?? 0) + ms;
		if (area === AREAS[0][0]) {
			const file = path.relative(path.dirname(PACK), fileOf(node.callFrame.url));
			const key = `${node.callFrame.functionName || '(anonymous)'} (${file}:${node.callFrame.lineNumber + 1})`;
			pack.set(key, (pack.get(key) ?? 0) + ms);
		}
	}
	const packTop = [...pack]
		.sort((a, b) => b[1] - a[1])
		.slice(0, 5)
		.map(([key, ms]) => `${key} ${ms.toFixed(0)} ms`);
	return { result, summary: { areas, packTop, calls } };
}

/** "area a vs b µs" per item for the areas of two runs, largest difference first. */
export function compareAreas(node: ProfileSummary, bare: ProfileSummary, items: number): string {
	const names = new Set([...Object.keys(node.areas), ...Object.keys(bare.areas)]);
	const us = (ms: number) => ((ms / items) * 1000).toFixed(0);
	return [...names]
		.map((name) => ({ name, a: node.areas[name] ?? 0, b: bare.areas[name] ?? 0 }))
		.sort((x, y) => Math.abs(y.a - y.b) - Math.abs(x.a - x.b))
		.map(({ name, a, b }) => `${name} ${us(a)} vs ${us(b)} µs`)
		.join('; ');
}

/** "parameter reads a vs b, …" per item for two runs of `items` items each. */
export function compareCalls(node: ProfileSummary, bare: ProfileSummary, items: number): string {
	const per = (count: number) => String(Math.round((count / items) * 100) / 100);
	return (Object.keys(CONTEXT_CALLS) as ContextCall[])
		.map((name) => `${name} ${per(node.calls[name])} vs ${per(bare.calls[name])}`)
		.join(', ');
}
