import type { IDataObject } from 'n8n-workflow';

import { eGestor } from '../../nodes/EGestor/transport';
import { contactCreateBody } from '../../sandbox/contracts/egestor';
import { eGestorApi, eGestorHarness, eGestorNode } from './egestor-harness';

/** The vendor's window, scaled down so the test runs in real time in a few seconds. */
const WINDOW_MS = 1000;
const LIMIT = 60;

/**
 * An eGestor that enforces 60 requests per sliding window per app+user, as documented:
 * every answer carries X-RateLimit-Limit / X-RateLimit-Remaining, and a request over the
 * budget gets a 429 and is not processed.
 */
function rateLimitedEGestor(foreign = 0, retryAfter = false) {
	const arrivals: number[] = Array.from({ length: foreign }, () => Date.now());
	const created: string[] = [];
	let rejected = 0;
	const admit = () => {
		const now = Date.now();
		while (arrivals.length > 0 && arrivals[0] <= now - WINDOW_MS) arrivals.shift();
		if (arrivals.length >= LIMIT) {
			rejected++;
			return undefined;
		}
		arrivals.push(now);
		return {
			'X-RateLimit-Limit': String(LIMIT),
			'X-RateLimit-Remaining': String(LIMIT - arrivals.length),
		};
	};
	const tooMany = () => [
		429,
		{
			errCode: 429,
			errMsg: 'Número máximo de requisições atingido.',
			errObs: null,
			errFields: null,
		},
		{
			'X-RateLimit-Limit': String(LIMIT),
			'X-RateLimit-Remaining': '0',
			// The document shows no Retry-After (unknown): the tests run with and without one.
			...(retryAfter ? { 'Retry-After': '1' } : {}),
		},
	];
	eGestorApi()
		.persist()
		.post('/api/v1/contatos')
		.reply((_uri, body) => {
			const headers = admit();
			if (headers === undefined) return tooMany() as [number, IDataObject, Record<string, string>];
			const { nome } = contactCreateBody.parse(body);
			created.push(nome);
			return [200, { codigo: created.length, nome }, headers];
		});
	return { created, rejected: () => rejected };
}

const createContact = (name: string) =>
	eGestorNode(name, {
		resource: 'contact',
		operation: 'create',
		nome: '={{ $json.nome }}',
		tipo: ['cliente'],
	});

const items = (prefix: string, count: number) =>
	Array.from({ length: count }, (_, n) => ({ nome: `${prefix}-${n + 1}` }));

describe('eGestor › rate limit (60 per window, scaled to 1 s)', () => {
	const documented = eGestor.rateWindowMs;
	beforeAll(() => {
		eGestor.rateWindowMs = WINDOW_MS;
	});
	afterAll(() => {
		eGestor.rateWindowMs = documented;
	});

	it('150 items finish with no 429, no error and no duplicate create', async () => {
		const server = rateLimitedEGestor();
		const input = items('C', 150);

		const result = await eGestorHarness().runChain(input, [createContact('eGestor')]);

		expect(result.error).toBeUndefined();
		expect(server.rejected()).toBe(0);
		expect(server.created).toEqual(input.map(({ nome }) => nome));
		expect(result.output('eGestor')).toEqual(input.map(({ nome }, n) => ({ codigo: n + 1, nome })));
	}, 20_000);

	it('two executions at once share the credential budget: 2 × 75 items, no 429, no duplicate', async () => {
		const server = rateLimitedEGestor();
		const first = eGestorHarness();
		const second = eGestorHarness();

		const [a, b] = await Promise.all([
			first.runChain(items('A', 75), [createContact('eGestor')]),
			second.runChain(items('B', 75), [createContact('eGestor')]),
		]);

		expect(a.error).toBeUndefined();
		expect(b.error).toBeUndefined();
		expect(server.rejected()).toBe(0);
		expect([...server.created].sort()).toEqual(
			[...items('A', 75), ...items('B', 75)].map(({ nome }) => nome).sort(),
		);
		expect(new Set(server.created).size).toBe(150);
	}, 20_000);

	it.each([false, true])(
		'a 429 (Retry-After: %s) caused by traffic from elsewhere is waited out and retried; the create happens once',
		async (retryAfter) => {
			const server = rateLimitedEGestor(LIMIT, retryAfter);

			const result = await eGestorHarness().runChain(items('X', 3), [createContact('eGestor')]);

			expect(result.error).toBeUndefined();
			expect(server.rejected()).toBe(1);
			expect(server.created).toEqual(['X-1', 'X-2', 'X-3']);
		},
		20_000,
	);
});
