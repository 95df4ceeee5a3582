import '../harness/mock-sleep';

import nock from 'nock';
import type { IDataObject } from 'n8n-workflow';

import { ecosysApi, ecosysHarness, ecosysNode } from '../ecosys/ecosys-harness';
import { eGestorApi, runNode } from '../egestor/egestor-harness';
import { hivestrApi, runHivestr, tokenExchange } from '../hivestr/hivestr-harness';
import type { WorkflowResult } from '../../harness/run-workflow';
import { failureOf, networkError, useFakeClock } from '../shared/probe';

/**
 * The operations whose effect adds up (a payment, a mark, a stage move) are
 * sent once after an ambiguous failure and fail saying the outcome is unknown; a 429 ("not
 * processed") is still waited out and resent.
 */

const clock = useFakeClock();
afterEach(() => nock.cleanAll());

interface Settle {
	name: string;
	vendor: string;
	/** The interceptor of the operation's one request. */
	intercept(): nock.Interceptor;
	run(): Promise<WorkflowResult>;
	ok: { status: number; body: IDataObject };
}

const settles: Settle[] = [
	...[
		{ resource: 'receivable', operation: 'receive', path: '/recebimentos/5/receber' },
		{ resource: 'payable', operation: 'pay', path: '/pagamentos/5/pagar' },
	].map(({ resource, operation, path }) => ({
		name: `eGestor › ${resource} › ${operation}`,
		vendor: 'eGestor',
		intercept: () => eGestorApi().put(`/api/v1${path}`),
		run: () =>
			runNode({
				resource,
				operation,
				[`${resource}Id`]: '5',
				valor: 120.5,
				dtPgto: '2026-01-15',
			}),
		ok: { status: 200, body: { code: '200', msg: 'ok', obs: null, fields: null } },
	})),
	{
		name: 'Hivestr › deal › markLost',
		vendor: 'Hivestr',
		intercept: () => hivestrApi().post('/api/v1/public/pipeline/deals/d-1/mark-lost'),
		run: () => {
			tokenExchange();
			return runHivestr({
				resource: 'deal',
				operation: 'markLost',
				dealId: 'd-1',
				reason: 'Preço',
			});
		},
		ok: { status: 200, body: { success: true, data: { id: 'd-1' } } },
	},
	{
		name: 'Hivestr › deal › moveStage',
		vendor: 'Hivestr',
		intercept: () => hivestrApi().patch('/api/v1/public/pipeline/deals/d-1/stage'),
		run: () => {
			tokenExchange();
			return runHivestr({
				resource: 'deal',
				operation: 'moveStage',
				dealId: 'd-1',
				pipelineStage: 'Proposta',
			});
		},
		ok: { status: 200, body: { success: true, data: { id: 'd-1' } } },
	},
	...(['markWon', 'markLost'] as const).map((operation) => ({
		name: `Ecosys Auto › deal › ${operation}`,
		vendor: 'Ecosys Auto',
		intercept: () => ecosysApi().put('/api/v1/deals/d-1'),
		run: () =>
			ecosysHarness().runChain(
				[{}],
				[
					ecosysNode('Node', {
						resource: 'deal',
						operation,
						dealId: 'd-1',
						finalValue: 100,
						lossReason: 'Preço',
					}),
				],
			),
		ok: { status: 200, body: { success: true, data: { id: 'd-1' } } },
	})),
];

const faults = [
	{ name: 'HTTP 500', fail: (i: nock.Interceptor) => i.reply(500, '') },
	{ name: 'HTTP 502', fail: (i: nock.Interceptor) => i.reply(502, '<html>Bad Gateway</html>') },
	{ name: 'HTTP 504', fail: (i: nock.Interceptor) => i.reply(504, '') },
	{
		name: 'ECONNRESET',
		fail: (i: nock.Interceptor) => i.replyWithError(networkError('ECONNRESET')),
	},
	{ name: 'ETIMEDOUT', fail: (i: nock.Interceptor) => i.replyWithError(networkError('ETIMEDOUT')) },
];

describe.each(settles.map((settle) => [settle.name, settle] as const))('%s', (_, settle) => {
	it.each(faults)(
		'$name: sent once, the item fails saying the outcome is unknown',
		async ({ name, fail }) => {
			let requests = 0;
			const failing = settle.intercept();
			fail(failing);
			const retry = settle.intercept();
			retry.reply(settle.ok.status, settle.ok.body);
			(failing as unknown as { scope: nock.Scope }).scope?.on('request', () => requests++);

			const result = await settle.run();

			const failure = failureOf(result);
			expect(failure.type).toBe('NodeApiError');
			expect(String(failure.description)).toContain(
				`Outcome unknown: ${settle.vendor} may have done this before the failure (${name}). It was not sent again, so that it cannot happen twice;`,
			);
			// The second interceptor (what a wrong retry would take) is still waiting.
			expect(nock.pendingMocks()).toHaveLength(1);
			expect(clock.waits()).toEqual([]);
		},
	);

	it('429: not processed, so waited out and sent again', async () => {
		settle.intercept().reply(429, {}, { 'Retry-After': '2' });
		settle.intercept().reply(settle.ok.status, settle.ok.body);

		const result = await settle.run();

		expect(result.error).toBeUndefined();
		expect(nock.pendingMocks()).toEqual([]);
		expect(clock.waits()).toEqual([2000]);
	});
});
