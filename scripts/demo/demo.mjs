#!/usr/bin/env node
// `npm run demo`: builds the pack, starts the vendor sandboxes, installs n8n on first run
// (cached outside the repo), imports credentials pointing at the sandboxes and the example
// workflows, executes each example headless in that real n8n and prints a table. Exits
// non-zero when any example fails.
//
// Options: --keep (keep the n8n user folder), --json <file> (write the results, used by
// test:e2e), --all-nodes (load every built node, also those package.json does not register yet),
// --only <text> (run only examples whose file name contains it).
import fs from 'node:fs';
import { pathToFileURL } from 'node:url';

import {
	buildPack,
	ensureN8n,
	ensureNode,
	lastNode,
	loadExamples,
	log,
	missingFor,
	n8nInstance,
	nodeOutput,
	packManifest,
	stagePack,
	startSandboxes,
	tempUserFolder,
} from './lib.mjs';
import { startOpenAiStub } from './openai-stub.mjs';

function parseArgs(argv) {
	const options = { keep: false, json: undefined, allNodes: false, only: undefined };
	for (let i = 0; i < argv.length; i++) {
		const arg = argv[i];
		if (arg === '--keep') options.keep = true;
		else if (arg === '--all-nodes') options.allNodes = true;
		else if (arg === '--json') options.json = argv[++i];
		else if (arg === '--only') options.only = argv[++i];
		else throw new Error(`unknown option ${arg}`);
	}
	if (process.env.BR_SALES_DEMO_ALL_NODES === '1') options.allNodes = true;
	return options;
}

/** Runs every example; returns one result per example. Shared with test:e2e. */
export async function runDemo(options = {}) {
	const started = Date.now();
	const node = await ensureNode();
	const [n8n] = await Promise.all([ensureN8n(node), buildPack()]);
	const sandboxes = await startSandboxes();
	// The AI Agent example's chat model: a scripted OpenAI-compatible server on loopback.
	const model = await startOpenAiStub();
	sandboxes.vendors.model = {
		vendor: 'OpenAI',
		credentialType: 'openAiApi',
		credentials: model.credential,
		stop: model.stop,
	};
	const userFolder = tempUserFolder();
	const results = [];
	try {
		const manifest = packManifest();
		// n8n's own credential for the stub, and the `<node>Tool` variants n8n makes of our nodes.
		manifest.credentialTypes.add('openAiApi');
		for (const type of [...manifest.nodeTypes]) manifest.nodeTypes.add(`${type}Tool`);
		const packDir = stagePack(userFolder, manifest, { allNodes: options.allNodes });
		if (options.allNodes) {
			// Every built node is loaded; treat them all as registered.
			for (const example of loadExamples()) {
				example.nodeTypes.forEach((type) => manifest.nodeTypes.add(type));
				example.credentialTypes.forEach((type) => manifest.credentialTypes.add(type));
			}
		}
		// Headless runs serve no editor, but n8n's task broker listens on port + 1: keep clear of
		// `npm run dev` (5678/5679).
		const port = Number(process.env.BR_SALES_DEMO_PORT || 5688);
		const instance = n8nInstance({ node, n8n, userFolder, packDir, port });
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
		await sandboxes.stop();
		if (!options.keep) fs.rmSync(userFolder, { recursive: true, force: true });
		else log(`n8n user folder kept: ${userFolder}`);
	}
	results.sort((a, b) => a.example.file.localeCompare(b.example.file));
	return { results, ms: Date.now() - started };
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

async function main() {
	const options = parseArgs(process.argv.slice(2));
	const { results, ms } = await runDemo(options);
	printTable(results, ms);
	if (options.json) {
		const plain = results.map(({ example, ...rest }) => ({
			file: example.file,
			name: example.workflow.name,
			...rest,
		}));
		fs.writeFileSync(options.json, JSON.stringify({ ms, results: plain }, null, 2));
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
