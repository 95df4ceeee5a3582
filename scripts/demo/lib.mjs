// Shared steps of `npm run demo`, `npm run dev` and `npm run test:e2e`: build and pack the pack
// (`npm pack`), install the tarball into a real n8n (cached outside the repo) the way users do
// (by hand into `.n8n/nodes`, or through n8n's Community Nodes installer from a local npm
// registry), start the sandboxes, import credentials and the example workflows unmodified, run
// them headless. Plain Node.js, no dependencies beyond the repo's own.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const EXAMPLES_DIR = path.join(REPO, 'examples');
const N8N_VERSION = process.env.BR_SALES_N8N_VERSION || '2.40.7';
const NODE_SPEC = 'node@24';
/** Everything downloaded lives here, outside the repo, and is reused by later runs. */
export const CACHE =
	process.env.BR_SALES_CACHE || path.join(os.homedir(), '.cache', 'n8n-nodes-br-sales');
/** The package name n8n gives our node types when the pack is installed from Community Nodes. */
export const PACKAGE = 'n8n-nodes-br-sales';
/** The local npm registry the end-to-end test publishes the tarball to. */
const VERDACCIO_VERSION = '6.8.0';

/**
 * The credential every example uses for a credential type: one per vendor, imported by the demo
 * with the sandbox's base URL and demo key. Examples refer to these ids and names.
 */
export const CREDENTIALS = {
	sonarMarketingApi: { id: 'brSalesSonarCred', name: 'Sonar Marketing (sandbox)' },
	woofedCrmApi: { id: 'brSalesWoofedCrd', name: 'WoofedCRM (sandbox)' },
	ecosysAutoApi: { id: 'brSalesEcosysCrd', name: 'Ecosys Auto (sandbox)' },
	hivestrApi: { id: 'brSalesHivestrCr', name: 'Hivestr (sandbox)' },
	eGestorApi: { id: 'brSalesEGestorCr', name: 'eGestor personal token (sandbox)' },
	eGestorOAuth2Api: {
		id: 'brSalesEGestorOA',
		name: 'eGestor OAuth2 (sandbox; Connect to authorize)',
	},
};

const isWindows = process.platform === 'win32';
const startedAt = Date.now();

export function log(message) {
	const seconds = ((Date.now() - startedAt) / 1000).toFixed(1).padStart(6);
	process.stderr.write(`[demo ${seconds}s] ${message}\n`);
}

/** Runs a command to completion, output shown; throws on a non-zero exit. */
export async function run(command, args, options = {}) {
	const { quiet = false, ...spawnOptions } = options;
	return await new Promise((resolve, reject) => {
		const child = spawn(command, args, {
			stdio: quiet ? ['ignore', 'pipe', 'pipe'] : ['ignore', 'inherit', 'inherit'],
			shell: isWindows,
			...spawnOptions,
		});
		let output = '';
		if (quiet) {
			child.stdout.on('data', (chunk) => (output += chunk));
			child.stderr.on('data', (chunk) => (output += chunk));
		}
		child.on('error', reject);
		child.on('close', (code) => {
			if (code === 0) resolve(output);
			else {
				const error = new Error(`${command} ${args.join(' ')} exited with ${code}`);
				error.output = output;
				reject(error);
			}
		});
	});
}

/** `npm run build`: TypeScript to dist/ plus icons and codex files. */
export async function buildPack() {
	log('building the pack (npm run build)');
	await run('npm', ['run', '--silent', 'build'], { cwd: REPO, quiet: true });
}

/**
 * `npm run build`, then `npm pack` into `destination`: the tarball the registry would serve.
 * Returns its path and npm's report (size, files).
 */
export async function packPack(destination) {
	await buildPack();
	fs.mkdirSync(destination, { recursive: true });
	const output = await run(
		'npm',
		['pack', '--json', '--ignore-scripts', '--loglevel=error', '--pack-destination', destination],
		{ cwd: REPO, quiet: true },
	);
	const [info] = JSON.parse(output.slice(output.indexOf('[')));
	const tarball = path.join(destination, info.filename);
	log(`packed ${info.filename} (${(info.size / 1024).toFixed(1)} kB, ${info.entryCount} files)`);
	return { tarball, info };
}

/** The folder n8n installs community packages into: `<user folder>/.n8n/nodes`. */
function nodesFolder(userFolder) {
	return path.join(userFolder, '.n8n', 'nodes');
}

/**
 * The README's manual install: `npm install --legacy-peer-deps <package>` in the n8n user
 * folder's `.n8n/nodes`, here from the tarball. `--legacy-peer-deps` because the pack's one
 * peer dependency, n8n-workflow, is n8n's own: npm would otherwise install a second copy
 * next to the pack (n8n's own installer strips peer dependencies for the same reason).
 * Returns how long the install took.
 */
export async function installTarball(userFolder, tarball) {
	const dir = nodesFolder(userFolder);
	fs.mkdirSync(dir, { recursive: true });
	if (!fs.existsSync(path.join(dir, 'package.json')))
		fs.writeFileSync(path.join(dir, 'package.json'), '{ "private": true }\n');
	const started = Date.now();
	await run(
		'npm',
		[
			'install',
			'--legacy-peer-deps',
			'--no-audit',
			'--no-fund',
			'--loglevel=error',
			'--no-package-lock',
			tarball,
		],
		{ cwd: dir, quiet: true },
	);
	const ms = Date.now() - started;
	log(`installed the tarball into ${dir} with npm in ${(ms / 1000).toFixed(1)} s`);
	return { dir, ms };
}

/** The packages in `.n8n/nodes/node_modules` (to show nothing but the pack was installed). */
export function installedModules(userFolder) {
	const modules = path.join(nodesFolder(userFolder), 'node_modules');
	if (!fs.existsSync(modules)) return [];
	return fs
		.readdirSync(modules)
		.filter((name) => !name.startsWith('.'))
		.flatMap((name) =>
			name.startsWith('@')
				? fs.readdirSync(path.join(modules, name)).map((inner) => `${name}/${inner}`)
				: [name],
		)
		.sort();
}

// ---------------------------------------------------------------------------------------------
// Node 24 and n8n, from the npm registry, cached
// ---------------------------------------------------------------------------------------------

/** A Node.js ≥ 24 binary (n8n 2.x needs it): this one if new enough, else node@24 from npm. */
export async function ensureNode() {
	const major = Number(process.versions.node.split('.')[0]);
	if (major >= 24) return { bin: process.execPath, headers: undefined };
	const dir = path.join(CACHE, 'node24');
	const bin = path.join(dir, 'node_modules', 'node', 'bin', isWindows ? 'node.exe' : 'node');
	const headers = path.join(
		dir,
		'node_modules',
		'node',
		'node_modules',
		`node-${process.platform}-${process.arch}`,
	);
	if (!fs.existsSync(bin)) {
		log(
			`Node ${process.versions.node} is too old for n8n; fetching ${NODE_SPEC} from the npm registry into ${dir}`,
		);
		fs.mkdirSync(dir, { recursive: true });
		fs.writeFileSync(path.join(dir, 'package.json'), '{ "private": true }\n');
		// node@24's preinstall script fetches the platform binary; the repo's .npmrc turns
		// scripts off for `npm run`, so turn them back on here.
		await run(
			'npm',
			[
				'install',
				NODE_SPEC,
				'--ignore-scripts=false',
				'--no-audit',
				'--no-fund',
				'--loglevel=error',
			],
			{
				cwd: dir,
				env: { ...process.env, npm_config_ignore_scripts: 'false' },
				quiet: true,
			},
		);
	}
	const version = (spawnSync(bin, ['--version'], { encoding: 'utf8' }).stdout ?? '').trim();
	if (!/^v(2[4-9]|[3-9]\d)\./.test(version))
		throw new Error(`${bin} is ${version || 'not runnable'}; n8n needs Node 24 or later`);
	return { bin, headers: fs.existsSync(path.join(headers, 'include')) ? headers : undefined };
}

/** The environment a child process needs so that `node` and `npm` are the Node ≥ 24 one. */
function envWithNode(node, extra = {}) {
	const env = { ...process.env, ...extra };
	env.PATH = `${path.dirname(node.bin)}${path.delimiter}${env.PATH ?? ''}`;
	// The npm run environment names the caller's node; the n8n bin must not pick that one up.
	delete env.npm_node_execpath;
	delete env.NODE;
	return env;
}

/**
 * n8n, installed once into the cache: `npm install` without install scripts (its optional Kafka
 * client cannot build offline), then only the native modules n8n needs are built against the
 * Node 24 headers (`npm_config_nodedir`, which also overrides a global `nodedir`).
 */
export async function ensureN8n(node) {
	const dir = path.join(CACHE, `n8n-${N8N_VERSION}`);
	const bin = path.join(dir, 'node_modules', 'n8n', 'bin', 'n8n');
	const ready = path.join(dir, '.ready');
	if (fs.existsSync(bin) && fs.existsSync(ready)) return { dir, bin };
	log(`installing n8n@${N8N_VERSION} into ${dir} (first run only; a few minutes, about 3 GB)`);
	fs.mkdirSync(dir, { recursive: true });
	fs.writeFileSync(path.join(dir, 'package.json'), '{ "private": true }\n');
	const env = envWithNode(node);
	await run(
		'npm',
		[
			'install',
			`n8n@${N8N_VERSION}`,
			'--ignore-scripts',
			'--no-audit',
			'--no-fund',
			'--loglevel=error',
		],
		{
			cwd: dir,
			env,
			quiet: true,
		},
	);
	log('building n8n native modules (isolated-vm, sqlite3) for Node 24');
	const rebuildEnv = { ...env, npm_config_ignore_scripts: 'false' };
	if (node.headers) rebuildEnv.npm_config_nodedir = node.headers;
	await run(
		'npm',
		['rebuild', 'isolated-vm', 'sqlite3', '--ignore-scripts=false', '--loglevel=error'],
		{
			cwd: dir,
			env: rebuildEnv,
			quiet: true,
		},
	);
	fs.writeFileSync(ready, `${new Date().toISOString()}\n`);
	return { dir, bin };
}

// ---------------------------------------------------------------------------------------------
// Sandboxes
// ---------------------------------------------------------------------------------------------

/** Compiles sandbox/ (tsc -p sandbox → dist-sandbox/) and starts every vendor's sandbox. */
export async function startSandboxes() {
	log('starting the sandboxes (tsc -p sandbox)');
	const tsc = path.join(REPO, 'node_modules', 'typescript', 'bin', 'tsc');
	const entry = path.join(REPO, 'dist-sandbox', 'sandbox', 'index.js');
	const before = Date.now();
	try {
		await run(process.execPath, [tsc, '-p', 'sandbox'], { cwd: REPO, quiet: true });
	} catch (error) {
		// tsc still emits on type errors; go on with what it emitted, saying so.
		const fresh = fs.existsSync(entry) && fs.statSync(entry).mtimeMs >= before - 1000;
		if (!fresh) throw error;
		log(
			`warning: sandbox/ has type errors (compiled anyway):\n${error.output.trim().split('\n').slice(0, 5).join('\n')}`,
		);
	}
	const require = createRequire(import.meta.url);
	const sandbox = require(entry);
	const running = await sandbox.startSandboxes();
	for (const box of Object.values(running.vendors)) log(`  ${box.vendor.padEnd(8)} ${box.baseUrl}`);
	return running;
}

// ---------------------------------------------------------------------------------------------
// Examples
// ---------------------------------------------------------------------------------------------

/** The example workflows, each with the node and credential types it needs. */
export function loadExamples() {
	return fs
		.readdirSync(EXAMPLES_DIR)
		.filter((file) => file.endsWith('.json'))
		.sort()
		.map((file) => {
			const workflow = JSON.parse(fs.readFileSync(path.join(EXAMPLES_DIR, file), 'utf8'));
			const nodeTypes = new Set();
			const credentialTypes = new Set();
			for (const node of workflow.nodes) {
				if (node.type.startsWith(`${PACKAGE}.`)) nodeTypes.add(node.type.slice(PACKAGE.length + 1));
				for (const type of Object.keys(node.credentials ?? {})) credentialTypes.add(type);
			}
			return { file, workflow, nodeTypes: [...nodeTypes], credentialTypes: [...credentialTypes] };
		});
}

/**
 * What the built pack registers (package.json `n8n.nodes` / `n8n.credentials`): the files and
 * the type names in them, e.g. `sonarMarketing`, `sonarMarketingApi`.
 */
export function packManifest(root = REPO) {
	const manifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
	const require = createRequire(import.meta.url);
	const namesIn = (files, readName) => {
		const names = new Set();
		for (const file of files) {
			const full = path.join(root, file);
			if (!fs.existsSync(full)) continue;
			for (const exported of Object.values(require(full))) {
				if (typeof exported !== 'function') continue;
				try {
					const name = readName(new exported());
					if (name) names.add(name);
				} catch {
					// not a node or credential class
				}
			}
		}
		return names;
	};
	const nodeFiles = manifest.n8n?.nodes ?? [];
	const credentialFiles = manifest.n8n?.credentials ?? [];
	return {
		nodeFiles,
		credentialFiles,
		nodeTypes: namesIn(nodeFiles, (node) => node.description?.name),
		credentialTypes: namesIn(credentialFiles, (credential) => credential.name),
	};
}

/** Why an example cannot run here (its node not registered, no sandbox for its credential), or undefined. */
export function missingFor(example, pack, sandboxCredentialTypes) {
	const nodes = example.nodeTypes.filter((type) => !pack.nodeTypes.has(type));
	if (nodes.length > 0) return `node not registered in package.json: ${nodes.join(', ')}`;
	const types = example.credentialTypes.filter((type) => !pack.credentialTypes.has(type));
	if (types.length > 0) return `credential not registered in package.json: ${types.join(', ')}`;
	const credentials = example.credentialTypes.filter((type) => !sandboxCredentialTypes.has(type));
	if (credentials.length > 0) return `no sandbox for: ${credentials.join(', ')}`;
	return undefined;
}

// ---------------------------------------------------------------------------------------------
// n8n
// ---------------------------------------------------------------------------------------------

/**
 * One n8n instance of the demo's own: its user folder (the pack installed in its `.n8n/nodes`),
 * nothing that calls out to the internet.
 * `extraEnv` adds to or overrides n8n's environment.
 */
export function n8nInstance({ node, n8n, userFolder, port = 5678, extraEnv = {} }) {
	const env = envWithNode(node, {
		N8N_USER_FOLDER: userFolder,
		N8N_PORT: String(port),
		N8N_RUNNERS_BROKER_PORT: String(port + 1),
		N8N_LISTEN_ADDRESS: '127.0.0.1',
		N8N_HOST: 'localhost',
		N8N_DIAGNOSTICS_ENABLED: 'false',
		N8N_DIAGNOSTICS_CONFIG_FRONTEND: '',
		N8N_DIAGNOSTICS_CONFIG_BACKEND: '',
		N8N_VERSION_NOTIFICATIONS_ENABLED: 'false',
		N8N_VERSION_NOTIFICATIONS_WHATS_NEW_ENABLED: 'false',
		N8N_TEMPLATES_ENABLED: 'false',
		N8N_DYNAMIC_BANNERS_ENABLED: 'false',
		N8N_PERSONALIZATION_ENABLED: 'false',
		N8N_HIRING_BANNER_ENABLED: 'false',
		N8N_AI_ENABLED: 'false',
		N8N_LICENSE_AUTO_RENEW_ENABLED: 'false',
		N8N_VERIFIED_PACKAGES_ENABLED: 'false',
		N8N_UNVERIFIED_PACKAGES_ENABLED: 'false',
		N8N_REINSTALL_MISSING_PACKAGES: 'false',
		// The MCP server registry is fetched from api.n8n.io; the demo has no use for it.
		N8N_DISABLED_MODULES: process.env.N8N_DISABLED_MODULES ?? 'mcp-registry',
		N8N_ENFORCE_SETTINGS_FILE_PERMISSIONS: 'true',
		N8N_SECURE_COOKIE: 'false',
		// Brazilian vendors: dates like $now in the examples are in São Paulo time unless set.
		GENERIC_TIMEZONE: process.env.GENERIC_TIMEZONE || 'America/Sao_Paulo',
		N8N_LOG_LEVEL: process.env.N8N_LOG_LEVEL || 'warn',
		N8N_NO_COLOR: 'true',
		DB_TYPE: 'sqlite',
		// The sandboxes listen on 127.0.0.1; n8n's SSRF guard (off by default) must allow it.
		N8N_SSRF_PROTECTION_ENABLED: 'false',
		...extraEnv,
	});
	fs.mkdirSync(userFolder, { recursive: true });

	const cli = async (args, options = {}) =>
		await run(node.bin, [n8n.bin, ...args], { env, cwd: userFolder, quiet: true, ...options });

	return {
		env,
		userFolder,
		url: `http://localhost:${port}`,

		/**
		 * Imports one credential per sandbox, pointing at it, under the ids the examples use;
		 * with `types`, only credentials of those types.
		 */
		async importCredentials(sandboxes, { types } = {}) {
			const list = [];
			for (const box of Object.values(sandboxes.vendors)) {
				const known = CREDENTIALS[box.credentialType] ?? {
					id: `brSales${box.vendor}`.slice(0, 16),
					name: `${box.vendor} (sandbox)`,
				};
				list.push({ ...known, type: box.credentialType, data: box.credentials });
				// Other credential types a sandbox serves (eGestor OAuth2 next to the personal token).
				for (const alternative of box.alternatives ?? []) {
					const other = CREDENTIALS[alternative.credentialType];
					if (other)
						list.push({
							...other,
							type: alternative.credentialType,
							data: alternative.credentials,
						});
				}
			}
			const chosen = types ? list.filter((credential) => types.has(credential.type)) : list;
			const file = path.join(userFolder, 'demo-credentials.json');
			fs.writeFileSync(file, JSON.stringify(chosen, null, 2));
			await cli(['import:credentials', `--input=${file}`]);
			fs.rmSync(file);
			return chosen;
		},

		/**
		 * Imports the examples as they are in examples/ (node types `n8n-nodes-br-sales.*`, as
		 * for an installed package).
		 */
		async importWorkflows(examples) {
			const dir = path.join(userFolder, 'demo-workflows');
			fs.rmSync(dir, { recursive: true, force: true });
			fs.mkdirSync(dir);
			for (const example of examples) {
				fs.writeFileSync(path.join(dir, example.file), JSON.stringify(example.workflow));
			}
			await cli(['import:workflow', '--separate', `--input=${dir}`]);
		},

		/**
		 * `n8n execute --id … --rawOutput`; returns the run (IRun) n8n prints, or the error with
		 * n8n's own message when the execution failed.
		 */
		async execute(id) {
			const started = Date.now();
			let output;
			let failure;
			try {
				// n8n prints the run through its logger at level info.
				output = await cli(['execute', `--id=${id}`, '--rawOutput'], {
					env: { ...env, N8N_LOG_LEVEL: 'info' },
				});
			} catch (error) {
				output = error.output ?? '';
				failure = error;
			}
			const ms = Date.now() - started;
			if (process.env.BR_SALES_DEMO_DEBUG) process.stderr.write(output);
			const runData = parseRun(output);
			if (failure || !runData) {
				return { ok: false, ms, runData, error: errorOf(runData, output) };
			}
			const error = runData.data?.resultData?.error;
			return {
				ok: !error,
				ms,
				runData,
				error: error ? (error.message ?? String(error)) : undefined,
			};
		},

		/** `n8n start` in the foreground-like child; resolves once the editor answers. */
		async start({ quiet = false } = {}) {
			const child = spawn(node.bin, [n8n.bin, 'start'], {
				env: { ...env, N8N_LOG_LEVEL: process.env.N8N_LOG_LEVEL || 'info' },
				cwd: userFolder,
				stdio: ['ignore', quiet ? 'pipe' : 'inherit', quiet ? 'pipe' : 'inherit'],
			});
			// quiet: n8n's output is kept (its last 64 kB), shown only if it fails to come up.
			let output = '';
			const keep = (chunk) => (output = (output + chunk).slice(-65536));
			child.stdout?.on('data', keep);
			child.stderr?.on('data', keep);
			const exited = new Promise((resolve) => child.on('exit', resolve));
			const deadline = Date.now() + 120_000;
			while (Date.now() < deadline) {
				const code = await Promise.race([
					exited,
					new Promise((r) => setTimeout(() => r('waiting'), 500)),
				]);
				if (code !== 'waiting')
					throw Object.assign(new Error(`n8n exited with ${code} before the editor came up`), {
						output,
					});
				try {
					// While it starts, n8n answers every request with 200 "n8n is starting up".
					const response = await fetch(`http://127.0.0.1:${port}/rest/settings`);
					const settings = response.ok ? await response.json().catch(() => undefined) : undefined;
					if (settings?.data) break;
				} catch {
					// not listening yet
				}
			}
			return { child, exited };
		},
	};
}

/** The JSON object n8n prints after `--rawOutput` (logger lines may come before it). */
function parseRun(output) {
	const start = output.search(/^\{/m);
	if (start < 0) return undefined;
	const text = output.slice(start);
	const end = text.lastIndexOf('\n}');
	try {
		return JSON.parse(end >= 0 ? text.slice(0, end + 2) : text);
	} catch {
		return undefined;
	}
}

function errorOf(runData, output) {
	const error = runData?.data?.resultData?.error;
	if (error) {
		const where = runData.data.resultData.lastNodeExecuted;
		const message = error.description ? `${error.message} — ${error.description}` : error.message;
		return where ? `node "${where}": ${message}` : message;
	}
	// n8n prints "Execution error:", a rule, then the message and the stack.
	const lines = output.split('\n').map((line) => line.trim());
	const marker = lines.lastIndexOf('Execution error:');
	const after = lines
		.slice(marker + 1)
		.filter((line) => line && !/^=+$/.test(line) && !line.startsWith('at '));
	if (marker >= 0 && after.length > 0) return after.slice(0, 2).join(' — ');
	return (
		lines
			.filter((line) => line && !line.startsWith('at '))
			.slice(-6)
			.join(' | ') || 'n8n exited with an error and printed nothing'
	);
}

/** Output items of a node in a run (its first run, main output 0). */
export function nodeOutput(runData, nodeName) {
	const task = runData?.data?.resultData?.runData?.[nodeName]?.[0];
	return (task?.data?.main?.[0] ?? []).map((item) => item.json);
}

/** The last node of a chain-shaped example (the one no connection leaves). */
export function lastNode(workflow) {
	const sources = new Set(Object.keys(workflow.connections ?? {}));
	const chain = workflow.nodes.filter((node) => !node.type.endsWith('.stickyNote'));
	return [...chain].reverse().find((node) => !sources.has(node.name))?.name;
}

/** The editor's owner login, demo values unless set in the environment. */
export const OWNER = {
	email: process.env.BR_SALES_DEV_EMAIL || 'demo@example.com',
	password: process.env.BR_SALES_DEV_PASSWORD || 'BrSales-demo-2026',
};

/** n8n ≥ 2.40 sets up its owner from the environment, given a bcrypt hash (bcryptjs ships with n8n). */
export function ownerEnv(n8n, owner = OWNER) {
	const bcrypt = createRequire(path.join(n8n.dir, 'package.json'))('bcryptjs');
	return {
		N8N_INSTANCE_OWNER_MANAGED_BY_ENV: 'true',
		N8N_INSTANCE_OWNER_EMAIL: owner.email,
		N8N_INSTANCE_OWNER_FIRST_NAME: 'Demo',
		N8N_INSTANCE_OWNER_LAST_NAME: 'User',
		N8N_INSTANCE_OWNER_PASSWORD_HASH: bcrypt.hashSync(owner.password, 10),
	};
}

/** Logs in to a running editor; returns a fetch that carries the session cookie. */
export async function editorSession(url, owner = OWNER) {
	let login;
	for (let attempt = 0; attempt < 60; attempt++) {
		login = await fetch(`${url}/rest/login`, {
			method: 'POST',
			headers: { 'content-type': 'application/json' },
			body: JSON.stringify({ emailOrLdapLoginId: owner.email, password: owner.password }),
		});
		// Routes and the owner come up a moment after the server answers.
		if (login.ok || ![401, 404, 503].includes(login.status)) break;
		await new Promise((resolve) => setTimeout(resolve, 500));
	}
	if (!login.ok) throw new Error(`login to ${url} failed: ${login.status} ${await login.text()}`);
	const cookie = (login.headers.getSetCookie?.() ?? [login.headers.get('set-cookie')])
		.filter(Boolean)
		.map((header) => header.split(';')[0])
		.join('; ');
	const session = async (pathname, init = {}) => {
		const response = await fetch(`${url}${pathname}`, {
			...init,
			headers: {
				'content-type': 'application/json',
				...(init.headers ?? {}),
				cookie,
				'browser-id': 'br-sales-e2e',
			},
		});
		const text = await response.text();
		let body;
		try {
			body = JSON.parse(text);
		} catch {
			body = text;
		}
		return { status: response.status, body };
	};
	session.cookie = cookie;
	return session;
}

/** A fresh user folder under the OS temp dir for one demo run. */
export function tempUserFolder() {
	return fs.mkdtempSync(path.join(os.tmpdir(), 'n8n-br-sales-demo-'));
}

// ---------------------------------------------------------------------------------------------
// A local npm registry, and n8n's Community Nodes installer pointed at it
// ---------------------------------------------------------------------------------------------

/**
 * Verdaccio, installed once into the cache (not a dependency of the repo). Its node-fetch 2.6
 * warns and misbehaves on Node ≥ 20; npm `overrides` pins the 2.7.0 fix.
 */
async function ensureVerdaccio() {
	const dir = path.join(CACHE, `verdaccio-${VERDACCIO_VERSION}`);
	const bin = path.join(dir, 'node_modules', 'verdaccio', 'bin', 'verdaccio');
	const ready = path.join(dir, '.ready');
	if (fs.existsSync(bin) && fs.existsSync(ready)) return { dir, bin };
	log(`installing verdaccio@${VERDACCIO_VERSION} into ${dir} (first run only)`);
	fs.mkdirSync(dir, { recursive: true });
	fs.writeFileSync(
		path.join(dir, 'package.json'),
		`${JSON.stringify({ private: true, overrides: { 'node-fetch': '2.7.0' } }, null, 2)}\n`,
	);
	await run(
		'npm',
		['install', `verdaccio@${VERDACCIO_VERSION}`, '--no-audit', '--no-fund', '--loglevel=error'],
		{ cwd: dir, quiet: true },
	);
	fs.writeFileSync(ready, `${new Date().toISOString()}\n`);
	return { dir, bin };
}

/**
 * Starts a private npm registry on 127.0.0.1:`port` with its storage in `folder`: no uplink
 * (it serves only what is published to it), anyone may read, a registered user may publish.
 * Returns its URL, `publish(tarball)` and `stop()`.
 */
export async function startRegistry({ folder, port }) {
	const verdaccio = await ensureVerdaccio();
	fs.mkdirSync(folder, { recursive: true });
	const config = path.join(folder, 'config.yaml');
	fs.writeFileSync(
		config,
		[
			`storage: ${JSON.stringify(path.join(folder, 'storage'))}`,
			'auth:',
			'  htpasswd:',
			`    file: ${JSON.stringify(path.join(folder, 'htpasswd'))}`,
			'uplinks: {}',
			'packages:',
			"  '**':",
			'    access: $all',
			'    publish: $authenticated',
			'web:',
			'  enable: false',
			'log: { type: stdout, format: pretty, level: warn }',
			'',
		].join('\n'),
	);
	const url = `http://127.0.0.1:${port}`;
	const child = spawn(
		process.execPath,
		[verdaccio.bin, '--config', config, '--listen', `127.0.0.1:${port}`],
		{ cwd: folder, stdio: ['ignore', 'pipe', 'pipe'] },
	);
	let output = '';
	child.stdout.on('data', (chunk) => (output += chunk));
	child.stderr.on('data', (chunk) => (output += chunk));
	const exited = new Promise((resolve) => child.on('exit', resolve));
	const deadline = Date.now() + 60_000;
	for (;;) {
		if (child.exitCode !== null) throw new Error(`verdaccio exited: ${output.slice(-2000)}`);
		try {
			if ((await fetch(`${url}/-/ping`)).ok) break;
		} catch {
			// not listening yet
		}
		if (Date.now() > deadline) throw new Error(`verdaccio did not answer on ${url}`);
		await new Promise((resolve) => setTimeout(resolve, 250));
	}
	log(`local npm registry (verdaccio ${VERDACCIO_VERSION}) on ${url}`);

	// The npm client's `adduser`: the answer carries the token npm publishes with.
	const user = { name: 'br-sales-e2e', password: 'br-sales-e2e-password' };
	const added = await fetch(`${url}/-/user/org.couchdb.user:${user.name}`, {
		method: 'PUT',
		headers: { 'content-type': 'application/json' },
		body: JSON.stringify({ ...user, type: 'user', roles: [], date: new Date().toISOString() }),
	});
	const { token } = await added.json();
	if (!token) throw new Error(`verdaccio refused the test user: HTTP ${added.status}`);
	const auth = `--//127.0.0.1:${port}/:_authToken=${token}`;

	return {
		url,
		async publish(tarball) {
			await run(
				'npm',
				['publish', tarball, `--registry=${url}`, auth, '--ignore-scripts', '--loglevel=error'],
				{ cwd: folder, quiet: true },
			);
			log(`published ${path.basename(tarball)} to ${url}`);
		},
		async stop() {
			if (child.exitCode === null) {
				child.kill('SIGTERM');
				await exited;
			}
		},
	};
}

/**
 * An `npm` for n8n's child processes that sends n8n's registry requests to the local registry.
 * n8n runs `npm pack <package>@<version> --registry=<its registry>` and `npm install` in the
 * package folder, with the registry from N8N_COMMUNITY_PACKAGES_REGISTRY, but without an
 * enterprise licence (the "custom registry" feature) it refuses any registry other than
 * https://registry.npmjs.org. So n8n keeps its default and finds this `npm` first in PATH,
 * which swaps that one argument and runs the real npm. Returns the folder to put first in PATH.
 */
export function npmRedirect(folder, registryUrl) {
	const realNpm = spawnSync('sh', ['-c', 'command -v npm'], { encoding: 'utf8' }).stdout.trim();
	if (!realNpm) throw new Error('npm is not on PATH');
	const bin = path.join(folder, 'npm-redirect');
	fs.mkdirSync(bin, { recursive: true });
	const script = path.join(bin, 'npm');
	fs.writeFileSync(
		script,
		[
			'#!/usr/bin/env node',
			"const { spawnSync } = require('node:child_process');",
			`const from = /^--registry=https:\\/\\/registry\\.npmjs\\.org\\/?$/;`,
			`const args = process.argv.slice(2).map((arg) => (from.test(arg) ? ${JSON.stringify(`--registry=${registryUrl}`)} : arg));`,
			`const result = spawnSync(${JSON.stringify(realNpm)}, args, { stdio: 'inherit' });`,
			'process.exit(result.status ?? 1);',
			'',
		].join('\n'),
	);
	fs.chmodSync(script, 0o755);
	return bin;
}

/**
 * What Settings → Community Nodes → Install does in the editor: `POST /rest/community-packages`
 * with the package name. Returns n8n's answer (the installed package and its nodes) and how long
 * the install took.
 */
export async function installThroughCommunityNodes(session, name) {
	const started = Date.now();
	const { status, body } = await session('/rest/community-packages', {
		method: 'POST',
		body: JSON.stringify({ name }),
	});
	const ms = Date.now() - started;
	if (status !== 200)
		throw new Error(
			`Community Nodes install of ${name} failed: HTTP ${status} ${JSON.stringify(body)}`,
		);
	log(`n8n's Community Nodes installer installed ${name} in ${(ms / 1000).toFixed(1)} s`);
	if (process.env.BR_SALES_DEMO_DEBUG) log(`HTTP ${status} ${JSON.stringify(body)}`);
	return { installed: body.data ?? body, ms };
}
