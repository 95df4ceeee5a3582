// The table every figure adds its rows to, and the RESULTS.md it becomes.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { REPO, RUNS } from './config';

export const log = (message: string) => process.stderr.write(`[bench] ${message}\n`);
export const median = (values: number[]) => {
	const sorted = [...values].sort((a, b) => a - b);
	const middle = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
export const sleep = async (ms: number) => await new Promise((resolve) => setTimeout(resolve, ms));
export const x = (value: number) => `${value.toFixed(2)}×`;

interface Row {
	figure: string;
	measured: string;
	target: string;
	pass: boolean | undefined;
}

const rows: Row[] = [];
/** How each figure is taken, in figure order (each figure's module gives its own). */
const methods: string[] = [];
const notes: string[] = [];

/** One row of the table; `pass` undefined for a figure that only explains or reports. */
export const add = (
	figure: string,
	measured: string,
	target: string,
	pass: boolean | undefined,
) => {
	rows.push({ figure, measured, target, pass });
	log(
		`${figure}: ${measured} (target ${target}) ${pass === undefined ? '' : pass ? 'pass' : 'FAIL'}`,
	);
};

export const note = (text: string) => {
	notes.push(text);
	log(text);
};
export const method = (text: string) => methods.push(text);

/** Prints the table and, for a full run, writes bench/RESULTS.md. */
export function report(startedAt: Date, loadBefore: number[], complete: boolean) {
	const loadAfter = os.loadavg();
	const cpu = os.cpus();
	const machine = [
		`Date: ${startedAt.toISOString().replace(/\.\d+Z$/, 'Z')}`,
		`Machine: ${cpu.length} × ${cpu[0]?.model.trim() ?? 'CPU'}, ${(os.totalmem() / 2 ** 30).toFixed(1)} GB RAM, ${os.platform()} ${os.release()}`,
		`Node ${process.version}; load average (1 min) ${loadBefore[0].toFixed(2)} at start, ${loadAfter[0].toFixed(2)} at end`,
		`Median of ${RUNS} runs per figure unless a row says otherwise (cold load: ${Math.max(5, RUNS)}); loopback; sandboxes in a child process`,
	];
	const table = [
		'| Figure | Measured | Target | Result |',
		'| --- | --- | --- | --- |',
		...rows.map(
			(row) =>
				`| ${row.figure} | ${row.measured} | ${row.target} | ${row.pass === undefined ? '—' : row.pass ? 'pass' : '**miss**'} |`,
		),
	];
	const markdown = [
		'# Benchmark results',
		'',
		'Written by `npm run bench` (scripts/bench/). Ratios measured in the same run; absolute times',
		'depend on the machine.',
		'',
		...machine.map((line) => `- ${line}`),
		'',
		...table,
		'',
		'How each figure is taken:',
		'',
		...methods.map((text) => `- ${text}`),
		...notes.map((text) => `- ${text}`),
		'',
	].join('\n');
	process.stdout.write(`\n${machine.join('\n')}\n\n${table.join('\n')}\n`);
	if (!complete) return;
	fs.mkdirSync(path.join(REPO, 'bench'), { recursive: true });
	fs.writeFileSync(path.join(REPO, 'bench', 'RESULTS.md'), markdown);
	// Formatted as `npm run lint` (prettier --check .) expects.
	spawnSync(path.join(REPO, 'node_modules', '.bin', 'prettier'), ['--write', 'bench/RESULTS.md'], {
		cwd: REPO,
		stdio: 'ignore',
	});
	log('wrote bench/RESULTS.md');
}
