// Figures 1 (what a create costs next to the raw floor, n8n's HTTP Request node and n8n's
// bare request helper) and 2 (token exchanges over 1,000 items).
import { performance } from 'node:perf_hooks';

import type { IDataObject } from 'n8n-workflow';

import { ITEMS, RUNS } from './config';
import { HTTP_VERSION, httpRequestNode, runHttpNode } from './http-node';
import { compareAreas, compareCalls, profiled } from './profile';
import { rawLoop } from './raw';
import { add, median, method, note, x } from './report';
import type { Running } from './sandboxes';
import { credentialsVia } from './sandboxes';
import { CREDENTIAL_ID, harnessFor, runNode, VENDORS } from './vendors';
import type { VendorCase } from './vendors';

/** Node/bare pairs for the pack's own cost (BENCH_PAIRS). */
const PAIRS = Math.max(1, Number(process.env.BENCH_PAIRS ?? 8));

method(
	`1: the same create request (recorded from the node) sent 1,000 times by the vendor node in n8n-core (WorkflowExecute, as in harness/), by a raw undici loop over one keep-alive connection (the floor), by n8n's HTTP Request node with the vendor's credential (it starts every item's request at once, even with its batching options), and by a bare node that only calls n8n's \`httpRequestWithAuthentication\` (the least any node pays). The vendor node runs with Requests in Parallel 1 here, one item after the other as the bare node does (figure 6 runs items in parallel). Wall time ratios, and the client process's CPU time (the sandboxes run in a child process). The pack's own cost (node ÷ bare helper) is the median of ${PAIRS} per-pair ratios: a node run and a bare run back to back, in turn which goes first (in the runs of the other rows the bare node comes right after the HTTP Request node's burst).`,
);
method(
	"n8n's request helper (@n8n/backend-network) builds new HTTP agents for every request, so each request opens a new TCP connection and goes through axios and follow-redirects; the raw floor reuses one connection. No node can go below the bare helper row; node ÷ bare helper is the pack's own cost (parameters, validation, pacing, error mapping), target ≤ 1.05×.",
);
method(
	"1, the profile notes (taken for a vendor that misses ≤ 1.05×, or named in BENCH_PROFILE): one more run of each under the CPU profiler, samples summed by area in µs per item, and the calls each run made to n8n's execution context. What the node asks of n8n beyond the bare node, per item: its create's own parameters (each may be an expression, so each item reads them; the bare node reads its 3), Resource and Operation only when they are expressions, and one credential read, before the request (the Base URL is checked before any secret is sent; n8n's helper is handed that credential and does not read it again, as it does for the bare node). WoofedCRM reads the credential once more for the account id in its path when the node's Account ID Override is empty. The rest is the pack's own code: parameter checks, the rate budget and retry bookkeeping, the envelope and error mapping.",
);
method(
	'2: a credential with no token, 1,000 creates; exchanges counted at a proxy in front of the sandbox (default token lifetimes: Hivestr 1 h, eGestor 15 min).',
);

/** The create with one item at a time: the bare helper sends one after the other too. */
const sequential = (vc: VendorCase): IDataObject => ({ ...vc.create, requestsInParallel: 1 });

export async function figureOne({ vendors: info, proxyOf }: Running) {
	const http = httpRequestNode();
	note(`HTTP Request node: n8n-nodes-base ${http.version}, typeVersion ${HTTP_VERSION}.`);
	for (const vc of VENDORS) {
		const sandbox = info[vc.vendor];
		const origin = new URL(sandbox.baseUrl).origin;
		// One item through a recording proxy: the exact request the node sends, replayed raw.
		const recorder = proxyOf(vc.vendor);
		await runNode(harnessFor(vc, credentialsVia(sandbox, recorder.origin)), vc, vc.create, 1);
		const seen = (await recorder.stats()).last;
		if (seen === undefined) throw new Error(`${vc.label}: no request recorded`);

		const node: number[] = [];
		const raw: number[] = [];
		const httpOne: number[] = [];
		const bare: number[] = [];
		/** The client's CPU time (this process; the sandbox runs in another) per way, in ms. */
		const cpu = {
			node: [] as number[],
			raw: [] as number[],
			httpOne: [] as number[],
			bare: [] as number[],
		};
		const cpuOf = async (into: number[], body: () => Promise<unknown>) => {
			const before = process.cpuUsage();
			await body();
			const used = process.cpuUsage(before);
			into.push((used.user + used.system) / 1000);
		};
		const runBare = async () =>
			await harnessFor(vc, sandbox.credentials).runChain(
				Array.from({ length: ITEMS }, () => ({})),
				[
					{
						name: 'Bare',
						type: 'bareRequest',
						parameters: { method: seen.method, url: origin + seen.path, body: seen.body },
						credentials: { [vc.credentialType.name]: CREDENTIAL_ID },
					},
				],
			);
		for (let run = 0; run < RUNS; run++) {
			await cpuOf(cpu.raw, async () => raw.push(await rawLoop(origin, seen, ITEMS)));
			const harness = harnessFor(vc, sandbox.credentials, http.type);
			// Warm the credential (token exchange) and the JIT outside the timed runs.
			await runNode(harness, vc, sequential(vc), 10);
			let measured = undefined as unknown as Awaited<ReturnType<typeof runNode>>;
			await cpuOf(
				cpu.node,
				async () => (measured = await runNode(harness, vc, sequential(vc), ITEMS)),
			);
			if (measured.result.output('Vendor').length !== ITEMS)
				throw new Error(`${vc.label}: items lost`);
			node.push(measured.ms);
			await cpuOf(cpu.httpOne, async () =>
				httpOne.push(await runHttpNode(harness, vc, seen, origin, ITEMS)),
			);
			const beforeBare = process.cpuUsage();
			const started = performance.now();
			const bareRun = await runBare();
			bare.push(performance.now() - started);
			const usedBare = process.cpuUsage(beforeBare);
			cpu.bare.push((usedBare.user + usedBare.system) / 1000);
			if (bareRun.output('Bare').length !== ITEMS)
				throw new Error(`bare ${vc.label}: ${String(bareRun.error)}`);
		}
		// The pack's own cost: node and bare runs back to back in pairs, in turn which goes
		// first, each pair's ratio; the median of the ratios is steadier than a ratio of medians
		// on a machine whose load drifts. (In the runs above the bare node comes right after
		// the HTTP Request node's burst of 1,000 requests, which would favour the node.)
		const pairs: Array<{ node: number; bare: number; wall: number; cpu: number }> = [];
		const pairHarness = harnessFor(vc, sandbox.credentials);
		await runNode(pairHarness, vc, sequential(vc), 10);
		for (let pair = 0; pair < PAIRS; pair++) {
			const timed = async (body: () => Promise<unknown>) => {
				const before = process.cpuUsage();
				const started = performance.now();
				await body();
				const used = process.cpuUsage(before);
				return { ms: performance.now() - started, cpu: (used.user + used.system) / 1000 };
			};
			const ofNode = async () => await timed(() => runNode(pairHarness, vc, sequential(vc), ITEMS));
			const ofBare = async () => await timed(runBare);
			const [one, two] = pair % 2 === 0 ? [ofNode, ofBare] : [ofBare, ofNode];
			const first = await one();
			const second = await two();
			const [byNode, byBare] = pair % 2 === 0 ? [first, second] : [second, first];
			pairs.push({
				node: byNode.ms,
				bare: byBare.ms,
				wall: byNode.ms / byBare.ms,
				cpu: byNode.cpu / byBare.cpu,
			});
		}
		const walls = pairs.map((each) => each.wall);
		const own = median(walls);
		const perItem = (values: number[]) => (median(values) / ITEMS).toFixed(2);
		const ownCpu = median(pairs.map((each) => each.cpu));
		const [n, r, h1, b] = [median(node), median(raw), median(httpOne), median(bare)];
		const perItemUs = ((n - r) / ITEMS) * 1000;
		add(
			`1. ${vc.label}: ${ITEMS} creates, node ÷ raw undici floor`,
			`${x(n / r)} (${(n / ITEMS).toFixed(2)} vs ${(r / ITEMS).toFixed(2)} ms/item; +${perItemUs.toFixed(0)} µs/item)`,
			'≤ 1.15×',
			n / r <= 1.15,
		);
		add(
			`1. ${vc.label}: node ÷ HTTP Request node`,
			`${x(n / h1)} (HTTP Request ${(h1 / ITEMS).toFixed(2)} ms/item; it starts all items' requests at once, the node here one item at a time)`,
			'(explains; figure 6)',
			undefined,
		);
		add(
			`1. ${vc.label}: (why) n8n's bare request helper ÷ raw floor`,
			`${x(b / r)} (bare helper ${(b / ITEMS).toFixed(2)} ms/item)`,
			'(explains)',
			undefined,
		);
		add(
			`1. ${vc.label}: the pack's own cost per item, node ÷ bare request helper`,
			`${x(own)} (median of ${pairs.length} node/bare pairs, which ranged ${x(Math.min(...walls))}–${x(Math.max(...walls))}; ${perItem(pairs.map((each) => each.node))} vs ${perItem(pairs.map((each) => each.bare))} ms/item; client CPU node ÷ bare ${x(ownCpu)})`,
			'≤ 1.05×',
			own <= 1.05,
		);
		if (own > 1.05 || process.env.BENCH_PROFILE?.split(',').includes(vc.vendor)) {
			// The miss explained: one extra run of each under the CPU profiler (not timed).
			const harness = harnessFor(vc, sandbox.credentials);
			await runNode(harness, vc, sequential(vc), 10);
			const nodeProfile = await profiled(
				async () => await runNode(harness, vc, sequential(vc), ITEMS),
			);
			const bareProfile = await profiled(runBare);
			note(
				`Profile, ${vc.label}, ${ITEMS} creates, node vs bare helper, CPU samples by area per item: ${compareAreas(nodeProfile.summary, bareProfile.summary, ITEMS)}. Calls to n8n's execution context per item, node vs bare: ${compareCalls(nodeProfile.summary, bareProfile.summary, ITEMS)}. The pack's busiest functions: ${nodeProfile.summary.packTop.join('; ') || 'none sampled'}.`,
			);
		}
		const us = (values: number[]) => ((median(values) / ITEMS) * 1000).toFixed(0);
		const cpuRatio = median(cpu.node) / median(cpu.httpOne);
		add(
			`1. ${vc.label}: client CPU per item, node ÷ HTTP Request node`,
			`${x(cpuRatio)} (node ${us(cpu.node)} µs, HTTP Request ${us(cpu.httpOne)} µs, bare helper ${us(cpu.bare)} µs, raw undici ${us(cpu.raw)} µs)`,
			'≤ 1.0×',
			cpuRatio <= 1.0,
		);
	}
}

export async function figureTwo({ vendors: info, proxyOf }: Running) {
	for (const vc of VENDORS.filter((each) => each.credentialExtra?.accessToken !== undefined)) {
		const sandbox = info[vc.vendor];
		const proxy = proxyOf(vc.vendor);
		const counts: number[] = [];
		for (let run = 0; run < RUNS; run++) {
			// Each run a fresh harness: a credential with no token yet.
			const fresh = harnessFor(vc, credentialsVia(sandbox, proxy.origin));
			await proxy.reset();
			await runNode(fresh, vc, vc.create, ITEMS);
			counts.push((await proxy.stats()).total((key) => /token/i.test(key)));
		}
		const seen = [...new Set(counts)].join(', ');
		add(
			`2. ${vc.label}: token exchanges over ${ITEMS} items (one token lifetime)`,
			`${seen} per run (${RUNS} runs)`,
			'exactly 1',
			counts.every((count) => count === 1),
		);
	}
}
