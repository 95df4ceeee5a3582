/**
 * Several n8n processes (queue-mode workers) share one credential and one
 * vendor limit, and none sees the others. Each "process" here is its own rate budget (the
 * budget is per process and credential: one credential id per process gives each its own,
 * exactly as separate processes have), all sending to one server that counts the vendor's
 * limit for everyone, in real time with a short window the node is told too.
 */

import nock from 'nock';
import type { IDataObject } from 'n8n-workflow';

import { resetRateStates } from '../../nodes/shared/request';
import { WorkflowHarness } from '../../harness/run-workflow';
import { Probe, PROBE_BASE, PROBE_KEY, PROBE_ORIGIN, ProbeApi } from '../shared/probe';

const LIMIT = 20;
const WINDOW_MS = 1500;

interface ServerOptions {
	/** n8n processes sharing the credential. */
	processes?: number;
	/** How the vendor counts: a window starting at the first request (eGestor's sandbox), or the last WINDOW_MS. */
	window: 'fixed' | 'sliding';
	/** Whether a 429 says when to come back (eGestor's document shows no Retry-After). */
	retryAfter: boolean;
}

/** One vendor limit for everyone: LIMIT requests a window, a 429 (not processed) past it. */
function limitedServer({ window, retryAfter }: ServerOptions) {
	const created = new Map<string, number>();
	const arrivals: number[] = [];
	let fixed = { start: 0, used: 0 };
	let throttled = 0;
	nock(PROBE_ORIGIN, { reqheaders: { authorization: `Bearer ${PROBE_KEY}` } })
		.persist()
		.post('/v1/contacts')
		.reply((_uri, body) => {
			const now = Date.now();
			let used: number;
			let renewsIn: number;
			if (window === 'fixed') {
				if (fixed.used === 0 || now - fixed.start >= WINDOW_MS) fixed = { start: now, used: 0 };
				// Every request counts, a refused one too (as the eGestor sandbox counts).
				used = ++fixed.used;
				renewsIn = fixed.start + WINDOW_MS - now;
			} else {
				const inWindow = arrivals.filter((at) => at > now - WINDOW_MS);
				used = inWindow.length + 1;
				renewsIn = inWindow.length === 0 ? 0 : inWindow[0] + WINDOW_MS - now;
			}
			const headers: Record<string, string> = {
				'X-RateLimit-Limit': String(LIMIT),
				'X-RateLimit-Remaining': String(Math.max(0, LIMIT - used)),
			};
			if (used > LIMIT) {
				throttled++;
				// Whole seconds at the real 60 s window; scaled with the window, a tenth of a second.
				if (retryAfter)
					headers['Retry-After'] = String(Math.max(0.1, Math.ceil(renewsIn / 100) / 10));
				return [429, { error: 'Too many requests' }, headers];
			}
			arrivals.push(now);
			const { name } = body as { name: string };
			created.set(name, (created.get(name) ?? 0) + 1);
			return [200, { id: created.size, name }, headers];
		});
	return {
		created,
		throttled: () => throttled,
	};
}

const PROCESSES = ['A', 'B', 'C'];
const EXECUTIONS_PER_PROCESS = 2;
const ITEMS_PER_EXECUTION = 12;

/** One n8n process's view: the probe node on its own credential id (its own rate budget). */
function processHarness(name: string) {
	return new WorkflowHarness({
		nodeTypes: { probe: new Probe() },
		credentialTypes: [new ProbeApi()],
		credentials: [
			{
				id: `worker-${name}`,
				name: `Probe (${name})`,
				type: 'probeApi',
				data: { apiKey: PROBE_KEY, baseUrl: PROBE_BASE },
			},
		],
	});
}

const createNode = (process: string) => ({
	name: 'Probe',
	type: 'probe',
	parameters: {
		resource: 'http',
		operation: 'send',
		method: 'POST',
		path: '/contacts',
		body: '={{ JSON.stringify({ name: $json.name }) }}',
		rateWindowMs: WINDOW_MS,
	},
	credentials: { probeApi: `worker-${process}` },
	continueOnFail: true,
});

beforeEach(() => {
	resetRateStates();
	nock.cleanAll();
});

describe.each<ServerOptions>([
	{ processes: 1, window: 'fixed', retryAfter: true },
	{ processes: 3, window: 'fixed', retryAfter: true },
	{ processes: 3, window: 'fixed', retryAfter: false },
	{ processes: 3, window: 'sliding', retryAfter: true },
	{ processes: 3, window: 'sliding', retryAfter: false },
])(
	'$processes process(es) × 2 executions × 12 creates on one credential, $window window, Retry-After: $retryAfter',
	(options) => {
		it('no item fails, each record is created once, few 429s', async () => {
			const server = limitedServer(options);
			const started = Date.now();

			const runs = await Promise.all(
				PROCESSES.slice(0, options.processes ?? PROCESSES.length).flatMap((process) => {
					const harness = processHarness(process);
					return Array.from({ length: EXECUTIONS_PER_PROCESS }, (_, execution) =>
						harness.runChain(
							Array.from({ length: ITEMS_PER_EXECUTION }, (__, item) => ({
								name: `${process}${execution}-${item}`,
							})),
							[createNode(process)],
						),
					);
				}),
			);
			const elapsed = Date.now() - started;

			const processes = options.processes ?? PROCESSES.length;
			const total = processes * EXECUTIONS_PER_PROCESS * ITEMS_PER_EXECUTION;
			const items = runs.flatMap((run) =>
				run.items('Probe').map(({ json }) => json as IDataObject),
			);
			expect(runs.map((run) => run.error)).toEqual(runs.map(() => undefined));
			expect(items.filter((json) => 'error' in json)).toEqual([]);
			expect(items).toHaveLength(total);
			// Every record created exactly once.
			expect(server.created.size).toBe(total);
			expect([...server.created.values()].every((count) => count === 1)).toBe(true);
			// A bounded excess: at most one 429 per process per window the run spans, and in
			// practice far fewer.
			const windows = Math.ceil(elapsed / WINDOW_MS);
			expect(server.throttled()).toBeLessThanOrEqual(processes === 1 ? 0 : processes * windows);
			// The fastest any client could go: LIMIT in each window, the last one started at once.
			const fastest = Math.floor((total - 1) / LIMIT) * WINDOW_MS;
			const rate = fastest / elapsed;
			// eslint-disable-next-line no-console
			console.log(
				`${options.window} window, Retry-After ${options.retryAfter}: ${total} creates in ${elapsed} ms (fastest possible ${fastest} ms, ${Math.round(rate * 100)} %), ${server.throttled()} × 429`,
			);
			// The rate is reported, not asserted: speed is measured by the bench (figure 3, eGestor
			// at its window), where no other job shares the machine's cores.
		}, 60_000);
	},
);
