// A child process that runs the sandboxes, each behind a counting proxy, so the servers' work
// does not share the event loop (and the core) with the client being measured. The parent
// sends the options of `startSandboxes`, gets back each vendor's base URL, credentials and
// proxy origin, then asks for the proxies' counts, resets them and sets their latency.
import { startSandboxes } from '../../sandbox';
import type { StartSandboxesOptions } from '../../sandbox';
import { startProxy } from './proxy';
import type { Proxy, ProxyLimit } from './proxy';

export type { ProxyLimit } from './proxy';

export type ProxyCommand =
	| { id: number; vendor: string; command: 'reset' }
	| { id: number; vendor: string; command: 'latency'; ms: number }
	| { id: number; vendor: string; command: 'limit'; limit: ProxyLimit | undefined }
	| { id: number; vendor: string; command: 'stats' };

export interface ProxyStats {
	counts: Array<[string, number]>;
	statuses: Array<[number, number]>;
	times: number[];
	last?: Proxy['last'];
}

const proxies = new Map<string, Proxy>();

process.once('message', (options: StartSandboxesOptions) => {
	void (async () => {
		const running = await startSandboxes(options);
		const vendors: Record<string, unknown> = {};
		for (const [name, sandbox] of Object.entries(running.vendors)) {
			const proxy = await startProxy(new URL(sandbox.baseUrl).origin);
			proxies.set(name, proxy);
			vendors[name] = {
				baseUrl: sandbox.baseUrl,
				credentialType: sandbox.credentialType,
				credentials: sandbox.credentials,
				proxyOrigin: proxy.origin,
			};
		}
		process.on('message', (message: ProxyCommand) => {
			const proxy = proxies.get(message.vendor);
			if (proxy === undefined) return;
			if (message.command === 'reset') proxy.reset();
			if (message.command === 'latency') proxy.latencyMs = message.ms;
			if (message.command === 'limit') proxy.limit = message.limit;
			const stats: ProxyStats | undefined =
				message.command === 'stats'
					? {
							counts: [...proxy.counts],
							statuses: [...proxy.statuses],
							times: proxy.times,
							last: proxy.last,
						}
					: undefined;
			process.send?.({ id: message.id, stats });
		});
		process.send?.({ vendors });
	})();
});
