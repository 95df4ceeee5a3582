// PostgreSQL and Redis for the queue-mode test: Debian's packages (installed when missing),
// each started on loopback on its own port and data folder, stopped at the end. Nothing
// touches a system-wide instance.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';

import { log, run } from '../demo/lib.mjs';

const POSTGRES_PORT = 55432;
const REDIS_PORT = 56379;

function postgresBin() {
	const root = '/usr/lib/postgresql';
	if (!fs.existsSync(root)) return undefined;
	const versions = fs
		.readdirSync(root)
		.filter((version) => fs.existsSync(path.join(root, version, 'bin', 'postgres')))
		.sort((a, b) => Number(b) - Number(a));
	return versions.length === 0 ? undefined : path.join(root, versions[0], 'bin');
}

const has = (command) => spawnSync('sh', ['-c', `command -v ${command}`]).status === 0;

/** `apt-get install -y postgresql redis-server` for whichever is missing (apt-get update once). */
export async function ensureDebianPackages() {
	const missing = [];
	if (postgresBin() === undefined) missing.push('postgresql');
	if (!has('redis-server')) missing.push('redis-server');
	if (missing.length === 0) return;
	if (process.getuid?.() !== 0) {
		throw new Error(
			`${missing.join(' and ')} missing; install them (apt-get install -y ${missing.join(' ')})`,
		);
	}
	log(`installing ${missing.join(', ')} from Debian's packages`);
	const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
	await run('apt-get', ['update', '-qq'], { env, quiet: true });
	await run('apt-get', ['install', '-y', '-qq', ...missing], { env, quiet: true });
}

/** Resolves once something accepts connections on 127.0.0.1:port. */
async function waitForPort(port, child, name, timeoutMs = 60_000) {
	const deadline = Date.now() + timeoutMs;
	let exited = false;
	child.on('exit', () => (exited = true));
	while (Date.now() < deadline) {
		if (exited) throw new Error(`${name} exited before it listened on ${port}`);
		const open = await new Promise((resolve) => {
			const socket = net.connect(port, '127.0.0.1');
			socket.once('connect', () => resolve(socket.end() && true));
			socket.once('error', () => resolve(false));
		});
		if (open) return;
		await new Promise((resolve) => setTimeout(resolve, 250));
	}
	throw new Error(`${name} did not listen on ${port} within ${timeoutMs / 1000} s`);
}

function stopper(child) {
	return async () => {
		if (child.exitCode !== null || child.signalCode !== null) return;
		const exited = new Promise((resolve) => child.once('exit', resolve));
		child.kill('SIGTERM');
		await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 10_000))]);
		if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
	};
}

/**
 * A PostgreSQL cluster of its own in `dir` on 127.0.0.1:POSTGRES_PORT (trust auth on loopback),
 * with `createDatabase`. PostgreSQL refuses to run as root, so as root it runs as `postgres`.
 */
export async function startPostgres(dir, port = POSTGRES_PORT) {
	const bin = postgresBin();
	if (bin === undefined) throw new Error('PostgreSQL is not installed');
	const asRoot = process.getuid?.() === 0;
	const as = (command, args) =>
		asRoot ? ['runuser', ['-u', 'postgres', '--', command, ...args]] : [command, args];
	fs.mkdirSync(dir, { recursive: true });
	if (asRoot) {
		// The postgres user must reach its folder (temporary folders are private to root).
		fs.chmodSync(path.dirname(dir), 0o755);
		spawnSync('chown', ['postgres:postgres', dir]);
	}
	const data = path.join(dir, 'data');
	await run(
		...as(path.join(bin, 'initdb'), ['-D', data, '-U', 'postgres', '--auth=trust', '-E', 'UTF8']),
		{
			quiet: true,
		},
	);
	const [command, args] = as(path.join(bin, 'postgres'), [
		'-D',
		data,
		'-p',
		String(port),
		'-k',
		dir,
		'-c',
		'listen_addresses=127.0.0.1',
		'-c',
		'fsync=off',
		'-c',
		'max_connections=200',
	]);
	const child = spawn(command, args, { stdio: ['ignore', 'ignore', 'pipe'] });
	let errors = '';
	child.stderr.on('data', (chunk) => (errors = (errors + chunk).slice(-4000)));
	try {
		await waitForPort(port, child, 'postgres');
	} catch (error) {
		throw new Error(`${error.message}\n${errors}`);
	}
	log(`PostgreSQL ${path.basename(path.dirname(bin))} on 127.0.0.1:${port} (${dir})`);
	return {
		port,
		/** A new, empty database. */
		createDatabase: async (name) =>
			await run(
				...as(path.join(bin, 'createdb'), [
					'-h',
					'127.0.0.1',
					'-p',
					String(port),
					'-U',
					'postgres',
					name,
				]),
				{ quiet: true },
			),
		stop: stopper(child),
	};
}

/** A Redis of its own on 127.0.0.1:REDIS_PORT, no persistence, working folder `dir`. */
export async function startRedis(dir, port = REDIS_PORT) {
	fs.mkdirSync(dir, { recursive: true });
	const child = spawn(
		'redis-server',
		[
			'--port',
			String(port),
			'--bind',
			'127.0.0.1',
			'--dir',
			dir,
			'--save',
			'',
			'--appendonly',
			'no',
		],
		{ stdio: 'ignore' },
	);
	await waitForPort(port, child, 'redis-server');
	log(`Redis on 127.0.0.1:${port} (${dir})`);
	return { port, stop: stopper(child) };
}
