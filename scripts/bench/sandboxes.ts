// The sandboxes in a child process, each behind a counting proxy (see sandbox-child.ts).
import { fork } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import path from 'node:path';

import type { StartSandboxesOptions } from '../../sandbox';
import type { SeenRequest } from './proxy';
import type { ProxyCommand, ProxyLimit, ProxyStats } from './sandbox-child';

interface SandboxInfo {
	baseUrl: string;
	credentialType: string;
	credentials: Record<string, string>;
	/** The counting proxy in front of this sandbox (same child process). */
	proxyOrigin: string;
}

/** What the proxy in front of a sandbox counted (see proxy.ts). */
class ProxyView {
	constructor(private readonly stats: ProxyStats) {}

	total(match: (key: string) => boolean = () => true): number {
		return this.stats.counts.reduce((sum, [key, count]) => sum + (match(key) ? count : 0), 0);
	}

	status(code: number): number {
		return this.stats.statuses.find(([status]) => status === code)?.[1] ?? 0;
	}

	get times(): number[] {
		return this.stats.times;
	}

	get last(): SeenRequest | undefined {
		return this.stats.last;
	}
}

type WithoutId<T> = T extends unknown ? Omit<T, 'id'> : never;

export async function sandboxes(options: StartSandboxesOptions) {
	const child: ChildProcess = fork(path.join(__dirname, 'sandbox-child.js'), [], {
		stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
	});
	const vendors = await new Promise<Record<string, SandboxInfo>>((resolve, reject) => {
		child.once('message', (message) =>
			resolve((message as { vendors: Record<string, SandboxInfo> }).vendors),
		);
		child.once('exit', (code) => reject(new Error(`sandbox child exited with ${code}`)));
		child.send(options);
	});
	child.removeAllListeners('exit');
	let nextId = 0;
	const ask = async (command: WithoutId<ProxyCommand>): Promise<ProxyStats | undefined> =>
		await new Promise((resolve) => {
			const id = nextId++;
			const listener = (message: { id?: number; stats?: ProxyStats }) => {
				if (message.id !== id) return;
				child.off('message', listener);
				resolve(message.stats);
			};
			child.on('message', listener);
			child.send({ ...command, id });
		});
	const proxyOf = (vendor: string) => ({
		origin: vendors[vendor].proxyOrigin,
		reset: async () => void (await ask({ vendor, command: 'reset' })),
		latency: async (ms: number) => void (await ask({ vendor, command: 'latency', ms })),
		limit: async (limit: ProxyLimit | undefined) =>
			void (await ask({ vendor, command: 'limit', limit })),
		stats: async () => new ProxyView((await ask({ vendor, command: 'stats' })) as ProxyStats),
	});
	return { vendors, proxyOf, stop: () => child.kill() };
}

/** The credential fields with the sandbox's origin swapped for another (a proxy's). */
export function credentialsVia(info: SandboxInfo, origin: string): Record<string, string> {
	const from = new URL(info.baseUrl).origin;
	return Object.fromEntries(
		Object.entries(info.credentials).map(([key, value]) => [
			key,
			typeof value === 'string' ? value.split(from).join(origin) : value,
		]),
	);
}

export type Running = Awaited<ReturnType<typeof sandboxes>>;
