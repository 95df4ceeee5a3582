// `npm run test:scale`: the pack on n8n in queue mode (main + 2 workers, Redis, PostgreSQL,
// the pack installed as a community package on each) next to one n8n in regular mode, under
// the same load, against the sandboxes; prints the table and checks that no create failed or
// ran twice and that eGestor's creates keep to at least 85 % of its rate.
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';

import { fastestMs, runScale, table } from '../../scripts/scale/scale.mjs';

let regular;
let queue;

describe('queue mode (main + 2 workers) against the sandboxes', { timeout: 30 * 60_000 }, () => {
	before(async () => {
		const results = await runScale();
		process.stdout.write(`\n${table(results)}\n\n`);
		regular = results.find((result) => result.mode === 'regular');
		queue = results.find((result) => result.mode === 'queue');
	});

	for (const mode of ['regular', 'queue']) {
		it(`${mode}: eGestor creates within the vendor's limit — none failed, each created once`, () => {
			const run = (mode === 'queue' ? queue : regular).egestor;
			assert.equal(run.failed, 0, `failed items: ${run.failures.join(' | ')}`);
			assert.equal(run.items, run.expected);
			assert.equal(run.duplicates, 0);
			assert.equal(run.createdOnce, run.expected);
			// At least 85 % of the allowed rate: the fastest possible time over the time taken.
			assert.ok(
				fastestMs(run.expected) / run.vendorMs >= 0.85,
				`${run.vendorMs} ms for ${run.expected} creates (fastest ${fastestMs(run.expected)} ms)`,
			);
		});

		it(`${mode}: WoofedCRM creates — none failed, each created once`, () => {
			const run = (mode === 'queue' ? queue : regular).woofed;
			assert.equal(run.failed, 0, `failed items: ${run.failures.join(' | ')}`);
			assert.equal(run.duplicates, 0);
			assert.equal(run.createdOnce, run.expected);
		});
	}

	it('queue: the executions ran on both workers', () => {
		for (const run of [queue.egestor, queue.woofed]) {
			const counts = Object.values(run.perWorker);
			assert.equal(counts.length, 2);
			assert.ok(
				counts.every((count) => count > 0),
				JSON.stringify(run.perWorker),
			);
		}
	});

	it('queue: the polling trigger (on main) emits every new record exactly once', () => {
		assert.equal(queue.trigger.emittedOnce, queue.trigger.created);
		assert.equal(queue.trigger.emitted, queue.trigger.created);
		assert.equal(queue.trigger.extra, 0);
	});

	it('queue: OAuth2 with short-lived tokens across both workers — no failed refresh, no reused refresh token', () => {
		assert.equal(queue.oauth.failed, 0, `failed items: ${queue.oauth.failures.join(' | ')}`);
		assert.equal(queue.oauth.createdOnce, queue.oauth.expected);
		assert.equal(queue.oauth.duplicates, 0);
		assert.ok(queue.tokens.refreshes >= 1, 'the access token expired and was refreshed');
		assert.equal(queue.tokens.refused, 0, 'no refresh token was used twice');
	});
});
