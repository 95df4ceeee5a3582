// Settings of one `npm run bench` run (environment variables override them).
import os from 'node:os';
import path from 'node:path';

/** The repository the bench runs in (npm runs scripts from the package's folder). */
export const REPO = process.cwd();
export const RUNS = Number(process.env.BENCH_RUNS ?? 3);
export const ITEMS = Number(process.env.BENCH_ITEMS ?? 1000);
export const RECORDS = Number(process.env.BENCH_RECORDS ?? 10_000);
export const LATENCY_MS = Number(process.env.BENCH_LATENCY_MS ?? 50);
export const RATE_ITEMS = Number(process.env.BENCH_RATE_ITEMS ?? 180);
/** Figures to run: 1–5 as before, 6 items in parallel under latency, 7 trigger polls. */
export const FIGURES = ['1', '2', '3', '4', '5', '6', '7'];
export const ONLY = (process.env.BENCH_ONLY ?? FIGURES.join(',')).split(',');
export const CACHE =
	process.env.BR_SALES_CACHE ?? path.join(os.homedir(), '.cache', 'n8n-nodes-br-sales');
export const NODES_BASE_VERSION = '2.40.2';
