// Figure 6: 1,000 creates with items in parallel under simulated latency, against n8n's HTTP
// Request node, with a rate limit in front of the sandbox (Sonar, Ecosys and WoofedCRM document
// none; the proxy enforces one so both runs' 429s can be counted).
import type { IDataObject, INodeProperties } from 'n8n-workflow';

import { ITEMS } from './config';
import { runHttpNodeFor } from './http-node';
import type { ProxyLimit } from './proxy';
import { add, log, method, note, x } from './report';
import type { Running } from './sandboxes';
import { credentialsVia } from './sandboxes';
import { harnessFor, runNode, VENDORS } from './vendors';
import type { VendorCase } from './vendors';
import { httpRequestNode } from './http-node';

const LATENCIES = (process.env.BENCH_PARALLEL_LATENCIES ?? '50,150').split(',').map(Number);
/** The sandbox limit: 100 requests a second, reported in X-RateLimit headers. */
const LIMIT: ProxyLimit = { requests: 100, windowMs: 1000, headers: true };
/** A "Requests in Parallel" large enough to reach the limit at 150 ms (100/s × 0.15 s = 15). */
const TUNED = Number(process.env.BENCH_PARALLEL_TUNED ?? 20);

method(
	`6: the proxy adds a fixed latency to every answer and enforces a limit of ${LIMIT.requests} requests per ${LIMIT.windowMs / 1000} s window (X-RateLimit-Limit / -Remaining / -Reset on every answer, 429 with Retry-After over it: the common shape, as Sonar, Ecosys and WoofedCRM document no limit). ${ITEMS} creates, one run each (a 150 ms run of one item at a time would take minutes): the vendor node with its default Requests in Parallel and with ${TUNED}; n8n's HTTP Request node as it comes (every item at once, On Error: Continue so the run ends; refused items counted) and with its Batching option set to the limit (${LIMIT.requests} items, then ${LIMIT.windowMs} ms), the fastest way it creates every item. Node ÷ HTTP Request compares runs that created all ${ITEMS}. A throughput ceiling of the node is Requests in Parallel ÷ (latency + the sandbox's time a request). Windows are counted from the proxy's arrival times by its own rule (a window starts with the first request after the last one ended): how many, requests in each, how long after a window's end the next one's first request came (time neither client used), and how long the last window took. The row with ${TUNED} in parallel is left out where that is the node's default. BENCH_PARALLEL_LATENCIES, BENCH_PARALLEL_VENDORS, BENCH_PARALLEL_TUNED and BENCH_PARALLEL_TRACE (each window's count and gap, on stderr) narrow or detail a run.`,
);

/**
 * How a run used the proxy's windows, from the proxy's arrival times (its own rule: a window
 * starts with the first request after the last one ended): windows used, requests a window,
 * and the time each window's successor started late (first arrival after the end).
 */
export function windowsOf(times: number[], windowMs: number) {
	const counts: number[] = [];
	const late: number[] = [];
	let start = Number.NEGATIVE_INFINITY;
	let last = 0;
	for (const time of times) {
		last = time;
		if (time >= start + windowMs) {
			if (counts.length > 0) late.push(time - (start + windowMs));
			start = time;
			counts.push(0);
		}
		counts[counts.length - 1]++;
	}
	const mean = (values: number[]) =>
		values.length === 0 ? 0 : values.reduce((sum, each) => sum + each, 0) / values.length;
	return {
		windows: counts.length,
		perWindow: mean(counts),
		lateMs: mean(late),
		/** From the last window's first request to the run's last one. */
		lastSpanMs: last - start,
		counts,
		late,
	};
}

/** The node's default "Requests in Parallel", read from its description as n8n would. */
function defaultInParallel(vc: VendorCase): number {
	const property = vc.node.description.properties.find(
		(each: INodeProperties) => each.name === 'requestsInParallel',
	);
	return Number(property?.default ?? 1);
}

export async function figureSix({ vendors: info, proxyOf }: Running) {
	const http = httpRequestNode();
	const only = process.env.BENCH_PARALLEL_VENDORS?.split(',') ?? ['sonar', 'ecosys', 'woofedcrm'];
	for (const vc of VENDORS.filter((each) => only.includes(each.vendor))) {
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
				const stats = await proxy.stats();
				return {
					ms,
					failed,
					refused: stats.status(429),
					used: windowsOf(stats.times, LIMIT.windowMs),
				};
			};
			const nodeRun = (n: number) => async () => {
				const parameters: IDataObject = { ...vc.create, requestsInParallel: n };
				const { ms, result } = await runNode(harness, vc, parameters, ITEMS, true);
				const failed = result.output('Vendor').filter((json) => json.error !== undefined).length;
				return { ms, failed };
			};
			const node = await measure(nodeRun(inParallel));
			// The same run twice would only add noise: the row is left out where TUNED is the default.
			const tuned = TUNED === inParallel ? undefined : await measure(nodeRun(TUNED));
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
			for (const [label, r] of [
				[`node ${inParallel}`, node],
				[`node ${TUNED}`, tuned],
				['HTTP batched', batched],
			] as const) {
				if (r === undefined) continue;
				if (process.env.BENCH_PARALLEL_TRACE !== undefined) {
					log(`6. ${vc.label} ${latency} ms, ${label}: ${s(r.ms)}`);
					log(
						`   requests a window ${r.used.counts.join(' ')}; late ${r.used.late.map((each) => each.toFixed(0)).join(' ')}`,
					);
				}
			}
			/** The windows each run used, and for a miss what the node's windows show. */
			const windows = (r: typeof node) =>
				`${r.used.windows} windows of ${r.used.perWindow.toFixed(0)}, each next ${r.used.lateMs.toFixed(0)} ms after the last ended, the last ${r.used.lastSpanMs.toFixed(0)} ms long`;
			const why = (r: typeof node, n: number) => {
				if (r.refused > 0 || r.failed > 0) return '';
				const ceiling = Math.round((n * 1000) / latency);
				if (r.used.perWindow < LIMIT.requests * 0.95 && ceiling < LIMIT.requests) {
					return `; windows not full: ${n} in flight over a ${latency} ms round trip carry at most ${ceiling} a second, under the limit's ${LIMIT.requests}`;
				}
				if (r.used.perWindow < LIMIT.requests * 0.95) {
					return `; windows not all full (requests a window: ${r.used.counts.join(', ')})`;
				}
				const reset = r.used.lateMs - batched.used.lateMs;
				return `; every window full: after each reset the node's next window began ${Math.abs(reset).toFixed(0)} ms ${reset >= 0 ? 'later' : 'sooner'} than the HTTP Request node's, and its last window ran ${(r.used.lastSpanMs - batched.used.lastSpanMs).toFixed(0)} ms longer (${n} in flight send ${LIMIT.requests} in about ${LIMIT.requests} ÷ ${n} round trips, where the HTTP Request node sends its last ${LIMIT.requests} at once)`;
			};
			const row = (label: string, r: typeof node, n: number, extra = '') => {
				const pass = r.ms / batched.ms <= 1.0 && r.refused === 0 && r.failed === 0;
				add(
					label,
					`${x(r.ms / batched.ms)} (${run('node', r)}, ${windows(r)}${extra}${pass ? '' : why(r, n)})`,
					'≤ 1.0×, node 0 429s',
					pass,
				);
			};
			row(
				`6. ${vc.label}: ${ITEMS} creates at ${latency} ms, node (Requests in Parallel ${inParallel}) ÷ HTTP Request node batched to the limit`,
				node,
				inParallel,
				`; ${run('HTTP Request batched', batched)}, ${windows(batched)}`,
			);
			if (tuned !== undefined) {
				row(`6. ${vc.label}: the same, node with Requests in Parallel ${TUNED}`, tuned, TUNED);
			}
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
