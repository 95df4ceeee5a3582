// n8n in queue mode (one main, N workers on Redis and PostgreSQL) or in regular mode (one
// process), each process with its own user folder holding the pack installed as a community
// package, as users install it: `npm install` of the packed tarball into `.n8n/nodes`.
import { spawn } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

import { buildPack, log, REPO, run } from '../demo/lib.mjs';

/** n8n's ports for this test: 5720–5739 only. */
export const MAIN_PORT = 5720;

/** `npm run build` then `npm pack`: the tarball users would install. */
export async function packTarball(dir) {
	await buildPack();
	fs.mkdirSync(dir, { recursive: true });
	const output = await run('npm', ['pack', '--silent', '--pack-destination', dir], {
		cwd: REPO,
		quiet: true,
	});
	const name = output.trim().split('\n').pop();
	const tarball = path.join(dir, name);
	if (!fs.existsSync(tarball)) throw new Error(`npm pack did not write ${tarball}`);
	return tarball;
}

/**
 * Installs the tarball into `<userFolder>/.n8n/nodes` with `--legacy-peer-deps` (a plain
 * install would add a second n8n-workflow, the peer dependency; n8n's own installer strips
 * peer dependencies). `windowMs`, when given, is the scaled rate window the test's eGestor
 * sandbox enforces: the installed copy is told the same (the documented 60 s otherwise).
 */
export async function installPack(userFolder, tarball, { windowMs } = {}) {
	const nodesDir = path.join(userFolder, '.n8n', 'nodes');
	fs.mkdirSync(nodesDir, { recursive: true });
	fs.writeFileSync(
		path.join(nodesDir, 'package.json'),
		JSON.stringify({ name: 'installed-nodes', private: true, dependencies: {} }, null, 2),
	);
	await run(
		'npm',
		['install', '--legacy-peer-deps', '--no-audit', '--no-fund', '--loglevel=error', tarball],
		{ cwd: nodesDir, quiet: true },
	);
	const installed = path.join(nodesDir, 'node_modules', 'n8n-nodes-br-sales');
	if (fs.existsSync(path.join(nodesDir, 'node_modules', 'n8n-workflow'))) {
		throw new Error('the install added a second n8n-workflow next to the pack');
	}
	if (windowMs !== undefined) {
		const transport = path.join(installed, 'dist', 'nodes', 'EGestor', 'transport.js');
		const text = fs.readFileSync(transport, 'utf8');
		const patched = text.replace(/rateWindowMs: 60_?000/, `rateWindowMs: ${windowMs}`);
		if (patched === text) throw new Error(`no rateWindowMs to scale in ${transport}`);
		fs.writeFileSync(transport, patched);
	}
	return installed;
}

/** What every n8n process of the cluster shares: database, queue, encryption key. */
export function clusterEnv({ node, mode, database, postgresPort, redisPort }) {
	const env = {
		...process.env,
		PATH: `${path.dirname(node.bin)}${path.delimiter}${process.env.PATH ?? ''}`,
		N8N_ENCRYPTION_KEY: crypto.randomBytes(24).toString('hex'),
		DB_TYPE: 'postgresdb',
		DB_POSTGRESDB_HOST: '127.0.0.1',
		DB_POSTGRESDB_PORT: String(postgresPort),
		DB_POSTGRESDB_DATABASE: database,
		DB_POSTGRESDB_USER: 'postgres',
		DB_POSTGRESDB_PASSWORD: '',
		EXECUTIONS_MODE: mode,
		QUEUE_BULL_REDIS_HOST: '127.0.0.1',
		QUEUE_BULL_REDIS_PORT: String(redisPort),
		N8N_LISTEN_ADDRESS: '127.0.0.1',
		N8N_HOST: 'localhost',
		N8N_PORT: String(MAIN_PORT),
		WEBHOOK_URL: `http://localhost:${MAIN_PORT}/`,
		N8N_DIAGNOSTICS_ENABLED: 'false',
		N8N_DIAGNOSTICS_CONFIG_FRONTEND: '',
		N8N_DIAGNOSTICS_CONFIG_BACKEND: '',
		N8N_VERSION_NOTIFICATIONS_ENABLED: 'false',
		N8N_TEMPLATES_ENABLED: 'false',
		N8N_PERSONALIZATION_ENABLED: 'false',
		N8N_AI_ENABLED: 'false',
		N8N_LICENSE_AUTO_RENEW_ENABLED: 'false',
		N8N_VERIFIED_PACKAGES_ENABLED: 'false',
		N8N_UNVERIFIED_PACKAGES_ENABLED: 'false',
		N8N_REINSTALL_MISSING_PACKAGES: 'false',
		N8N_DISABLED_MODULES: 'mcp-registry',
		N8N_ENFORCE_SETTINGS_FILE_PERMISSIONS: 'true',
		N8N_SECURE_COOKIE: 'false',
		GENERIC_TIMEZONE: 'America/Sao_Paulo',
		N8N_LOG_LEVEL: 'info',
		N8N_NO_COLOR: 'true',
		N8N_SSRF_PROTECTION_ENABLED: 'false',
		N8N_GRACEFUL_SHUTDOWN_TIMEOUT: '5',
		QUEUE_WORKER_TIMEOUT: '5',
	};
	// The npm run environment names the caller's node; n8n's bin must not pick that one up.
	delete env.npm_node_execpath;
	delete env.NODE;
	return env;
}

/** One n8n process: `n8n start` or `n8n worker`, its output kept for the report. */
function n8nProcess({ node, n8n, env, userFolder, args, brokerPort, name }) {
	const child = spawn(node.bin, [n8n.bin, ...args], {
		env: { ...env, N8N_USER_FOLDER: userFolder, N8N_RUNNERS_BROKER_PORT: String(brokerPort) },
		cwd: userFolder,
		stdio: ['ignore', 'pipe', 'pipe'],
	});
	let output = '';
	const keep = (chunk) => {
		output += chunk;
		if (process.env.BR_SALES_SCALE_DEBUG) process.stderr.write(`[${name}] ${chunk}`);
	};
	child.stdout.on('data', keep);
	child.stderr.on('data', keep);
	const exited = new Promise((resolve) => child.on('exit', resolve));
	return {
		name,
		child,
		output: () => output,
		/** Resolves when `ready()` is true; fails if the process exits first. */
		async until(ready, what, timeoutMs = 180_000) {
			const deadline = Date.now() + timeoutMs;
			while (Date.now() < deadline) {
				const state = await Promise.race([
					exited.then((code) => ({ code })),
					new Promise((resolve) => setTimeout(() => resolve(undefined), 500)),
				]);
				if (state !== undefined) {
					throw new Error(
						`${name} exited with ${state.code} before ${what}:\n${output.slice(-3000)}`,
					);
				}
				if (await ready()) return;
			}
			throw new Error(`${name}: no ${what} within ${timeoutMs / 1000} s:\n${output.slice(-3000)}`);
		},
		async stop() {
			if (child.exitCode !== null || child.signalCode !== null) return;
			child.kill('SIGTERM');
			const timeout = new Promise((resolve) => setTimeout(() => resolve('timeout'), 20_000));
			if ((await Promise.race([exited, timeout])) === 'timeout') child.kill('SIGKILL');
		},
	};
}

/** `n8n <command>` with the cluster's database (import, publish). */
export async function n8nCli({ node, n8n, env, userFolder }, args) {
	return await run(node.bin, [n8n.bin, ...args], {
		env: { ...env, N8N_USER_FOLDER: userFolder, N8N_LOG_LEVEL: 'warn' },
		cwd: userFolder,
		quiet: true,
	});
}

/**
 * Starts n8n: regular mode is one process; queue mode is a main (UI, triggers, webhooks)
 * and `workers` workers with `--concurrency`, each with its own user folder and task-runner
 * broker port. Resolves when the main answers and every worker is ready.
 */
export async function startN8n({ node, n8n, env, folders, mode, workers = 2, concurrency = 5 }) {
	const main = n8nProcess({
		node,
		n8n,
		env,
		userFolder: folders.main,
		args: ['start'],
		brokerPort: MAIN_PORT + 1,
		name: 'main',
	});
	const processes = [main];
	try {
		await main.until(async () => {
			try {
				return (await fetch(`http://127.0.0.1:${MAIN_PORT}/healthz/readiness`)).ok;
			} catch {
				return false;
			}
		}, 'readiness');
		if (mode === 'queue') {
			for (let index = 1; index <= workers; index++) {
				processes.push(
					n8nProcess({
						node,
						n8n,
						env,
						userFolder: folders.workers[index - 1],
						args: ['worker', `--concurrency=${concurrency}`],
						brokerPort: MAIN_PORT + 2 * index,
						name: `worker${index}`,
					}),
				);
			}
			await Promise.all(
				processes
					.slice(1)
					.map((worker) =>
						worker.until(
							async () => /worker is now ready|Worker ready/i.test(worker.output()),
							'ready',
						),
					),
			);
		}
		log(`n8n ${mode} mode up: ${processes.map((p) => p.name).join(', ')}`);
	} catch (error) {
		await Promise.all(processes.map((p) => p.stop()));
		throw error;
	}
	return {
		processes,
		async stop() {
			await Promise.all(processes.slice(1).map((p) => p.stop()));
			await main.stop();
		},
	};
}
