import '../harness/mock-sleep';

import { useFakeClock } from '../shared/probe';
import { cellsFor, runCell, visibleText } from './matrix';
import { vendors } from './vendors';

useFakeClock();

const table = vendors.flatMap((vendor) =>
	cellsFor(vendor).flatMap((cell) =>
		(['read', 'create'] as const).flatMap((op) =>
			[false, true].map((continueOnFail) => ({ vendor, cell, op, continueOnFail })),
		),
	),
);

describe('secrets never show', () => {
	it('every credential type declares its secrets', () => {
		for (const vendor of vendors) {
			expect(vendor.secrets.length).toBeGreaterThan(0);
			for (const secret of vendor.secrets) expect(secret.length).toBeGreaterThanOrEqual(8);
		}
	});

	it.each(
		table.map((row) => [
			row.vendor.name,
			row.cell.name,
			row.op,
			row.continueOnFail ? 'with' : 'without',
			row,
		]),
	)(
		'%s › %s › %s, %s Continue On Fail: no key, secret or token in any item, message, description or context',
		async (_, __, ___, ____, { vendor, cell, op, continueOnFail }) => {
			const run = await runCell(vendor, cell, op, continueOnFail);
			const text = visibleText(run);
			// The text is what the user sees: every item and the error's message.
			expect(run.items.length + (run.result.error === undefined ? 0 : 1)).toBeGreaterThan(0);
			if (run.result.error !== undefined) expect(text).toContain(run.result.error.message);
			for (const secret of vendor.secrets) expect(text).not.toContain(secret);
		},
	);
});
