#!/usr/bin/env node
// `npm run demo`: builds and packs the pack (`npm pack`), installs the tarball into a real n8n
// the way users install it (n8n installed on first run, cached outside the repo), starts the
// vendor sandboxes, imports credentials pointing at them and the example workflows as they are
// in examples/, executes each example headless in that n8n and prints a table. Exits non-zero
// when any example fails.
//
// Options:
//   --install manual     (default) the README's manual install: `npm install --legacy-peer-deps`
//                        of the tarball in the n8n user folder's .n8n/nodes
//   --install community  n8n's own Community Nodes installer (the REST call behind Settings →
//                        Community Nodes → Install), the tarball published to a local registry
//   --vendors            instead, each single-vendor package (n8n-nodes-hivestr, …) alone in
//                        its own n8n, with the vendor's examples
//   --keep (keep the n8n user folder), --json <file> (write the results, used by test:e2e),
//   --only <text> (run only examples whose file name contains it).
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

import {
	PACKAGE,
	buildPack,
	editorSession,
	ensureN8n,
	ensureNode,
	installedModules,
	installTarball,
	installThroughCommunityNodes,
	lastNode,
	loadExamples,
	log,
	missingFor,
	n8nInstance,
	nodeOutput,
	npmRedirect,
	ownerEnv,
	packManifest,
	packPack,
	startRegistry,
	startSandboxes,
	tempUserFolder,
} from './lib.mjs';
import { addAgentModel } from './openai-stub.mjs';

function parseArgs(argv) {
	const options = {
		keep: false,
		json: undefined,
		only: undefined,
		install: 'manual',
		vendors: false,
	};
	for (let i = 0; i < argv.length; i++) {
		const arg = argv[i];
		if (arg === '--keep') options.keep = true;
		else if (arg === '--json') options.json = argv[++i];
		else if (arg === '--only') options.only = argv[++i];
		else if (arg === '--install') options.install = argv[++i];
		else if (arg === '--vendors') options.vendors = true;
		else throw new Error(`unknown option ${arg}`);
	}
	if (!['manual', 'community'].includes(options.install))
		throw new Error(`--install is manual or community, not ${options.install}`);
	return options;
}

/**
 * Installs the packed tarball into `userFolder` through n8n's Community Nodes installer: the
 * tarball published to a local registry, `n8n start` with an owner, the editor's install call.
 */
async function installFromRegistry({ node, n8n, userFolder, tarball, port }) {
	const registryPort = Number(process.env.BR_SALES_REGISTRY_PORT || 5696);
	const registry = await startRegistry({
		folder: path.join(userFolder, 'registry'),
		port: registryPort,
	});
	let editor;
	try {
		await registry.publish(tarball);
		const instance = n8nInstance({
			node,
			n8n,
			userFolder,
			port,
			extraEnv: {
				...ownerEnv(n8n),
				// The editor's install box is for packages n8n has not vetted ("unverified").
				N8N_UNVERIFIED_PACKAGES_ENABLED: 'true',
				N8N_LOG_LEVEL: process.env.N8N_LOG_LEVEL || 'warn',
			},
		});
		instance.env.PATH = `${npmRedirect(userFolder, registry.url)}${path.delimiter}${instance.env.PATH}`;
		log(`starting n8n on ${instance.url} to install ${PACKAGE} from ${registry.url}`);
		editor = await instance.start({ quiet: true });
		const session = await editorSession(instance.url);
		const result = await installThroughCommunityNodes(session, PACKAGE);
		const listed = await session('/rest/community-packages');
		return { how: 'community', ...result, listed: listed.body.data ?? listed.body };
	} finally {
		if (editor?.child.exitCode === null) {
			editor.child.kill('SIGTERM');
			await editor.exited;
		}
		await registry.stop();
	}
}

/** Runs every example; returns one result per example and how the pack was installed. Shared with test:e2e. */
export async function runDemo(options = {}) {
	const how = options.install ?? 'manual';
	const started = Date.now();
	const node = await ensureNode();
	const userFolder = tempUserFolder();
	const results = [];
	let install;
	let sandboxes;
	try {
		const [n8n, pack] = await Promise.all([
			ensureN8n(node),
			packPack(path.join(userFolder, 'tarball')),
		]);
		// Headless runs serve no editor, but n8n's task broker listens on port + 1: keep clear of
		// `npm run dev` (5678/5679).
		const port = Number(process.env.BR_SALES_DEMO_PORT || 5688);
		install =
			how === 'community'
				? await installFromRegistry({ node, n8n, userFolder, tarball: pack.tarball, port })
				: { how, ...(await installTarball(userFolder, pack.tarball)) };
		install.tarball = {
			file: path.basename(pack.tarball),
			size: pack.info.size,
			files: pack.info.entryCount,
		};
		install.modules = installedModules(userFolder);

		sandboxes = await startSandboxes();
		// The AI Agent example's chat model: a scripted OpenAI-compatible server on loopback.
		const manifest = packManifest();
		await addAgentModel(sandboxes, manifest);
		const instance = n8nInstance({ node, n8n, userFolder, port });
		const sandboxTypes = new Set(Object.values(sandboxes.vendors).map((box) => box.credentialType));

		const examples = loadExamples().filter(
			(example) => !options.only || example.file.includes(options.only),
		);
		const runnable = [];
		for (const example of examples) {
			const missing = missingFor(example, manifest, sandboxTypes);
			if (missing) results.push({ example, status: 'skipped', reason: missing });
			else runnable.push(example);
		}

		log(
			`importing credentials and ${runnable.length} workflow(s) into n8n (user folder ${userFolder})`,
		);
		await instance.importCredentials(sandboxes);
		if (runnable.length > 0) await instance.importWorkflows(runnable);

		for (const example of runnable) {
			log(`executing ${example.file}`);
			const outcome = await instance.execute(example.workflow.id);
			const last = lastNode(example.workflow);
			const items = outcome.runData ? nodeOutput(outcome.runData, last) : [];
			const outputs = {};
			for (const n of example.workflow.nodes) {
				if (outcome.runData?.data?.resultData?.runData?.[n.name])
					outputs[n.name] = nodeOutput(outcome.runData, n.name);
			}
			results.push({
				example,
				status: outcome.ok ? 'passed' : 'failed',
				items: items.length,
				ms: outcome.ms,
				lastNode: last,
				outputs,
				error: outcome.error,
			});
		}
	} finally {
		await sandboxes?.stop();
		if (!options.keep) fs.rmSync(userFolder, { recursive: true, force: true });
		else log(`n8n user folder kept: ${userFolder}`);
	}
	results.sort((a, b) => a.example.file.localeCompare(b.example.file));
	return { results, install, ms: Date.now() - started };
}

/**
 * Each single-vendor package (scripts/release/vendor-packages.mjs) alone in its own n8n: the
 * tarball installed by hand, only its credentials imported, and the vendor's examples run with
 * their node types named by that package (`n8n-nodes-hivestr.hivestr`). Shared with test:e2e.
 */
export async function runVendorPackages(options = {}) {
	const started = Date.now();
	const node = await ensureNode();
	const root = tempUserFolder();
	const packages = [];
	let sandboxes;
	try {
		const [n8n] = await Promise.all([ensureN8n(node), buildPack()]);
		const { buildVendorPackages, packVendor } = await import('../release/vendor-packages.mjs');
		const built = buildVendorPackages();
		sandboxes = await startSandboxes();
		const port = Number(process.env.BR_SALES_DEMO_PORT || 5688);
		for (const { vendor, dir } of built) {
			const manifest = packManifest(dir);
			const { tarball, info } = packVendor(dir);
			const userFolder = path.join(root, vendor.package);
			const install = await installTarball(userFolder, tarball);
			const instance = n8nInstance({ node, n8n, userFolder, port });
			const examples = loadExamples()
				.filter((example) => !options.only || example.file.includes(options.only))
				.filter((example) => example.nodeTypes.every((type) => manifest.nodeTypes.has(type)))
				.map((example) => ({
					...example,
					workflow: {
						...example.workflow,
						nodes: example.workflow.nodes.map((n) =>
							n.type.startsWith(`${PACKAGE}.`)
								? { ...n, type: `${vendor.package}.${n.type.slice(PACKAGE.length + 1)}` }
								: n,
						),
					},
				}));
			log(`${vendor.package}: importing its credentials and ${examples.length} example(s)`);
			await instance.importCredentials(sandboxes, { types: manifest.credentialTypes });
			if (examples.length > 0) await instance.importWorkflows(examples);
			const results = [];
			for (const example of examples) {
				log(`${vendor.package}: executing ${example.file}`);
				const outcome = await instance.execute(example.workflow.id);
				const last = lastNode(example.workflow);
				results.push({
					example,
					status: outcome.ok ? 'passed' : 'failed',
					items: outcome.runData ? nodeOutput(outcome.runData, last).length : 0,
					ms: outcome.ms,
					error: outcome.error,
				});
			}
			packages.push({
				name: vendor.package,
				tarball: { file: info.filename, size: info.size, files: info.entryCount },
				nodeTypes: [...manifest.nodeTypes].sort(),
				credentialTypes: [...manifest.credentialTypes].sort(),
				installMs: install.ms,
				modules: installedModules(userFolder),
				results,
			});
		}
	} finally {
		await sandboxes?.stop();
		if (!options.keep) fs.rmSync(root, { recursive: true, force: true });
		else log(`n8n user folders kept under ${root}`);
	}
	return { packages, ms: Date.now() - started };
}

export function printTable(results, totalMs) {
	const rows = results.map((result) => [
		result.example.workflow.name,
		result.status === 'passed' ? 'passed' : result.status === 'skipped' ? 'skipped' : 'FAILED',
		result.items === undefined ? '-' : String(result.items),
		result.ms === undefined ? '-' : `${(result.ms / 1000).toFixed(1)} s`,
	]);
	const header = ['Workflow', 'Status', 'Items', 'Time'];
	const widths = header.map((title, column) =>
		Math.max(title.length, ...rows.map((row) => row[column].length)),
	);
	const line = (cells) =>
		`| ${cells.map((cell, column) => cell.padEnd(widths[column])).join(' | ')} |`;
	const out = [
		line(header),
		`|${widths.map((width) => '-'.repeat(width + 2)).join('|')}|`,
		...rows.map(line),
	];
	console.log(`\n${out.join('\n')}\n`);
	for (const result of results) {
		if (result.status === 'failed') console.log(`FAILED ${result.example.file}: ${result.error}`);
		if (result.status === 'skipped')
			console.log(`skipped ${result.example.file}: ${result.reason}`);
	}
	const passed = results.filter((result) => result.status === 'passed').length;
	const failed = results.filter((result) => result.status === 'failed').length;
	const skipped = results.filter((result) => result.status === 'skipped').length;
	console.log(
		`${passed} passed, ${failed} failed, ${skipped} skipped in ${(totalMs / 1000).toFixed(1)} s (inside n8n, on the local sandboxes)`,
	);
}

/** One line on how the pack got into n8n and how long that took. */
export function describeInstall(install) {
	const how =
		install.how === 'community'
			? "n8n's Community Nodes installer, from a local npm registry"
			: 'npm install --legacy-peer-deps in .n8n/nodes';
	return `${install.tarball.file} (${(install.tarball.size / 1024).toFixed(1)} kB) installed through ${how} in ${(install.ms / 1000).toFixed(1)} s; .n8n/nodes/node_modules: ${install.modules.join(', ')}`;
}

async function main() {
	const options = parseArgs(process.argv.slice(2));
	if (options.vendors) {
		const { packages, ms } = await runVendorPackages(options);
		let failed = false;
		for (const pkg of packages) {
			console.log(
				`\n${pkg.name} (${pkg.tarball.file}, ${(pkg.tarball.size / 1024).toFixed(1)} kB), installed alone in ${(pkg.installMs / 1000).toFixed(1)} s: ${pkg.nodeTypes.join(', ')}`,
			);
			for (const result of pkg.results) {
				console.log(
					`  ${result.status.padEnd(6)} ${result.example.file}${result.error ? `: ${result.error}` : ''}`,
				);
				failed ||= result.status !== 'passed';
			}
			failed ||= pkg.results.length === 0;
		}
		console.log(`\n${packages.length} single-vendor packages in ${(ms / 1000).toFixed(1)} s`);
		process.exitCode = failed ? 1 : 0;
		return;
	}
	const { results, install, ms } = await runDemo(options);
	printTable(results, ms);
	console.log(describeInstall(install));
	if (options.json) {
		const plain = results.map(({ example, ...rest }) => ({
			file: example.file,
			name: example.workflow.name,
			...rest,
		}));
		fs.writeFileSync(options.json, JSON.stringify({ ms, install, results: plain }, null, 2));
	}
	const failed = results.some((result) => result.status === 'failed');
	const ran = results.some((result) => result.status === 'passed');
	process.exitCode = failed || !ran ? 1 : 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
	main().catch((error) => {
		console.error(`demo failed: ${error.message}`);
		if (error.output) console.error(error.output.split('\n').slice(-30).join('\n'));
		process.exitCode = 1;
	});
}
