import '../harness/mock-sleep';

import type { IDataObject } from 'n8n-workflow';
import { sleep } from 'n8n-workflow';

import { SONAR_KEY, sonarApi, sonarHarness, sonarNode } from './sonar-harness';
import { useFakeClock } from '../shared/probe';

const vendorError = (code: string, message: string) => ({
	success: false,
	error: { code, message },
});

async function run(
	operation: Record<string, unknown>,
	continueOnFail = false,
	input: IDataObject[] = [{}],
) {
	return await sonarHarness().runChain(input, [
		sonarNode('Sonar', { resource: 'deal', ...operation }, continueOnFail),
	]);
}

const get = { operation: 'get', dealId: 'd-1' };
const create = { operation: 'create', title: 'Novo' };

describe('Sonar Marketing › errors', () => {
	// Date.now() moves only when the core sleeps, so waits are instant and exact.
	useFakeClock();

	it("401 fails with the vendor message after n8n's single re-send, and never shows the key", async () => {
		const api = sonarApi()
			.get('/api/v1/deals/d-1')
			.times(2)
			.reply(401, vendorError('UNAUTHORIZED', 'API key inválida'));
		const third = sonarApi().get('/api/v1/deals/d-1').reply(200, { success: true, data: {} });

		const result = await run(get);

		expect(api.isDone()).toBe(true);
		expect(third.isDone()).toBe(false);
		expect(result.error?.message).toBe('API key inválida');
		expect((result.error as { httpCode?: string }).httpCode).toBe('401');
		expect(JSON.stringify(result.error)).not.toContain(SONAR_KEY);
		expect(result.error?.description ?? '').not.toContain(SONAR_KEY);
	});

	it('404 surfaces the vendor message and code', async () => {
		sonarApi()
			.get('/api/v1/deals/d-1')
			.reply(404, vendorError('NOT_FOUND', 'Negócio não encontrado'));

		const result = await run(get);

		expect(result.error?.message).toBe('Negócio não encontrado');
		expect(result.error?.description).toBe('Error code: NOT_FOUND');
		expect(result.error?.context.itemIndex).toBe(0);
	});

	it('422 on create fails without a retry', async () => {
		const api = sonarApi()
			.post('/api/v1/deals')
			.reply(422, vendorError('VALIDATION_ERROR', 'title é obrigatório'));

		const result = await run(create);

		expect(api.isDone()).toBe(true);
		expect(result.error?.message).toBe('title é obrigatório');
		expect(sleep).not.toHaveBeenCalled();
	});

	it('429 on create waits Retry-After and then succeeds: the create is sent twice, created once', async () => {
		const api = sonarApi()
			.post('/api/v1/deals')
			.reply(429, vendorError('RATE_LIMITED', 'Muitas requisições'), { 'Retry-After': '2' })
			.post('/api/v1/deals')
			.reply(201, { success: true, data: { id: 'd-2', title: 'Novo' } });

		const result = await run(create);

		expect(result.error).toBeUndefined();
		expect(api.isDone()).toBe(true);
		expect(sleep).toHaveBeenCalledWith(2000);
		expect(result.output('Sonar')).toEqual([{ id: 'd-2', title: 'Novo' }]);
	});

	it('500 on a read is retried', async () => {
		const api = sonarApi()
			.get('/api/v1/deals/d-1')
			.reply(500, 'Internal Server Error')
			.get('/api/v1/deals/d-1')
			.reply(200, { success: true, data: { id: 'd-1' } });

		const result = await run(get);

		expect(result.error).toBeUndefined();
		expect(api.isDone()).toBe(true);
		expect(result.output('Sonar')).toEqual([{ id: 'd-1' }]);
	});

	it('500 on a create is not retried (the deal may exist already)', async () => {
		const api = sonarApi()
			.post('/api/v1/deals')
			.reply(500, vendorError('INTERNAL', 'Erro interno'));
		const retry = sonarApi()
			.post('/api/v1/deals')
			.reply(201, { success: true, data: { id: 'dup' } });

		const result = await run(create);

		expect(api.isDone()).toBe(true);
		expect(retry.isDone()).toBe(false);
		expect(result.error?.message).toBe('Erro interno');
		expect(sleep).not.toHaveBeenCalled();
	});

	it('with Continue On Fail every item yields one output item, paired, result or error', async () => {
		sonarApi()
			.get('/api/v1/deals/a')
			.reply(200, { success: true, data: { id: 'a' } })
			.get('/api/v1/deals/b')
			.reply(404, vendorError('NOT_FOUND', 'Negócio não encontrado'))
			.get('/api/v1/deals/c')
			.reply(200, { success: true, data: { id: 'c' } });

		const result = await run({ operation: 'get', dealId: '={{ $json.id }}' }, true, [
			{ id: 'a' },
			{ id: 'b' },
			{ id: 'c' },
		]);

		expect(result.error).toBeUndefined();
		expect(result.items('Sonar').map(({ json, pairedItem }) => ({ json, pairedItem }))).toEqual([
			{ json: { id: 'a' }, pairedItem: { item: 0 } },
			{
				json: { error: 'Negócio não encontrado', description: 'Error code: NOT_FOUND' },
				pairedItem: { item: 1 },
			},
			{ json: { id: 'c' }, pairedItem: { item: 2 } },
		]);
	});
});
