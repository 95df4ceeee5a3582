// Figure 4: Return All over 10,000 records.
import { performance } from 'node:perf_hooks';

import { pageFetching } from '../../nodes/shared/paginate';
import type { WorkflowHarness } from '../../harness/run-workflow';
import { LATENCY_MS, RECORDS, RUNS } from './config';
import type { SeenRequest } from './proxy';
import { rawFill, rawLoop } from './raw';
import { add, median, method, x } from './report';
import { credentialsVia, sandboxes } from './sandboxes';
import { harnessFor, runNode, VENDORS } from './vendors';
import type { VendorCase } from './vendors';

method(
	'4: 10,000 records seeded raw, then Return All through the node; requests counted at the proxy; peak heap growth sampled every 5 ms (after a GC). Speed-up: the proxy adds a fixed latency to every answer; pages read 4 at a time (nodes/shared/paginate.ts, `pageFetching.concurrency`) against one at a time. The sandbox is one Node.js process, so its own time per page is a floor the concurrency cannot beat: the 4 requests of a round reach it together after the latency and wait for each other, so the speed-up is at most 4 × (latency + s) ÷ (latency + 4 × s), s = the sandbox time a page. WoofedCRM pages name the next page, so they are read one at a time.',
);

async function measureList(vc: VendorCase, harness: WorkflowHarness) {
	global.gc?.();
	const before = process.memoryUsage().heapUsed;
	let peak = before;
	const sampler = setInterval(() => {
		peak = Math.max(peak, process.memoryUsage().heapUsed);
	}, 5);
	const { ms, result } = await runNode(harness, vc, vc.list, 1);
	clearInterval(sampler);
	peak = Math.max(peak, process.memoryUsage().heapUsed);
	return { ms, records: result.output('Vendor').length, growthMb: (peak - before) / 2 ** 20 };
}

export async function figureFour() {
	const running = await sandboxes({ vendorOptions: { egestor: { rateLimit: 1e9 } } });
	for (const vc of VENDORS) {
		const sandbox = running.vendors[vc.vendor];
		const origin = new URL(sandbox.baseUrl).origin;
		const proxy = running.proxyOf(vc.vendor);
		await runNode(harnessFor(vc, credentialsVia(sandbox, proxy.origin)), vc, vc.create, 1);
		const seen = (await proxy.stats()).last as SeenRequest;
		await rawFill(origin, seen, RECORDS - 1);
		const harness = harnessFor(vc, credentialsVia(sandbox, proxy.origin));
		await runNode(harness, vc, vc.list, 1); // warm-up
		// The sandbox's own time for one full page: page 2 of the list, replayed raw.
		const last = (await proxy.stats()).last as SeenRequest;
		const pageRequest = { ...last, path: last.path.replace(/([?&]page=)\d+/, '$12') };
		const pageMs: number[] = [];
		for (let run = 0; run < 10; run++) {
			const started = performance.now();
			await rawLoop(origin, pageRequest, 1);
			pageMs.push(performance.now() - started);
		}
		const times: number[] = [];
		const growth: number[] = [];
		let records = 0;
		let requests = 0;
		for (let run = 0; run < RUNS; run++) {
			await proxy.reset();
			const measured = await measureList(vc, harness);
			times.push(measured.ms);
			growth.push(measured.growthMb);
			records = measured.records;
			requests = (await proxy.stats()).total((key) => !/token/i.test(key));
		}
		const expected = Math.ceil(records / vc.pageSize);
		add(
			`4. ${vc.label}: Return All ${records} records, requests (page size ${vc.pageSize})`,
			`${requests}`,
			`= ceil(N / ${vc.pageSize}) = ${expected}`,
			requests === expected,
		);
		add(
			`4. ${vc.label}: Return All time and peak heap growth`,
			`${median(times).toFixed(0)} ms, +${median(growth).toFixed(1)} MB (sandbox alone: ${median(pageMs).toFixed(1)} ms a page raw)`,
			'(reported)',
			undefined,
		);
		// With simulated latency: one page at a time against pages read several at a time.
		if (!vc.totalKnown) {
			add(
				`4. ${vc.label}: Return All, pages at a time`,
				'1 (each page names the next: one at a time)',
				'n/a',
				undefined,
			);
			continue;
		}
		await proxy.latency(LATENCY_MS);
		const timed = async (concurrency: number) => {
			pageFetching.concurrency = concurrency;
			const ms: number[] = [];
			for (let run = 0; run < RUNS; run++) ms.push((await runNode(harness, vc, vc.list, 1)).ms);
			return median(ms);
		};
		const concurrency = pageFetching.concurrency;
		const sequential = await timed(1);
		const concurrent = await timed(concurrency);
		pageFetching.concurrency = concurrency;
		await proxy.latency(0);
		add(
			`4. ${vc.label}: Return All with ${LATENCY_MS} ms latency a request, ${concurrency} pages at a time ÷ one at a time`,
			`${x(sequential / concurrent)} faster (${concurrent.toFixed(0)} ms vs ${sequential.toFixed(0)} ms; the sandbox's ${median(pageMs).toFixed(1)} ms a page caps it at ${x((concurrency * (LATENCY_MS + median(pageMs))) / (LATENCY_MS + concurrency * median(pageMs)))})`,
			'≥ 3×',
			sequential / concurrent >= 3,
		);
	}
	running.stop();
}
