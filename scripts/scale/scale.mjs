// `npm run test:scale` (through test/e2e/scale.e2e.mjs), or `node scripts/scale/scale.mjs`:
// the pack on n8n in queue mode (main + 2 workers, Redis, PostgreSQL) against the sandboxes,
// next to the same load on one n8n process in regular mode, and a table of both.
import crypto from 'node:crypto';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { CACHE, ensureN8n, ensureNode, log, REPO, run } from '../demo/lib.mjs';
import { clusterEnv, installPack, MAIN_PORT, n8nCli, packTarball, startN8n } from './cluster.mjs';
import { collector, recordingProxy } from './proxy.mjs';
import { ensureDebianPackages, startPostgres, startRedis } from './services.mjs';

/**
 * The eGestor sandbox's window, scaled from the documented 60 s so the run stays short; the
 * limit stays the documented 60 a window, and the installed pack is told the same window.
 */
export const WINDOW_MS = Number(process.env.BR_SALES_SCALE_WINDOW_MS || 20_000);
export const LIMIT = 60;
const TOKEN_LIFETIME_S = 10;
const EXECUTIONS = 4;
const ITEMS = 40;
const OAUTH_EXECUTIONS = 2;
const TRIGGER_BATCHES = [5, 5];

const uuid = () => crypto.randomUUID();

const IDS = {
	eGestorApi: { id: 'scaleEGestorPers', name: 'eGestor personal token (scale)' },
	eGestorOAuth2Api: { id: 'scaleEGestorOAu2', name: 'eGestor OAuth2 (scale)' },
	woofedCrmApi: { id: 'scaleWoofedCrmAp', name: 'WoofedCRM (scale)' },
};

/** Webhook → one item per entry of `body.items` → the create node (failed items kept). */
function webhookWorkflow(id, name, webhookPath, create) {
	return {
		id,
		name,
		active: false,
		settings: { executionOrder: 'v1' },
		nodes: [
			{
				id: uuid(),
				name: 'Webhook',
				type: 'n8n-nodes-base.webhook',
				typeVersion: 2,
				position: [0, 0],
				webhookId: uuid(),
				parameters: {
					httpMethod: 'POST',
					path: webhookPath,
					responseMode: 'lastNode',
					responseData: 'allEntries',
					options: {},
				},
			},
			{
				id: uuid(),
				name: 'Items',
				type: 'n8n-nodes-base.splitOut',
				typeVersion: 1,
				position: [220, 0],
				parameters: { fieldToSplitOut: 'body.items', options: {} },
			},
			{
				id: uuid(),
				position: [440, 0],
				onError: 'continueRegularOutput',
				...create,
				name: 'Create',
			},
		],
		connections: {
			Webhook: { main: [[{ node: 'Items', type: 'main', index: 0 }]] },
			Items: { main: [[{ node: 'Create', type: 'main', index: 0 }]] },
		},
	};
}

const eGestorCreate = (authentication, credentialType) => ({
	type: 'n8n-nodes-br-sales.eGestor',
	typeVersion: 1,
	parameters: {
		authentication,
		resource: 'contact',
		operation: 'create',
		nome: '={{ $json.nome }}',
		tipo: ['cliente'],
	},
	credentials: { [credentialType]: IDS[credentialType] },
});

function workflows(collectorUrl) {
	return [
		webhookWorkflow(
			'scaleEGestorFlow',
			'Scale: eGestor creates',
			'scale-egestor',
			eGestorCreate('personalToken', 'eGestorApi'),
		),
		webhookWorkflow(
			'scaleOAuthFlow00',
			'Scale: eGestor OAuth2 creates',
			'scale-egestor-oauth',
			eGestorCreate('oAuth2', 'eGestorOAuth2Api'),
		),
		webhookWorkflow('scaleWoofedFlow0', 'Scale: WoofedCRM creates', 'scale-woofed', {
			type: 'n8n-nodes-br-sales.woofedCrm',
			typeVersion: 1,
			parameters: {
				resource: 'contact',
				operation: 'create',
				contactFields: { full_name: '={{ $json.name }}', email: '={{ $json.email }}' },
			},
			credentials: { woofedCrmApi: IDS.woofedCrmApi },
		}),
		{
			id: 'scaleTriggerFlow',
			name: 'Scale: WoofedCRM new deals',
			active: false,
			settings: { executionOrder: 'v1' },
			nodes: [
				{
					id: uuid(),
					name: 'New Deal',
					type: 'n8n-nodes-br-sales.woofedCrmTrigger',
					typeVersion: 1,
					position: [0, 0],
					parameters: { event: 'newDeal', pollTimes: { item: [{ mode: 'everyMinute' }] } },
					credentials: { woofedCrmApi: IDS.woofedCrmApi },
				},
				{
					id: uuid(),
					name: 'Report',
					type: 'n8n-nodes-base.httpRequest',
					typeVersion: 4.2,
					position: [220, 0],
					parameters: {
						method: 'POST',
						url: collectorUrl,
						sendBody: true,
						specifyBody: 'json',
						jsonBody: '={{ JSON.stringify({ id: $json.id, name: $json.name }) }}',
						options: {},
					},
				},
			],
			connections: { 'New Deal': { main: [[{ node: 'Report', type: 'main', index: 0 }]] } },
		},
	];
}

/** Compiles and starts the eGestor and WoofedCRM sandboxes, each behind a recording proxy. */
async function startVendors() {
	const tsc = path.join(REPO, 'node_modules', 'typescript', 'bin', 'tsc');
	await run(process.execPath, [tsc, '-p', 'sandbox'], { cwd: REPO, quiet: true }).catch((error) => {
		if (!fs.existsSync(path.join(REPO, 'dist-sandbox', 'sandbox', 'index.js'))) throw error;
	});
	const sandbox = createRequire(import.meta.url)(
		path.join(REPO, 'dist-sandbox', 'sandbox', 'index.js'),
	);
	const running = await sandbox.startSandboxes({
		vendors: ['egestor', 'woofedcrm'],
		vendorOptions: {
			egestor: {
				rateLimit: LIMIT,
				rateWindowMs: WINDOW_MS,
				accessTokenLifetimeSeconds: TOKEN_LIFETIME_S,
			},
		},
	});
	const egestor = running.vendors.egestor;
	const woofed = running.vendors.woofedcrm;
	const egestorOrigin = new URL(egestor.baseUrl).origin;
	const egestorProxy = await recordingProxy(egestorOrigin);
	const woofedProxy = await recordingProxy(woofed.credentials.baseUrl);
	const viaProxy = (url, proxy, origin) => url.replace(origin, proxy.origin);
	return {
		egestor,
		woofed,
		egestorProxy,
		woofedProxy,
		egestorCredentials: {
			...egestor.credentials,
			baseUrl: viaProxy(egestor.credentials.baseUrl, egestorProxy, egestorOrigin),
			accessTokenUrl: viaProxy(egestor.credentials.accessTokenUrl, egestorProxy, egestorOrigin),
		},
		oauthCredentials: Object.fromEntries(
			Object.entries(egestor.alternatives[0].credentials).map(([key, value]) => [
				key,
				typeof value === 'string' ? viaProxy(value, egestorProxy, egestorOrigin) : value,
			]),
		),
		woofedCredentials: { ...woofed.credentials, baseUrl: woofedProxy.origin },
		async stop() {
			await egestorProxy.stop();
			await woofedProxy.stop();
			await running.stop();
		},
	};
}

/** An authorization-code grant done the way the editor's Connect button does it. */
async function oauthTokens(credentials) {
	const authorize = new URL(credentials.authUrl);
	authorize.search = new URLSearchParams({
		response_type: 'code',
		client_id: credentials.clientId,
		redirect_uri: 'urn:ietf:wg:oauth:2.0:oob',
	}).toString();
	const { code } = await (await fetch(authorize)).json();
	const answer = await fetch(credentials.accessTokenUrl, {
		method: 'POST',
		headers: { 'content-type': 'application/json' },
		body: JSON.stringify({
			grant_type: 'authorization_code',
			code,
			client_id: credentials.clientId,
			client_secret: credentials.clientSecret,
			redirect_uri: 'urn:ietf:wg:oauth:2.0:oob',
		}),
	});
	if (!answer.ok)
		throw new Error(`OAuth2 code exchange failed: ${answer.status} ${await answer.text()}`);
	return await answer.json();
}

/** POSTs the items to a production webhook; resolves with the Create node's output items. */
async function callWebhook(webhookPath, items) {
	const answer = await fetch(`http://127.0.0.1:${MAIN_PORT}/webhook/${webhookPath}`, {
		method: 'POST',
		headers: { 'content-type': 'application/json' },
		body: JSON.stringify({ items }),
		signal: AbortSignal.timeout(15 * 60_000),
	});
	const text = await answer.text();
	if (!answer.ok) throw new Error(`webhook ${webhookPath}: ${answer.status} ${text.slice(0, 500)}`);
	const body = JSON.parse(text);
	return Array.isArray(body) ? body : [body];
}

const startedExecutions = (cluster) =>
	Object.fromEntries(
		cluster.processes
			.filter((p) => p.name.startsWith('worker'))
			.map((p) => [p.name, (p.output().match(/Worker started execution/g) ?? []).length]),
	);

/** `executions` webhook calls at once, each with ITEMS items, and what the vendor saw. */
async function createRun({
	cluster,
	proxy,
	webhookPath,
	createPath,
	prefix,
	executions,
	item,
	keyOf,
}) {
	const before = cluster === undefined ? {} : startedExecutions(cluster);
	const seenBefore = proxy.requests.length;
	const started = Date.now();
	const outputs = await Promise.all(
		Array.from({ length: executions }, (_, run) =>
			callWebhook(
				webhookPath,
				Array.from({ length: ITEMS }, (__, index) => item(`${prefix}${run}-${index}`)),
			),
		),
	);
	const wall = Date.now() - started;
	const items = outputs.flat();
	const creates = proxy.requests
		.slice(seenBefore)
		.filter(
			(request) =>
				request.method === 'POST' &&
				request.path.endsWith(createPath) &&
				String(keyOf(request.body) ?? '').startsWith(prefix),
		);
	const accepted = creates.filter((request) => request.status >= 200 && request.status < 300);
	const perKey = new Map();
	for (const request of accepted) {
		const key = keyOf(request.body);
		perKey.set(key, (perKey.get(key) ?? 0) + 1);
	}
	const expected = executions * ITEMS;
	const first = Math.min(...creates.map((request) => request.at));
	const last = Math.max(...accepted.map((request) => request.endedAt));
	const after = cluster === undefined ? {} : startedExecutions(cluster);
	return {
		items: items.length,
		failed: items.filter((json) => json?.error !== undefined).length,
		failures: [
			...new Set(
				items
					.filter((json) => json?.error)
					.map((json) => `${json.error} ${json.description ?? ''}`),
			),
		].slice(0, 3),
		expected,
		createdOnce: [...perKey.values()].filter((count) => count === 1).length,
		duplicates: [...perKey.values()].filter((count) => count > 1).length,
		requests: creates.length,
		throttled: creates.filter((request) => request.status === 429).length,
		wallMs: wall,
		vendorMs: last - first,
		perWorker: Object.fromEntries(
			Object.entries(after).map(([name, count]) => [name, count - (before[name] ?? 0)]),
		),
	};
}

/** The fastest any client can make `n` requests at LIMIT a WINDOW_MS (fixed windows). */
export const fastestMs = (n) => Math.floor((n - 1) / LIMIT) * WINDOW_MS;

async function tokenStats(proxy, since) {
	const exchanges = proxy.requests
		.slice(since)
		.filter((request) => request.path.startsWith('/api/oauth/access_token'));
	const of = (grant) => exchanges.filter((request) => request.body?.grant_type === grant);
	return {
		personal: of('personal').length,
		refreshes: of('refresh_token').filter((request) => request.status === 200).length,
		refused: of('refresh_token').filter((request) => request.status !== 200).length,
	};
}

/** New deals through the WoofedCRM API in batches; waits for the trigger to emit each batch. */
async function triggerRun(vendors, inbox) {
	const { baseUrl, accountId, apiToken } = vendors.woofed.credentials;
	const api = async (pathname, body) => {
		const answer = await fetch(`${baseUrl}/api/v1/accounts/${accountId}${pathname}`, {
			method: 'POST',
			headers: { authorization: `Bearer ${apiToken}`, 'content-type': 'application/json' },
			body: JSON.stringify(body),
		});
		if (!answer.ok)
			throw new Error(`WoofedCRM ${pathname}: ${answer.status} ${await answer.text()}`);
		return await answer.json();
	};
	const contact = await api('/contacts', {
		full_name: 'Scale trigger',
		email: 'trigger@scale.test',
	});
	const pipelines = await fetch(`${baseUrl}/api/v1/accounts/${accountId}/pipelines`, {
		headers: { authorization: `Bearer ${apiToken}` },
	}).then((answer) => answer.json());
	const stageId = (pipelines.pipelines ?? pipelines)[0]?.stages?.[0]?.id ?? 1;
	const created = [];
	const started = Date.now();
	for (const [batch, size] of TRIGGER_BATCHES.entries()) {
		for (let index = 0; index < size; index++) {
			const deal = await api('/deals', {
				name: `Scale deal ${batch}-${index}`,
				stage_id: stageId,
				contact_id: contact.id,
			});
			created.push(deal.id);
		}
		const deadline = Date.now() + 150_000;
		while (
			Date.now() < deadline &&
			new Set(inbox.received.map((r) => r.id)).size < created.length
		) {
			await new Promise((resolve) => setTimeout(resolve, 1000));
		}
	}
	// One more poll's worth of time would show a re-emitted record.
	await new Promise((resolve) => setTimeout(resolve, 5000));
	const ids = inbox.received.map((record) => record.id);
	return {
		created: created.length,
		emitted: ids.length,
		emittedOnce: created.filter((id) => ids.filter((seen) => seen === id).length === 1).length,
		extra: ids.filter((id) => !created.includes(id)).length,
		ms: Date.now() - started,
	};
}

async function startCluster({
	node,
	n8n,
	mode,
	database,
	services,
	tarball,
	dir,
	inboxUrl,
	vendors,
	tokens,
}) {
	const folders = {
		main: path.join(dir, `${mode}-main`),
		workers: [path.join(dir, `${mode}-worker1`), path.join(dir, `${mode}-worker2`)],
	};
	const used = mode === 'queue' ? [folders.main, ...folders.workers] : [folders.main];
	for (const folder of used) await installPack(folder, tarball, { windowMs: WINDOW_MS });
	await services.postgres.createDatabase(database);
	const env = clusterEnv({
		node,
		mode,
		database,
		postgresPort: services.postgres.port,
		redisPort: services.redis.port,
	});
	const cli = { node, n8n, env, userFolder: folders.main };
	const credentials = [
		{ ...IDS.eGestorApi, type: 'eGestorApi', data: vendors.egestorCredentials },
		{
			...IDS.eGestorOAuth2Api,
			type: 'eGestorOAuth2Api',
			data: {
				...vendors.oauthCredentials,
				scope: '',
				authQueryParameters: '',
				oauthTokenData: tokens,
			},
		},
		{ ...IDS.woofedCrmApi, type: 'woofedCrmApi', data: vendors.woofedCredentials },
	];
	const credentialsFile = path.join(dir, `${mode}-credentials.json`);
	fs.writeFileSync(credentialsFile, JSON.stringify(credentials));
	await n8nCli(cli, ['import:credentials', `--input=${credentialsFile}`]);
	fs.rmSync(credentialsFile);
	const flows = workflows(inboxUrl).filter(
		(flow) => mode === 'queue' || !/OAuth|Trigger/.test(flow.id),
	);
	const flowsDir = path.join(dir, `${mode}-workflows`);
	fs.mkdirSync(flowsDir, { recursive: true });
	for (const flow of flows)
		fs.writeFileSync(path.join(flowsDir, `${flow.id}.json`), JSON.stringify(flow));
	await n8nCli(cli, ['import:workflow', '--separate', `--input=${flowsDir}`]);
	for (const flow of flows) await n8nCli(cli, ['publish:workflow', `--id=${flow.id}`]);
	const cluster = await startN8n({ node, n8n, env, folders, mode });
	// The editor answers before the published workflows are active: wait until each webhook
	// is registered (a GET then says the path takes POST, instead of "not registered").
	const main = cluster.processes[0];
	const webhookPaths = flows.flatMap((flow) =>
		flow.nodes.filter((n) => n.type === 'n8n-nodes-base.webhook').map((n) => n.parameters.path),
	);
	const registered = async (webhookPath) => {
		try {
			const answer = await fetch(`http://127.0.0.1:${MAIN_PORT}/webhook/${webhookPath}`);
			return /not registered for GET/.test(await answer.text());
		} catch {
			return false;
		}
	};
	await main
		.until(
			async () => (await Promise.all(webhookPaths.map(registered))).every(Boolean),
			'webhook registration',
		)
		.catch(async (error) => {
			await cluster.stop();
			throw error;
		});
	return cluster;
}

/** One mode's scenarios: eGestor and WoofedCRM creates; in queue mode also OAuth2 and a trigger. */
async function runMode(context, mode) {
	const { vendors } = context;
	const inbox = await collector();
	const tokens = mode === 'queue' ? await oauthTokens(vendors.oauthCredentials) : {};
	const cluster = await startCluster({
		...context,
		mode,
		database: `n8n_${mode}`,
		inboxUrl: inbox.url,
		tokens,
	});
	try {
		log(`${mode}: WoofedCRM, ${EXECUTIONS} executions × ${ITEMS} creates`);
		const woofed = await createRun({
			cluster,
			proxy: vendors.woofedProxy,
			webhookPath: 'scale-woofed',
			createPath: '/contacts',
			prefix: `W${mode[0]}`,
			executions: EXECUTIONS,
			item: (key) => ({ name: key, email: `${key.toLowerCase()}@scale.test` }),
			keyOf: (body) => body?.full_name,
		});
		const tokensBefore = vendors.egestorProxy.requests.length;
		log(
			`${mode}: eGestor, ${EXECUTIONS} executions × ${ITEMS} creates against ${LIMIT} per ${WINDOW_MS / 1000} s` +
				(mode === 'queue' ? `; OAuth2 ${OAUTH_EXECUTIONS} × ${ITEMS}; trigger` : ''),
		);
		const [egestor, oauth, trigger] = await Promise.all([
			createRun({
				cluster,
				proxy: vendors.egestorProxy,
				webhookPath: 'scale-egestor',
				createPath: '/contatos',
				prefix: `E${mode[0]}`,
				executions: EXECUTIONS,
				item: (key) => ({ nome: key }),
				keyOf: (body) => body?.nome,
			}),
			mode === 'queue'
				? createRun({
						cluster,
						proxy: vendors.egestorProxy,
						webhookPath: 'scale-egestor-oauth',
						createPath: '/contatos',
						prefix: 'O',
						executions: OAUTH_EXECUTIONS,
						item: (key) => ({ nome: key }),
						keyOf: (body) => body?.nome,
					})
				: undefined,
			mode === 'queue' ? triggerRun(vendors, inbox) : undefined,
		]);
		const tokens = await tokenStats(vendors.egestorProxy, tokensBefore);
		return { mode, woofed, egestor, oauth, trigger, tokens };
	} finally {
		await cluster.stop();
		await inbox.stop();
	}
}

export function table(results) {
	const pct = (value) => `${Math.round(value * 100)} %`;
	const s = (ms) => `${(ms / 1000).toFixed(1)} s`;
	const cell = (result, pick) => (result === undefined ? '–' : pick(result));
	const rows = [
		[
			'eGestor creates (items created / failed)',
			(r) => `${r.egestor.createdOnce} / ${r.egestor.failed}`,
		],
		['eGestor duplicate creates', (r) => String(r.egestor.duplicates)],
		['eGestor 429s sent by the vendor', (r) => String(r.egestor.throttled)],
		[
			`eGestor time (fastest possible at ${LIMIT} per ${WINDOW_MS / 1000} s)`,
			(r) => `${s(r.egestor.vendorMs)} (${s(fastestMs(r.egestor.expected))})`,
		],
		[
			'eGestor share of the allowed rate',
			(r) => pct(fastestMs(r.egestor.expected) / r.egestor.vendorMs),
		],
		[
			'eGestor executions per worker (with OAuth2 in queue mode)',
			(r) => JSON.stringify(r.egestor.perWorker),
		],
		[
			'WoofedCRM creates (created / failed / duplicates)',
			(r) => `${r.woofed.createdOnce} / ${r.woofed.failed} / ${r.woofed.duplicates}`,
		],
		[
			'WoofedCRM creates per second',
			(r) => (r.woofed.expected / (r.woofed.wallMs / 1000)).toFixed(1),
		],
		['WoofedCRM executions per worker', (r) => JSON.stringify(r.woofed.perWorker)],
		[
			'OAuth2 creates (created / failed)',
			(r) => (r.oauth ? `${r.oauth.createdOnce} / ${r.oauth.failed}` : '–'),
		],
		[
			'OAuth2 refreshes (refused: reused token)',
			(r) => (r.oauth ? `${r.tokens.refreshes} (${r.tokens.refused})` : '–'),
		],
		['personal-token exchanges', (r) => String(r.tokens.personal)],
		[
			'trigger: records created / emitted once / extra',
			(r) =>
				r.trigger ? `${r.trigger.created} / ${r.trigger.emittedOnce} / ${r.trigger.extra}` : '–',
		],
	];
	const [regular, queue] = ['regular', 'queue'].map((mode) => results.find((r) => r.mode === mode));
	const lines = [
		`| ${EXECUTIONS} executions × ${ITEMS} creates each, started at once | regular, 1 process | queue, main + 2 workers |`,
		'|---|---|---|',
		...rows.map(([label, pick]) => `| ${label} | ${cell(regular, pick)} | ${cell(queue, pick)} |`),
	];
	return lines.join('\n');
}

/** Runs everything; returns the results of each mode. */
export async function runScale({ modes = ['regular', 'queue'] } = {}) {
	const warm = path.join(CACHE, '.warm');
	while (!fs.existsSync(warm)) {
		log(`waiting for ${warm} (the n8n cache is being warmed)`);
		await new Promise((resolve) => setTimeout(resolve, 10_000));
	}
	await ensureDebianPackages();
	const node = await ensureNode();
	const n8n = await ensureN8n(node);
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'n8n-br-sales-scale-'));
	const stops = [];
	try {
		const postgres = await startPostgres(path.join(dir, 'postgres'));
		stops.push(postgres.stop);
		const redis = await startRedis(path.join(dir, 'redis'));
		stops.push(redis.stop);
		// BR_SALES_SCALE_TARBALL runs another build of the pack (e.g. an older one, to compare).
		const tarball =
			process.env.BR_SALES_SCALE_TARBALL || (await packTarball(path.join(dir, 'pack')));
		log(`packed ${path.basename(tarball)}`);
		const vendors = await startVendors();
		stops.push(vendors.stop);
		const results = [];
		for (const mode of modes) {
			results.push(
				await runMode({ node, n8n, services: { postgres, redis }, tarball, dir, vendors }, mode),
			);
		}
		return results;
	} finally {
		for (const stop of stops.reverse()) await stop().catch(() => undefined);
		fs.rmSync(dir, { recursive: true, force: true });
	}
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
	const modes = process.argv.slice(2).filter((arg) => ['regular', 'queue'].includes(arg));
	runScale(modes.length > 0 ? { modes } : undefined)
		.then((results) => {
			process.stdout.write(`${table(results)}\n`);
			process.stdout.write(`${JSON.stringify(results, null, 2)}\n`);
		})
		.catch((error) => {
			process.stderr.write(`${error.stack ?? error}\n`);
			process.exit(1);
		});
}
