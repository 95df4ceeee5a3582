// Figure 5: cold load of the whole pack and the packed tarball's size.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

import { REPO, RUNS } from './config';
import { add, median, method } from './report';

method(
	'5: a fresh Node.js process requires and instantiates every node and credential registered in package.json (n8n-workflow loaded first, untimed, as in n8n); the tarball is `npm pack --dry-run`.',
);

export function figureFive() {
	const pkg = JSON.parse(fs.readFileSync(path.join(REPO, 'package.json'), 'utf8')) as {
		n8n: { nodes: string[]; credentials: string[] };
	};
	const files = [...pkg.n8n.credentials, ...pkg.n8n.nodes].map((file) => path.join(REPO, file));
	for (const file of files)
		if (!fs.existsSync(file)) throw new Error(`${file} missing: run npm run build`);
	// n8n has n8n-workflow loaded before it loads a community pack; it is loaded first, untimed.
	const script = `
		require('n8n-workflow');
		const { performance } = require('node:perf_hooks');
		const started = performance.now();
		for (const file of ${JSON.stringify(files)}) {
			const exports = require(file);
			for (const value of Object.values(exports)) if (typeof value === 'function') new value();
		}
		process.stdout.write(String(performance.now() - started));`;
	const times: number[] = [];
	for (let run = 0; run < Math.max(5, RUNS); run++) {
		const child = spawnSync(process.execPath, ['-e', script], { cwd: REPO, encoding: 'utf8' });
		if (child.status !== 0) throw new Error(child.stderr);
		times.push(Number(child.stdout));
	}
	const load = median(times);
	add(
		`5. Cold load: require + instantiate all ${files.length} nodes and credentials`,
		`${load.toFixed(1)} ms`,
		'< 100 ms',
		load < 100,
	);
	const packed = spawnSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {
		cwd: REPO,
		encoding: 'utf8',
	});
	const [info] = JSON.parse(packed.stdout) as Array<{
		size: number;
		unpackedSize: number;
		entryCount: number;
	}>;
	add(
		'5. Packed tarball size',
		`${(info.size / 1024).toFixed(1)} KB (${info.entryCount} files, ${(info.unpackedSize / 1024).toFixed(0)} KB unpacked)`,
		'< 300 KB',
		info.size < 300 * 1024,
	);
}
