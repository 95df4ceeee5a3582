#!/usr/bin/env node
// `npm run dev`: the pack built and packed (`npm pack`), the tarball installed into the n8n
// user folder's .n8n/nodes as the README's manual install does it, the sandboxes started, n8n
// from the cache, the sandbox credentials and the example workflows (unmodified) imported, then
// the n8n editor on http://localhost:5678 with a ready owner login. Ctrl+C stops it all.
//
// The n8n user folder persists in the cache (your own workflows survive a restart); the pack,
// the example workflows and the sandbox credentials are re-installed and re-imported on each
// start (sandbox data is in memory).
// Options: --port <n> (default 5678), --fresh (start from an empty user folder), --watch (on
// every change under nodes/ or credentials/: build, pack, reinstall and restart n8n).
// n8n's own loop, `npm run dev:n8n-node` (n8n-node dev), is the other way to work: it runs
// n8n@latest and loads the pack as a custom extension (node types CUSTOM.*), without the
// sandboxes and examples.
import fs from 'node:fs';
import path from 'node:path';

import {
	CACHE,
	OWNER,
	REPO,
	ensureN8n,
	ensureNode,
	installTarball,
	loadExamples,
	log,
	missingFor,
	n8nInstance,
	ownerEnv,
	packManifest,
	packPack,
	startSandboxes,
} from './lib.mjs';
import { addAgentModel } from './openai-stub.mjs';

function parseArgs(argv) {
	const options = { port: 5678, fresh: false, watch: false };
	for (let i = 0; i < argv.length; i++) {
		const arg = argv[i];
		if (arg === '--port') options.port = Number(argv[++i]);
		else if (arg === '--fresh') options.fresh = true;
		else if (arg === '--watch') options.watch = true;
		else throw new Error(`unknown option ${arg}`);
	}
	return options;
}

/** Resolves on the first change under nodes/ or credentials/ (then quiet for 500 ms). */
function nextChange() {
	return new Promise((resolve) => {
		const watchers = [];
		let timer;
		const changed = () => {
			clearTimeout(timer);
			timer = setTimeout(() => {
				for (const watcher of watchers) watcher.close();
				resolve();
			}, 500);
		};
		for (const dir of ['nodes', 'credentials'])
			watchers.push(fs.watch(path.join(REPO, dir), { recursive: true }, changed));
	});
}

async function main() {
	const options = parseArgs(process.argv.slice(2));
	const node = await ensureNode();
	const userFolder = path.join(CACHE, 'dev-user');
	if (options.fresh) fs.rmSync(userFolder, { recursive: true, force: true });
	fs.mkdirSync(userFolder, { recursive: true });
	const tarballs = path.join(CACHE, 'dev-tarball');
	const [n8n, pack] = await Promise.all([ensureN8n(node), packPack(tarballs)]);
	await installTarball(userFolder, pack.tarball);

	const sandboxes = await startSandboxes();
	let editor;
	const stopEditor = async () => {
		if (editor && editor.child.exitCode === null) {
			editor.child.kill('SIGTERM');
			await editor.exited;
		}
	};
	const stop = async (code) => {
		await stopEditor();
		await sandboxes.stop();
		process.exit(code);
	};
	process.once('SIGINT', () => void stop(0));
	process.once('SIGTERM', () => void stop(0));

	try {
		const manifest = packManifest();
		// The AI Agent example's chat model: a scripted OpenAI-compatible server on loopback.
		await addAgentModel(sandboxes, manifest);
		const instance = n8nInstance({ node, n8n, userFolder, port: options.port });
		const sandboxTypes = new Set(Object.values(sandboxes.vendors).map((box) => box.credentialType));
		const examples = loadExamples().filter((example) => {
			const missing = missingFor(example, manifest, sandboxTypes);
			if (missing) log(`not importing ${example.file}: ${missing}`);
			return !missing;
		});
		log(`importing credentials and ${examples.length} example workflow(s)`);
		await instance.importCredentials(sandboxes);
		if (examples.length > 0) await instance.importWorkflows(examples);

		// The owner login, set from the environment.
		Object.assign(instance.env, ownerEnv(n8n));
		log(`starting the n8n editor on ${instance.url}`);
		editor = await instance.start();

		const lines = [
			'',
			`n8n editor:  ${instance.url}`,
			`login:       ${OWNER.email} / ${OWNER.password}`,
			`workflows:   ${examples.map((example) => example.workflow.name).join('; ') || '(none)'}`,
			'sandboxes (credentials already imported):',
			...Object.values(sandboxes.vendors).map((box) => `  ${box.vendor.padEnd(10)} ${box.baseUrl}`),
			`user folder: ${userFolder} (the pack is in .n8n/nodes)`,
			options.watch
				? 'watching nodes/ and credentials/: a change rebuilds, reinstalls and restarts n8n.'
				: 'npm run dev -- --watch rebuilds, reinstalls and restarts n8n on every change.',
			'Ctrl+C stops n8n and the sandboxes.',
			'',
		];
		console.log(lines.join('\n'));

		while (options.watch) {
			const change = nextChange();
			const exited = editor.exited.then((code) => ({ code }));
			const next = await Promise.race([change.then(() => undefined), exited]);
			if (next) return await stop(next.code ?? 0);
			log('change seen: building, packing and reinstalling the pack');
			try {
				const again = await packPack(tarballs);
				await installTarball(userFolder, again.tarball);
			} catch (error) {
				log(`build failed, n8n keeps the previous pack:\n${error.output ?? error.message}`);
				continue;
			}
			await stopEditor();
			log(`restarting the n8n editor on ${instance.url}`);
			editor = await instance.start();
			log('n8n restarted with the new pack: reload the editor page');
		}
		const code = await editor.exited;
		await stop(code ?? 0);
	} catch (error) {
		console.error(`dev failed: ${error.message}`);
		if (error.output) console.error(error.output.split('\n').slice(-30).join('\n'));
		await stop(1);
	}
}

main();
