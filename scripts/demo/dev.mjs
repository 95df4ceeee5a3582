#!/usr/bin/env node
// `npm run dev`: the same setup as `npm run demo` (pack built, sandboxes started, n8n from the
// cache, credentials and examples imported), then the n8n editor on http://localhost:5678 with
// a ready owner login, so the examples can be opened and run by hand. Ctrl+C stops it all.
//
// The n8n user folder persists in the cache (your own workflows survive a restart); the example
// workflows and sandbox credentials are re-imported on each start (sandbox data is in memory).
// Options: --port <n> (default 5678), --all-nodes (also nodes package.json does not register yet),
// --fresh (start from an empty user folder).
import fs from 'node:fs';
import path from 'node:path';

import {
	CACHE,
	OWNER,
	buildPack,
	ensureN8n,
	ensureNode,
	loadExamples,
	log,
	missingFor,
	n8nInstance,
	ownerEnv,
	packManifest,
	stagePack,
	startSandboxes,
} from './lib.mjs';

function parseArgs(argv) {
	const options = {
		port: 5678,
		allNodes: process.env.BR_SALES_DEMO_ALL_NODES === '1',
		fresh: false,
	};
	for (let i = 0; i < argv.length; i++) {
		const arg = argv[i];
		if (arg === '--port') options.port = Number(argv[++i]);
		else if (arg === '--all-nodes') options.allNodes = true;
		else if (arg === '--fresh') options.fresh = true;
		else throw new Error(`unknown option ${arg}`);
	}
	return options;
}

async function main() {
	const options = parseArgs(process.argv.slice(2));
	const node = await ensureNode();
	const [n8n] = await Promise.all([ensureN8n(node), buildPack()]);
	const userFolder = path.join(CACHE, 'dev-user');
	if (options.fresh) fs.rmSync(userFolder, { recursive: true, force: true });
	fs.mkdirSync(userFolder, { recursive: true });

	const sandboxes = await startSandboxes();
	let child;
	const stop = async (code) => {
		if (child && child.exitCode === null) child.kill('SIGTERM');
		await sandboxes.stop();
		process.exit(code);
	};
	process.once('SIGINT', () => void stop(0));
	process.once('SIGTERM', () => void stop(0));

	try {
		const manifest = packManifest();
		const packDir = stagePack(userFolder, manifest, { allNodes: options.allNodes });
		const instance = n8nInstance({ node, n8n, userFolder, packDir, port: options.port });
		const sandboxTypes = new Set(Object.values(sandboxes.vendors).map((box) => box.credentialType));
		const examples = loadExamples().filter((example) => {
			const missing = options.allNodes
				? missingFor(
						example,
						{ nodeTypes: { has: () => true }, credentialTypes: { has: () => true } },
						sandboxTypes,
					)
				: missingFor(example, manifest, sandboxTypes);
			if (missing) log(`not importing ${example.file}: ${missing}`);
			return !missing;
		});
		log(`importing credentials and ${examples.length} example workflow(s)`);
		await instance.importCredentials(sandboxes);
		if (examples.length > 0) await instance.importWorkflows(examples);

		// The owner login, set from the environment.
		Object.assign(instance.env, ownerEnv(n8n));
		log(`starting the n8n editor on ${instance.url}`);
		const started = await instance.start();
		child = started.child;

		const lines = [
			'',
			`n8n editor:  ${instance.url}`,
			`login:       ${OWNER.email} / ${OWNER.password}`,
			`workflows:   ${examples.map((example) => example.workflow.name).join('; ') || '(none)'}`,
			'sandboxes (credentials already imported):',
			...Object.values(sandboxes.vendors).map((box) => `  ${box.vendor.padEnd(10)} ${box.baseUrl}`),
			`user folder: ${userFolder}`,
			'Ctrl+C stops n8n and the sandboxes.',
			'',
		];
		console.log(lines.join('\n'));
		const code = await started.exited;
		await stop(code ?? 0);
	} catch (error) {
		console.error(`dev failed: ${error.message}`);
		if (error.output) console.error(error.output.split('\n').slice(-30).join('\n'));
		await stop(1);
	}
}

main();
