import '../harness/mock-sleep';

import type { IDataObject } from 'n8n-workflow';
import { sleep } from 'n8n-workflow';

import { networkError } from '../shared/probe';
import {
	ACCOUNT,
	pagyPage,
	WOOFED_TOKEN,
	woofedApi,
	woofedHarness,
	woofedNode,
} from './woofedcrm-harness';
import { useFakeClock } from '../shared/probe';

async function run(
	operation: Record<string, unknown>,
	continueOnFail = false,
	input: IDataObject[] = [{}],
) {
	return await woofedHarness().runChain(input, [
		woofedNode('Woofed', { resource: 'deal', ...operation }, continueOnFail),
	]);
}

const get = { operation: 'get', dealId: '5' };
const create = { operation: 'create', stage_id: 1, contact_id: '1' };
const search = { operation: 'search', returnAll: true };
const path = `${ACCOUNT}/deals/5`;

describe('WoofedCRM › errors', () => {
	// Date.now() moves only when the core sleeps, so waits are instant and exact.
	useFakeClock();

	it("401 fails with the server's message after n8n's single re-send, and never shows the token", async () => {
		const api = woofedApi().get(path).times(2).reply(401, { errors: 'Unauthorized' });
		const third = woofedApi().get(path).reply(200, { id: 5 });

		const result = await run(get);

		expect(api.isDone()).toBe(true);
		expect(third.isDone()).toBe(false);
		expect(result.error?.message).toBe('Unauthorized');
		expect((result.error as { httpCode?: string }).httpCode).toBe('401');
		expect(JSON.stringify(result.error)).not.toContain(WOOFED_TOKEN);
		expect(result.error?.description ?? '').not.toContain(WOOFED_TOKEN);
	});

	it('403 {error} surfaces the message without a retry', async () => {
		const api = woofedApi().get(path).reply(403, { error: 'Forbidden' });

		const result = await run(get);

		expect(api.isDone()).toBe(true);
		expect(result.error?.message).toBe('Forbidden');
		expect(sleep).not.toHaveBeenCalled();
	});

	it('404 surfaces the server message with the item index', async () => {
		woofedApi().get(path).reply(404, { errors: 'Not found' });

		const result = await run(get);

		expect(result.error?.message).toBe('Not found');
		expect((result.error as { httpCode?: string }).httpCode).toBe('404');
		expect(result.error?.context.itemIndex).toBe(0);
	});

	it('410 falls back to the status when the body says nothing', async () => {
		woofedApi().get(path).reply(410, {});

		const result = await run(get);

		expect(result.error?.message).toBe('WoofedCRM answered with HTTP 410');
	});

	it('422 lists every field error (array form) and is not retried', async () => {
		const api = woofedApi()
			.post(`${ACCOUNT}/deals`)
			.reply(422, { errors: ['Stage must exist', "Contact can't be blank"] });

		const result = await run(create);

		expect(api.isDone()).toBe(true);
		expect(result.error?.message).toBe('Stage must exist');
		expect(result.error?.description).toBe("Stage must exist; Contact can't be blank");
		expect(sleep).not.toHaveBeenCalled();
	});

	it('422 with field errors as a hash names each field', async () => {
		woofedApi()
			.post(`${ACCOUNT}/deals`)
			.reply(422, { errors: { stage_id: ["can't be blank"], email: ['is invalid'] } });

		const result = await run(create);

		expect(result.error?.message).toBe("stage_id can't be blank");
		expect(result.error?.description).toBe("stage_id can't be blank; email is invalid");
	});

	it('422 as a bare errors hash (contact upsert) names the field', async () => {
		woofedApi()
			.post(`${ACCOUNT}/deals`)
			.reply(422, { email: ['is invalid'] });

		const result = await run(create);

		expect(result.error?.message).toBe('email is invalid');
	});

	it('429 on a create waits Retry-After and then succeeds', async () => {
		const api = woofedApi()
			.post(`${ACCOUNT}/deals`)
			.reply(429, { error: 'Too Many Requests' }, { 'Retry-After': '3' })
			.post(`${ACCOUNT}/deals`)
			.reply(201, { id: 9 });

		const result = await run(create);

		expect(result.error).toBeUndefined();
		expect(api.isDone()).toBe(true);
		expect(sleep).toHaveBeenCalledWith(3000);
		expect(result.output('Woofed')).toEqual([{ id: 9 }]);
	});

	it('429 without Retry-After backs off and retries', async () => {
		const api = woofedApi()
			.get(path)
			.reply(429, 'Too Many Requests')
			.get(path)
			.reply(200, { id: 5 });

		const result = await run(get);

		expect(result.error).toBeUndefined();
		expect(api.isDone()).toBe(true);
		expect(sleep).toHaveBeenCalledTimes(1);
		expect(result.output('Woofed')).toEqual([{ id: 5 }]);
	});

	it.each([500, 502, 503])('%i on a read is retried', async (status) => {
		const api = woofedApi().get(path).reply(status, 'Error').get(path).reply(200, { id: 5 });

		const result = await run(get);

		expect(result.error).toBeUndefined();
		expect(api.isDone()).toBe(true);
		expect(result.output('Woofed')).toEqual([{ id: 5 }]);
	});

	it.each([500, 502, 503])('%i on a create is not retried (the deal may exist)', async (status) => {
		const api = woofedApi().post(`${ACCOUNT}/deals`).reply(status, { errors: 'Internal error' });
		const retry = woofedApi().post(`${ACCOUNT}/deals`).reply(201, { id: 'dup' });

		const result = await run(create);

		expect(api.isDone()).toBe(true);
		expect(retry.isDone()).toBe(false);
		expect(result.error?.message).toBe('Internal error');
		expect(sleep).not.toHaveBeenCalled();
	});

	it('500 on a search (a POST that stores nothing) is retried like a read', async () => {
		const api = woofedApi()
			.post(`${ACCOUNT}/deals/search`)
			.query(true)
			.reply(500, 'Error')
			.post(`${ACCOUNT}/deals/search`)
			.query(true)
			.reply(200, pagyPage([{ id: 7 }], 1, 1));

		const result = await run(search);

		expect(api.isDone()).toBe(true);
		expect(result.error).toBeUndefined();
		expect(result.output('Woofed')).toEqual([{ id: 7 }]);
		expect(sleep).toHaveBeenCalledTimes(1);
	});

	it('a connection reset on a read is retried', async () => {
		const api = woofedApi()
			.get(path)
			.replyWithError(networkError('ECONNRESET'))
			.get(path)
			.reply(200, { id: 5 });

		const result = await run(get);

		expect(result.error).toBeUndefined();
		expect(api.isDone()).toBe(true);
	});

	it('a timeout on a read gives up after the bounded attempts with the network code', async () => {
		const api = woofedApi().get(path).times(4).replyWithError(networkError('ETIMEDOUT'));

		const result = await run(get);

		expect(api.isDone()).toBe(true);
		expect(result.error?.message).toBe('Could not reach WoofedCRM');
		expect(result.error?.description).toContain('ETIMEDOUT');
		expect(result.error?.description).toContain('Gave up after 4 attempts.');
	});

	it('malformed JSON and an HTML body fail with the HTTP status', async () => {
		woofedApi()
			.get(path)
			.reply(400, '{"errors": ', { 'Content-Type': 'application/json' })
			.get(`${ACCOUNT}/deals/6`)
			.reply(404, '<html><body>Not Found</body></html>', { 'Content-Type': 'text/html' });

		const result = await run({ operation: 'get', dealId: '={{ $json.id }}' }, true, [
			{ id: 5 },
			{ id: 6 },
		]);

		expect(result.output('Woofed')).toEqual([
			{ error: 'WoofedCRM answered with HTTP 400', description: null },
			{ error: 'WoofedCRM answered with HTTP 404', description: null },
		]);
	});

	it('refuses a non-https base URL before sending', async () => {
		const { WorkflowHarness } = await import('../../harness/run-workflow');
		const { WoofedCrm } = await import('../../nodes/WoofedCrm/WoofedCrm.node');
		const { WoofedCrmApi } = await import('../../credentials/WoofedCrmApi.credentials');
		const harness = new WorkflowHarness({
			nodeTypes: { woofedCrm: new WoofedCrm() },
			credentialTypes: [new WoofedCrmApi()],
			credentials: [
				{
					id: 'plain',
					name: 'plain',
					type: 'woofedCrmApi',
					data: { baseUrl: 'http://crm.example.com', accountId: '7', apiToken: 't' },
				},
			],
		});

		const result = await harness.runChain(
			[{}],
			[
				{
					name: 'Woofed',
					type: 'woofedCrm',
					parameters: { resource: 'deal', ...get },
					credentials: { woofedCrmApi: 'plain' },
				},
			],
		);

		expect(result.error?.message).toBe(
			"The WoofedCRM credential's Base URL must be an https:// address",
		);
	});

	it('without an account in the credential or on the node, fails before sending', async () => {
		const { WorkflowHarness } = await import('../../harness/run-workflow');
		const { WoofedCrm } = await import('../../nodes/WoofedCrm/WoofedCrm.node');
		const { WoofedCrmApi } = await import('../../credentials/WoofedCrmApi.credentials');
		const harness = new WorkflowHarness({
			nodeTypes: { woofedCrm: new WoofedCrm() },
			credentialTypes: [new WoofedCrmApi()],
			credentials: [
				{
					id: 'no-account',
					name: 'no-account',
					type: 'woofedCrmApi',
					data: { baseUrl: 'https://crm.woofed.test', accountId: ' ', apiToken: 't' },
				},
			],
		});
		const api = woofedApi().get(/.*/).reply(200, {});

		const result = await harness.runChain(
			[{}],
			[
				{
					name: 'Woofed',
					type: 'woofedCrm',
					parameters: { resource: 'deal', ...get },
					credentials: { woofedCrmApi: 'no-account' },
				},
			],
		);

		expect(result.error?.message).toBe('An Account ID is required');
		expect(result.error?.context.itemIndex).toBe(0);
		expect(api.isDone()).toBe(false);
	});

	it('with Continue On Fail every item yields one output item, paired, result or error', async () => {
		woofedApi()
			.get(`${ACCOUNT}/deals/1`)
			.reply(200, { id: 1 })
			.get(`${ACCOUNT}/deals/2`)
			.reply(404, { errors: 'Not found' })
			.get(`${ACCOUNT}/deals/3`)
			.reply(200, { id: 3 });

		const result = await run({ operation: 'get', dealId: '={{ $json.id }}' }, true, [
			{ id: 1 },
			{ id: 2 },
			{ id: 3 },
		]);

		expect(result.error).toBeUndefined();
		expect(result.items('Woofed').map(({ json, pairedItem }) => ({ json, pairedItem }))).toEqual([
			{ json: { id: 1 }, pairedItem: { item: 0 } },
			{ json: { error: 'Not found', description: null }, pairedItem: { item: 1 } },
			{ json: { id: 3 }, pairedItem: { item: 2 } },
		]);
	});
});
