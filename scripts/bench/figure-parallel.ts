// Figure 6: 1,000 creates with items in parallel under simulated latency, against n8n's HTTP
// Request node, with a rate limit in front of the sandbox (Sonar, Ecosys and WoofedCRM document
// none; the proxy enforces one so both runs' 429s can be counted).
import type { IDataObject, INodeProperties } from 'n8n-workflow';

import { ITEMS } from './config';
import { runHttpNodeFor } from './http-node';
import type { ProxyLimit } from './proxy';
import { add, method, note, x } from './report';
import type { Running } from './sandboxes';
import { credentialsVia } from './sandboxes';
import { harnessFor, runNode, VENDORS } from './vendors';
import type { VendorCase } from './vendors';
import { httpRequestNode } from './http-node';

const LATENCIES = (process.env.BENCH_PARALLEL_LATENCIES ?? '50,150').split(',').map(Number);
/** The sandbox limit: 100 requests a second, reported in X-RateLimit headers. */
const LIMIT: ProxyLimit = { requests: 100, windowMs: 1000, headers: true };
/** A "Requests in Parallel" large enough to reach the limit at 150 ms (100/s × 0.15 s = 15). */
const TUNED = 20;

method(
	`6: the proxy adds a fixed latency to every answer and enforces a limit of ${LIMIT.requests} requests per ${LIMIT.windowMs / 1000} s window (X-RateLimit-Limit / -Remaining / -Reset on every answer, 429 with Retry-After over it: the common shape, as Sonar, Ecosys and WoofedCRM document no limit). ${ITEMS} creates, one run each (a 150 ms run of one item at a time would take minutes): the vendor node with its default Requests in Parallel and with ${TUNED}; n8n's HTTP Request node as it comes (every item at once, On Error: Continue so the run ends; refused items counted) and with its Batching option set to the limit (${LIMIT.requests} items, then ${LIMIT.windowMs} ms), the fastest way it creates every item. Node ÷ HTTP Request compares runs that created all ${ITEMS}. A throughput ceiling of the node is Requests in Parallel ÷ (latency + the sandbox's time a request).`,
);

/** The node's default "Requests in Parallel", read from its description as n8n would. */
function defaultInParallel(vc: VendorCase): number {
	const property = vc.node.description.properties.find(
		(each: INodeProperties) => each.name === 'requestsInParallel',
	);
	return Number(property?.default ?? 1);
}

export async function figureSix({ vendors: info, proxyOf }: Running) {
	const http = httpRequestNode();
	for (const vc of VENDORS.filter((each) =>
		['sonar', 'ecosys', 'woofedcrm'].includes(each.vendor),
	)) {
		const sandbox = info[vc.vendor];
		const proxy = proxyOf(vc.vendor);
		const harness = harnessFor(vc, credentialsVia(sandbox, proxy.origin), http.type);
		await proxy.reset();
		await runNode(harness, vc, vc.create, 1);
		const seen = (await proxy.stats()).last;
		if (seen === undefined) throw new Error(`${vc.label}: no request recorded`);
		const inParallel = defaultInParallel(vc);
		await proxy.limit(LIMIT);
		for (const latency of LATENCIES) {
			await proxy.latency(latency);
			/** One run: wall time, items failed, 429s the proxy sent. */
			const measure = async (body: () => Promise<{ ms: number; failed: number }>) => {
				await new Promise((resolve) => setTimeout(resolve, LIMIT.windowMs + 100)); // a fresh window
				await proxy.reset();
				const { ms, failed } = await body();
				return { ms, failed, refused: (await proxy.stats()).status(429) };
			};
			const nodeRun = (n: number) => async () => {
				const parameters: IDataObject = { ...vc.create, requestsInParallel: n };
				const { ms, result } = await runNode(harness, vc, parameters, ITEMS, true);
				const failed = result.output('Vendor').filter((json) => json.error !== undefined).length;
				return { ms, failed };
			};
			const node = await measure(nodeRun(inParallel));
			const tuned = await measure(nodeRun(TUNED));
			const burst = await measure(
				async () =>
					await runHttpNodeFor(harness, vc, seen, proxy.origin, ITEMS, { failuresAsItems: true }),
			);
			const batched = await measure(
				async () =>
					await runHttpNodeFor(harness, vc, seen, proxy.origin, ITEMS, {
						batch: { size: LIMIT.requests, intervalMs: LIMIT.windowMs },
						failuresAsItems: true,
					}),
			);
			const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
			const run = (label: string, r: typeof node) =>
				`${label} ${s(r.ms)}, ${r.refused} 429s, ${r.failed} items failed`;
			add(
				`6. ${vc.label}: ${ITEMS} creates at ${latency} ms, node (Requests in Parallel ${inParallel}) ÷ HTTP Request node batched to the limit`,
				`${x(node.ms / batched.ms)} (${run('node', node)}; ${run('HTTP Request batched', batched)})`,
				'≤ 1.0×, node 0 429s',
				node.ms / batched.ms <= 1.0 && node.refused === 0 && node.failed === 0,
			);
			add(
				`6. ${vc.label}: the same, node with Requests in Parallel ${TUNED}`,
				`${x(tuned.ms / batched.ms)} (${run('node', tuned)})`,
				'≤ 1.0×, node 0 429s',
				tuned.ms / batched.ms <= 1.0 && tuned.refused === 0 && tuned.failed === 0,
			);
			add(
				`6. ${vc.label}: HTTP Request node as it comes (every item at once) at ${latency} ms`,
				`${run('', burst).trim()} (of ${ITEMS})`,
				'(its bursts hit the limit)',
				undefined,
			);
		}
		await proxy.latency(0);
		await proxy.limit(undefined);
	}
	note(
		'In figure 6 the node reads the limit from the X-RateLimit headers: a vendor that sends none is paced only by Requests in Parallel until its first 429, which then holds every item for its Retry-After.',
	);
}
