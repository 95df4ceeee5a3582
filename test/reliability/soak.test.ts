import '../harness/mock-sleep';

import type { IDataObject } from 'n8n-workflow';
import { sleep } from 'n8n-workflow';

import { eGestor } from '../../nodes/EGestor/transport';
import { contactCreateBody } from '../../sandbox/contracts/egestor';
import { eGestorApi, eGestorHarness, eGestorNode } from '../egestor/egestor-harness';
import { T0 } from '../shared/probe';

const LIMIT = 60;

/**
 * An eGestor enforcing its documented budget: at most 60 requests in any window (sliding,
 * per app+user), X-RateLimit-Limit / X-RateLimit-Remaining on every answer, and a 429 (not
 * processed) for a request over the budget. It records every request's arrival, so the test
 * can check every window afterwards.
 */
function rateLimitedEGestor(windowMs: number) {
	const arrivals: number[] = [];
	const created: string[] = [];
	let rejected = 0;
	eGestorApi()
		.persist()
		.post('/api/v1/contatos')
		.reply((_uri, body) => {
			const now = Date.now();
			const inWindow = arrivals.filter((at) => at > now - windowMs).length;
			if (inWindow >= LIMIT) {
				rejected++;
				return [
					429,
					{ errCode: 429, errMsg: 'Número máximo de requisições atingido.', errObs: null },
					{ 'X-RateLimit-Limit': String(LIMIT), 'X-RateLimit-Remaining': '0' },
				] as [number, IDataObject, Record<string, string>];
			}
			arrivals.push(now);
			const { nome } = contactCreateBody.parse(body);
			created.push(nome);
			return [
				200,
				{ codigo: created.length, nome },
				{
					'X-RateLimit-Limit': String(LIMIT),
					'X-RateLimit-Remaining': String(LIMIT - inWindow - 1),
				},
			] as [number, IDataObject, Record<string, string>];
		});
	return {
		created,
		rejected: () => rejected,
		/** The most requests any window of the given length saw. */
		busiestWindow: () =>
			Math.max(
				0,
				...arrivals.map(
					(start) => arrivals.filter((at) => at >= start && at < start + windowMs).length,
				),
			),
	};
}

const createContact = () =>
	eGestorNode('eGestor', {
		resource: 'contact',
		operation: 'create',
		nome: '={{ $json.nome }}',
		tipo: ['cliente'],
	});

const items = (prefix: string, count: number) =>
	Array.from({ length: count }, (_, n) => ({ nome: `${prefix}-${n + 1}` }));

describe('eGestor soak: 2,000 creates against 60 per window', () => {
	describe('virtual time (the documented 60 s window; the clock moves only when the core waits)', () => {
		let now = T0;
		beforeEach(() => {
			now = T0;
			jest.spyOn(Date, 'now').mockImplementation(() => now);
			jest.mocked(sleep).mockImplementation(async (ms: number) => {
				now += ms;
			});
		});
		afterEach(() => jest.restoreAllMocks());

		it('2,000 items: 0 failures, 0 rejected, 0 duplicates, outputs in input order', async () => {
			const server = rateLimitedEGestor(eGestor.rateWindowMs ?? 60_000);
			const input = items('S', 2000);

			const result = await eGestorHarness().runChain(input, [createContact()]);

			expect(result.error).toBeUndefined();
			expect(server.rejected()).toBe(0);
			expect(server.created).toEqual(input.map(({ nome }) => nome));
			expect(new Set(server.created).size).toBe(2000);
			expect(server.busiestWindow()).toBeLessThanOrEqual(LIMIT);
			expect(result.items('eGestor').map(({ json, pairedItem }) => ({ json, pairedItem }))).toEqual(
				input.map(({ nome }, item) => ({
					json: { codigo: item + 1, nome },
					pairedItem: { item },
				})),
			);
			// 2,000 requests at 60 a minute take at least 33 windows of virtual time.
			expect(now - T0).toBeGreaterThanOrEqual(Math.floor(2000 / LIMIT) * 60_000);
		}, 60_000);
	});

	describe('real time (window scaled to 400 ms)', () => {
		const WINDOW_MS = 400;
		const documented = eGestor.rateWindowMs;
		beforeAll(() => {
			eGestor.rateWindowMs = WINDOW_MS;
			const { sleep: realSleep } =
				jest.requireActual<typeof import('n8n-workflow')>('n8n-workflow');
			jest.mocked(sleep).mockImplementation(realSleep);
		});
		afterAll(() => {
			eGestor.rateWindowMs = documented;
		});

		it('two executions at once on the same credential (2 × 1,000 items) stay within the budget together', async () => {
			const server = rateLimitedEGestor(WINDOW_MS);
			const a = items('A', 1000);
			const b = items('B', 1000);

			const [first, second] = await Promise.all([
				eGestorHarness().runChain(a, [createContact()]),
				eGestorHarness().runChain(b, [createContact()]),
			]);

			expect(first.error).toBeUndefined();
			expect(second.error).toBeUndefined();
			expect(server.rejected()).toBe(0);
			expect(server.busiestWindow()).toBeLessThanOrEqual(LIMIT);
			expect(new Set(server.created).size).toBe(2000);
			expect(server.created.filter((nome) => nome.startsWith('A-'))).toEqual(
				a.map(({ nome }) => nome),
			);
			expect(server.created.filter((nome) => nome.startsWith('B-'))).toEqual(
				b.map(({ nome }) => nome),
			);
			expect(first.output('eGestor').map(({ nome }) => nome)).toEqual(a.map(({ nome }) => nome));
			expect(second.output('eGestor').map(({ nome }) => nome)).toEqual(b.map(({ nome }) => nome));
		}, 90_000);
	});
});
