import '../harness/mock-sleep';

import { failureOf, useFakeClock } from '../shared/probe';
import type { CellRun, OpName, Outcome } from './matrix';
import { cellsFor, KEYS, runCell } from './matrix';
import type { VendorSpec } from './vendors';
import { vendors } from './vendors';

useFakeClock();

const OPS: OpName[] = ['read', 'create'];

function expectWaits(run: CellRun, waits: Outcome['waits'], items: number) {
	if (waits === 'backoff') {
		// One backoff step per item: half to all of the first 1 s step.
		expect(run.waits).toHaveLength(items);
		for (const wait of run.waits) {
			expect(wait).toBeGreaterThanOrEqual(500);
			expect(wait).toBeLessThanOrEqual(1000);
		}
	} else {
		expect(run.waits).toEqual(Array.from({ length: items }, () => waits).flat());
	}
}

function expectCounts(run: CellRun, outcome: Outcome, vendor: VendorSpec) {
	expect(run.requests).toBe(outcome.requests);
	if (vendor.token !== undefined) {
		const exchanges = outcome.exchanges ?? (vendor.token.exchangesFirst ? 1 : 0);
		expect(run.exchanges).toBe(exchanges);
	}
}

const table = vendors.flatMap((vendor) =>
	cellsFor(vendor).flatMap((cell) => OPS.map((op) => ({ vendor, cell, op }))),
);

describe('fault matrix', () => {
	it('covers every fault for every credential type', () => {
		// 17 faults for key-based credentials, 18 for token-based ones, read and create each.
		expect(table).toHaveLength(2 * (3 * 17 + 3 * 18));
	});

	describe.each(table.map((row) => [row.vendor.name, row.cell.name, row.op, row] as const))(
		'%s › %s › %s',
		(_, __, opName, { vendor, cell }) => {
			const op = vendor[opName];

			it('without Continue On Fail: the outcome, the exact requests, a NodeApiError with itemIndex', async () => {
				const outcome = cell.outcome(opName, vendor, 1);

				const run = await runCell(vendor, cell, opName, false);

				expectCounts(run, outcome, vendor);
				expectWaits(run, outcome.waits, 1);
				if (outcome.error === undefined) {
					expect(run.result.error).toBeUndefined();
					expect(run.items.map(({ json, pairedItem }) => ({ json, pairedItem }))).toEqual([
						{ json: (outcome.output ?? op.output)(KEYS[0]), pairedItem: { item: 0 } },
					]);
				} else {
					// n8n-core keeps the error as data: its class shows in `name`.
					const error = failureOf(run.result);
					expect(error.type).toBe('NodeApiError');
					expect(error.message).toBe(outcome.error);
					expect(error.httpCode ?? undefined).toBe(outcome.httpCode);
					expect(error.itemIndex).toBe(0);
					expect(run.items).toEqual([]);
				}
			});

			it('with Continue On Fail: one output item per input item, paired, with its result or error', async () => {
				const outcome = cell.outcome(opName, vendor, KEYS.length);

				const run = await runCell(vendor, cell, opName, true);

				expect(run.result.error).toBeUndefined();
				expectCounts(run, outcome, vendor);
				expectWaits(run, outcome.waits, KEYS.length);
				expect(run.items.map(({ pairedItem }) => pairedItem)).toEqual(
					KEYS.map((_, item) => ({ item })),
				);
				for (const [index, { json }] of run.items.entries()) {
					if (outcome.error === undefined) {
						expect(json).toEqual((outcome.output ?? op.output)(KEYS[index]));
					} else {
						expect(Object.keys(json).sort()).toEqual(['description', 'error']);
						expect(json.error).toBe(outcome.error);
					}
				}
			});
		},
	);
});
