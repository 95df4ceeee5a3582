// `npm run bench`: what the nodes cost next to the raw floor and next to n8n's HTTP Request
// node, on loopback against the sandboxes. Prints one table of ratios
// measured in this run and writes it to bench/RESULTS.md. Ratios, not absolute times: machines
// are noisy. One file per figure; report.ts holds the table.
import os from 'node:os';
import { performance } from 'node:perf_hooks';

import { FIGURES, ONLY } from './config';
import { figureThree } from './figure-egestor-rate';
import { figureFour } from './figure-lists';
import { figureFive } from './figure-load';
import { figureOne, figureTwo } from './figure-overhead';
import { figureSix } from './figure-parallel';
import { figureSeven } from './figure-polls';
import { log, report } from './report';
import { sandboxes } from './sandboxes';
import { ALL_VENDORS, VENDORS } from './vendors';

async function main() {
	const startedAt = new Date();
	const loadBefore = os.loadavg();
	const step = async (figure: string, body: () => Promise<void> | void) => {
		if (!ONLY.includes(figure)) return;
		const started = performance.now();
		await body();
		log(`figure ${figure} took ${((performance.now() - started) / 1000).toFixed(1)} s`);
	};
	if (['1', '2', '6'].some((figure) => ONLY.includes(figure))) {
		const running = await sandboxes({ vendorOptions: { egestor: { rateLimit: 1e9 } } });
		try {
			await step('1', async () => await figureOne(running));
			await step('2', async () => await figureTwo(running));
			await step('6', async () => await figureSix(running));
		} finally {
			running.stop();
		}
	}
	await step('3', figureThree);
	await step('4', figureFour);
	await step('5', figureFive);
	// Last: it loads the poll harness, which brings nock (a hook on every request).
	await step('7', figureSeven);
	report(
		startedAt,
		loadBefore,
		ONLY.length === FIGURES.length && VENDORS.length === ALL_VENDORS.length,
	);
}

main().then(
	() => process.exit(0),
	(error: unknown) => {
		process.stderr.write(
			`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
		);
		process.exit(1);
	},
);
