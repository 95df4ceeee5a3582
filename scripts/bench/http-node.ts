// n8n's HTTP Request node, from the n8n install the demo caches (or our own small cache).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';

import type { IConnections, IDataObject, INode, INodeType } from 'n8n-workflow';

import type { WorkflowHarness } from '../../harness/run-workflow';
import type { WorkflowResult } from '../../harness/run-workflow';
import { CACHE, NODES_BASE_VERSION } from './config';
import type { SeenRequest } from './proxy';
import { log } from './report';
import { CREDENTIAL_ID, HTTP_TYPE } from './vendors';
import type { VendorCase } from './vendors';

function nodesBaseDir(): string {
	const candidates: string[] = [];
	if (fs.existsSync(CACHE)) {
		for (const entry of fs.readdirSync(CACHE).sort().reverse()) {
			candidates.push(path.join(CACHE, entry, 'node_modules', 'n8n-nodes-base'));
		}
	}
	for (const candidate of candidates) {
		if (fs.existsSync(path.join(candidate, 'dist', 'nodes', 'HttpRequest', 'HttpRequest.node.js')))
			return candidate;
	}
	const dir = path.join(CACHE, `n8n-nodes-base-${NODES_BASE_VERSION}`);
	log(`installing n8n-nodes-base@${NODES_BASE_VERSION} into ${dir} (first run only)`);
	fs.mkdirSync(dir, { recursive: true });
	fs.writeFileSync(path.join(dir, 'package.json'), '{ "private": true }\n');
	const installed = spawnSync(
		'npm',
		[
			'install',
			`n8n-nodes-base@${NODES_BASE_VERSION}`,
			'--ignore-scripts',
			'--no-audit',
			'--no-fund',
			'--loglevel=error',
		],
		{ cwd: dir, stdio: 'inherit' },
	);
	if (installed.status !== 0) throw new Error('could not install n8n-nodes-base');
	return path.join(dir, 'node_modules', 'n8n-nodes-base');
}

export const HTTP_VERSION = 4.2;

export function httpRequestNode(): { type: INodeType; version: string } {
	const dir = nodesBaseDir();
	// eslint-disable-next-line @typescript-eslint/no-require-imports
	const { HttpRequest } = require(
		path.join(dir, 'dist', 'nodes', 'HttpRequest', 'HttpRequest.node.js'),
	) as {
		HttpRequest: new () => { getNodeType(version: number): INodeType };
	};
	const version = (
		JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8')) as { version: string }
	).version;
	return { type: new HttpRequest().getNodeType(HTTP_VERSION), version };
}

export async function runHttpNode(
	harness: WorkflowHarness,
	vc: VendorCase,
	seen: SeenRequest,
	baseOrigin: string,
	items: number,
	{ batch, failuresAsItems = false }: HttpRunOptions = {},
): Promise<number> {
	return (await runHttpNodeFor(harness, vc, seen, baseOrigin, items, { batch, failuresAsItems }))
		.ms;
}

interface HttpRunOptions {
	/** The node's Batching option: this many items, then a pause (ms). */
	batch?: { size: number; intervalMs: number };
	/** "On Error: Continue": a refused item becomes an output item instead of failing the run. */
	failuresAsItems?: boolean;
}

/** Runs the HTTP Request node once over `items`: wall time, and how many items failed. */
export async function runHttpNodeFor(
	harness: WorkflowHarness,
	vc: VendorCase,
	seen: SeenRequest,
	baseOrigin: string,
	items: number,
	{ batch, failuresAsItems = false }: HttpRunOptions = {},
): Promise<{ ms: number; failed: number }> {
	const options: IDataObject =
		batch === undefined
			? {}
			: { batching: { batch: { batchSize: batch.size, batchInterval: batch.intervalMs } } };
	const nodes: INode[] = [
		{
			id: 'start',
			name: 'Start',
			type: 'harness.start',
			typeVersion: 1,
			position: [0, 0],
			parameters: { items: JSON.stringify(Array.from({ length: items }, () => ({}))) },
		},
		{
			id: 'http',
			name: 'HTTP Request',
			type: HTTP_TYPE,
			typeVersion: HTTP_VERSION,
			position: [200, 0],
			parameters: {
				method: seen.method,
				url: baseOrigin + seen.path,
				authentication: 'predefinedCredentialType',
				nodeCredentialType: vc.credentialType.name,
				sendBody: true,
				contentType: 'json',
				specifyBody: 'json',
				jsonBody: seen.body,
				options: options as INode['parameters'],
			},
			credentials: { [vc.credentialType.name]: { id: CREDENTIAL_ID, name: CREDENTIAL_ID } },
			...(failuresAsItems ? { onError: 'continueRegularOutput' as const } : {}),
		},
	];
	const connections: IConnections = {
		Start: { main: [[{ node: 'HTTP Request', type: 'main', index: 0 }]] },
	};
	const started = performance.now();
	const result: WorkflowResult = await harness.run(nodes, connections);
	const ms = performance.now() - started;
	if (result.error !== undefined)
		throw new Error(`HTTP Request (${vc.label}): ${result.error.message}`);
	const out = result.output('HTTP Request');
	if (out.length !== items) throw new Error(`HTTP Request (${vc.label}): ${out.length} items out`);
	const failed = out.filter((json) => (json as IDataObject).error !== undefined).length;
	return { ms, failed };
}
