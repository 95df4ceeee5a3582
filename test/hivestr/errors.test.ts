import '../harness/mock-sleep';

import type { IDataObject } from 'n8n-workflow';
import nock from 'nock';

import * as core from '../../nodes/shared/request';
import { networkError, useFakeClock } from '../shared/probe';
import {
	HIVESTR_KEY,
	HIVESTR_ORIGIN,
	HIVESTR_SECRET,
	HIVESTR_TOKEN,
	hivestrApi,
	hivestrApiWith,
	runHivestr,
	tokenExchange,
} from './hivestr-harness';

const coreReadsEffects = 'effectOf' in core;

const getClient = { resource: 'client', operation: 'get', clientId: 'c-1' };
const createClient = { resource: 'client', operation: 'create', name: 'João' };
const CLIENT = '/api/v1/public/clients/c-1';
const CLIENTS = '/api/v1/public/clients';
const refused = (error: string, extra: IDataObject = {}) => ({ success: false, error, ...extra });

const run = (parameters: IDataObject, continueOnFail = false, input: IDataObject[] = [{}]) =>
	runHivestr(parameters, { continueOnFail, input });

function expectNoSecrets(result: Awaited<ReturnType<typeof run>>) {
	const text = JSON.stringify(result.error) + (result.error?.description ?? '');
	for (const secret of [HIVESTR_KEY, HIVESTR_SECRET, HIVESTR_TOKEN]) {
		expect(text).not.toContain(secret);
	}
}

describe('Hivestr › errors', () => {
	// Date.now() moves only when the core sleeps, so waits are instant and exact.
	const clock = useFakeClock();

	it('401 after a fresh token: one re-exchange, then fails with the vendor message', async () => {
		const exchange = tokenExchange(HIVESTR_TOKEN, 'jwt-token-2');
		const first = hivestrApi().get(CLIENT).reply(401, refused('Token inválido'));
		const second = hivestrApiWith('jwt-token-2').get(CLIENT).reply(401, refused('Token inválido'));

		const result = await run(getClient);

		expect(exchange.isDone()).toBe(true);
		expect(first.isDone()).toBe(true);
		expect(second.isDone()).toBe(true);
		expect(result.error?.message).toBe('Token inválido');
		expect((result.error as { httpCode?: string }).httpCode).toBe('401');
		expectNoSecrets(result);
	});

	it('a refused key/secret exchange: n8n tries it once more, then the item fails with the vendor message, no API call', async () => {
		const exchange = nock(HIVESTR_ORIGIN)
			.post('/api/v1/auth/token')
			.times(2)
			.reply(401, refused('Credenciais inválidas'));
		const api = hivestrApi().get(CLIENT).reply(200, { success: true, data: {} });

		const result = await run(getClient);

		expect(exchange.isDone()).toBe(true);
		expect(api.isDone()).toBe(false);
		expect(result.error?.message).toBe('Credenciais inválidas');
		expect((result.error as { httpCode?: string }).httpCode).toBe('401');
		expectNoSecrets(result);
	});

	it.each([
		[403, refused('Sem permissão: clients'), 'Sem permissão: clients'],
		[404, refused('Cliente não encontrado'), 'Cliente não encontrado'],
		[410, { success: false, message: 'Recurso removido' }, 'Recurso removido'],
		[404, '<html><h1>Not Found</h1></html>', 'Hivestr answered with HTTP 404'],
	])('%i surfaces the vendor message without a retry', async (status, body, message) => {
		tokenExchange();
		const api = hivestrApi().get(CLIENT).reply(status, body);

		const result = await run(getClient);

		expect(api.isDone()).toBe(true);
		expect(result.error?.message).toBe(message);
		expect((result.error as { httpCode?: string }).httpCode).toBe(String(status));
		expect(result.error?.context.itemIndex).toBe(0);
		expect(clock.waits()).toEqual([]);
	});

	it('422 shows the field errors in the description and is not retried', async () => {
		tokenExchange();
		const api = hivestrApi()
			.post(CLIENTS)
			.reply(
				422,
				refused('Dados inválidos', {
					details: [
						{ field: 'email', message: 'formato inválido' },
						{ field: 'status', message: 'valor não permitido' },
					],
				}),
			);

		const result = await run(createClient);

		expect(api.isDone()).toBe(true);
		expect(result.error?.message).toBe('Dados inválidos');
		expect(result.error?.description).toBe('email: formato inválido; status: valor não permitido');
		expect(clock.waits()).toEqual([]);
	});

	it('422 with field errors as an object', async () => {
		tokenExchange();
		hivestrApi()
			.post(CLIENTS)
			.reply(422, { error: { message: 'Validation failed' }, errors: { name: ['obrigatório'] } });

		const result = await run(createClient);

		expect(result.error?.message).toBe('Validation failed');
		expect(result.error?.description).toBe('name: obrigatório');
	});

	it('429 on a create waits Retry-After, then the create succeeds once', async () => {
		tokenExchange();
		const api = hivestrApi()
			.post(CLIENTS)
			.reply(429, refused('Rate limit excedido'), { 'Retry-After': '3' })
			.post(CLIENTS)
			.reply(201, { success: true, data: { id: 'c-9', name: 'João' } });

		const result = await run(createClient);

		expect(result.error).toBeUndefined();
		expect(api.isDone()).toBe(true);
		expect(clock.waits()).toEqual([3000]);
		expect(result.output('Hivestr')).toEqual([{ id: 'c-9', name: 'João' }]);
	});

	it('429 without Retry-After backs off and retries', async () => {
		tokenExchange();
		const api = hivestrApi()
			.get(CLIENT)
			.reply(429, refused('Rate limit excedido'))
			.get(CLIENT)
			.reply(200, { success: true, data: { id: 'c-1' } });

		const result = await run(getClient);

		expect(result.error).toBeUndefined();
		expect(api.isDone()).toBe(true);
		expect(clock.waits()).toHaveLength(1);
		expect(result.output('Hivestr')).toEqual([{ id: 'c-1' }]);
	});

	it('429 asking to wait an hour (the doc: "wait for reset") fails at once with a clear error', async () => {
		tokenExchange();
		hivestrApi().get(CLIENT).reply(429, refused('Rate limit excedido'), { 'Retry-After': '3600' });

		const result = await run(getClient);

		expect(result.error?.message).toBe('Rate limit excedido');
		expect(result.error?.description).toContain('asked to wait 3600 s');
		expect(clock.waits()).toEqual([]);
	});

	it.each([500, 502, 503])('%i on a read is retried, then succeeds', async (status) => {
		tokenExchange();
		const api = hivestrApi()
			.get(CLIENT)
			.reply(status, '<html>Bad gateway</html>')
			.get(CLIENT)
			.reply(200, { success: true, data: { id: 'c-1' } });

		const result = await run(getClient);

		expect(result.error).toBeUndefined();
		expect(api.isDone()).toBe(true);
		expect(result.output('Hivestr')).toEqual([{ id: 'c-1' }]);
	});

	it.each([500, 502, 503])(
		'%i on a create is not retried (the client may exist)',
		async (status) => {
			tokenExchange();
			const api = hivestrApi().post(CLIENTS).reply(status, refused('Erro interno'));
			const retry = hivestrApi()
				.post(CLIENTS)
				.reply(201, { success: true, data: { id: 'dup' } });

			const result = await run(createClient);

			expect(api.isDone()).toBe(true);
			expect(retry.isDone()).toBe(false);
			expect(result.error?.message).toBe('Erro interno');
			expect(clock.waits()).toEqual([]);
		},
	);

	it('a read failing with HTML 502 every time gives up after 4 attempts', async () => {
		tokenExchange();
		const api = hivestrApi().get(CLIENT).times(4).reply(502, '<html>Bad gateway</html>');

		const result = await run(getClient);

		expect(api.isDone()).toBe(true);
		expect(result.error?.message).toBe('Hivestr answered with HTTP 502');
		expect(result.error?.description).toBe(
			'Gave up after 4 attempts. Hivestr sent: <html>Bad gateway</html>',
		);
	});

	it('a timed-out or reset read is resent', async () => {
		tokenExchange();
		const api = hivestrApi()
			.get(CLIENT)
			.replyWithError(networkError('ETIMEDOUT'))
			.get(CLIENT)
			.replyWithError(networkError('ECONNRESET'))
			.get(CLIENT)
			.reply(200, { success: true, data: { id: 'c-1' } });

		const result = await run(getClient);

		expect(result.error).toBeUndefined();
		expect(api.isDone()).toBe(true);
		expect(result.output('Hivestr')).toEqual([{ id: 'c-1' }]);
	});

	it.each(['ETIMEDOUT', 'ECONNRESET'])(
		'a create that fails with %s is not resent',
		async (code) => {
			tokenExchange();
			const api = hivestrApi().post(CLIENTS).replyWithError(networkError(code));
			const retry = hivestrApi()
				.post(CLIENTS)
				.reply(201, { success: true, data: { id: 'dup' } });

			const result = await run(createClient);

			expect(api.isDone()).toBe(true);
			expect(retry.isDone()).toBe(false);
			expect(result.error?.message).toBe('Could not reach Hivestr');
			expect(result.error?.description).toMatch(`Connection failed: ${code}. Outcome unknown: `);
		},
	);

	it('a malformed JSON answer fails the item clearly instead of outputting nothing', async () => {
		tokenExchange();
		hivestrApi()
			.get(CLIENT)
			.reply(200, '{"success": true, "data": {"id": "c-', { 'Content-Type': 'application/json' });

		const result = await run(getClient);

		expect(result.error?.message).toBe('Hivestr sent an answer that is not JSON');
	});

	it('an HTML page with status 200 fails the item clearly', async () => {
		tokenExchange();
		hivestrApi().get(CLIENT).reply(200, '<html><body>Manutenção</body></html>', {
			'Content-Type': 'text/html',
		});

		const result = await run(getClient);

		expect(result.error?.message).toBe('Hivestr sent an answer that is not JSON');
	});

	it('with Continue On Fail every item yields one paired output, result or error', async () => {
		tokenExchange();
		hivestrApi()
			.get('/api/v1/public/clients/a')
			.reply(200, { success: true, data: { id: 'a' } })
			.get('/api/v1/public/clients/b')
			.reply(404, refused('Cliente não encontrado'))
			.get('/api/v1/public/clients/c')
			.reply(200, { success: true, data: { id: 'c' } });

		const result = await run({ ...getClient, clientId: '={{ $json.id }}' }, true, [
			{ id: 'a' },
			{ id: 'b' },
			{ id: 'c' },
		]);

		expect(result.error).toBeUndefined();
		expect(result.items('Hivestr').map(({ json, pairedItem }) => ({ json, pairedItem }))).toEqual([
			{ json: { id: 'a' }, pairedItem: { item: 0 } },
			{
				json: {
					error: 'Cliente não encontrado',
					description: 'Hivestr\'s API docs for 404: "Resource not found → Check ID".',
				},
				pairedItem: { item: 1 },
			},
			{ json: { id: 'c' }, pairedItem: { item: 2 } },
		]);
	});

	it.each([
		[
			'JSON of another shape',
			{ msg: 'campo inválido', code: 'X1' },
			'Hivestr sent: {"msg":"campo inválido","code":"X1"}',
		],
		['plain text', 'Erro: campo name obrigatório', 'Hivestr sent: Erro: campo name obrigatório'],
	])('a 400 with %s shows what Hivestr sent (never an empty message)', async (_, body, shown) => {
		tokenExchange();
		hivestrApi().post(CLIENTS).reply(400, body);

		const result = await run(createClient);

		expect(result.error?.message).toBe('Hivestr answered with HTTP 400');
		expect(result.error?.description).toBe(shown);
	});

	it.each([
		['POST', 'client create', createClient, () => hivestrApi().post(CLIENTS)],
		[
			'PATCH',
			'card update',
			{ resource: 'deal', operation: 'update', dealId: 'd-1', updateFields: { title: 'Novo' } },
			() => hivestrApi().patch('/api/v1/public/pipeline/deals/d-1'),
		],
	])(
		"a 500 on a %s (%s) gives the document's advice and is not retried",
		async (_, __, parameters, interceptor) => {
			tokenExchange();
			const api = interceptor().reply(500);
			const retry = interceptor().reply(200, { success: true, data: { id: 'dup' } });

			const result = await run(parameters);

			expect(api.isDone()).toBe(true);
			expect(retry.isDone()).toBe(false);
			expect(result.error?.message).toBe('Hivestr answered with HTTP 500');
			// The document's advice, and that the request was not sent again (said once).
			const description = result.error?.description ?? '';
			expect(description).toContain(
				'Hivestr\'s API docs for 500: "Internal error → Check logs/submitted fields".',
			);
			expect(description.match(/not sent again/g)).toHaveLength(1);
			expect(clock.waits()).toEqual([]);
			nock.cleanAll();
		},
	);

	it('a 200 with success false on a read or a list is an error with the vendor message', async () => {
		tokenExchange();
		hivestrApi().get(CLIENT).reply(200, refused('Cliente bloqueado'));
		const single = await run(getClient);
		tokenExchange();
		hivestrApi().get(CLIENTS).query(true).reply(200, refused('Sem permissão: clients'));
		const list = await run({ resource: 'client', operation: 'getAll', returnAll: true });

		expect(single.error?.message).toBe('Cliente bloqueado');
		expect((single.error as { httpCode?: string }).httpCode).toBe('200');
		expect(list.error?.message).toBe('Sem permissão: clients');
	});

	it('a read answered without data fails clearly instead of an empty item', async () => {
		tokenExchange();
		hivestrApi().get(CLIENT).reply(200, { success: true });

		const result = await run(getClient);

		expect(result.error?.message).toBe('Hivestr sent no record under "data"');
		expect(result.error?.description).toBe('HTTP 200; the answer was: {"success":true}');
	});

	// A PUT's effect ("never re-send") is read by the shared core once it knows request effects
	// (the `request` branch); until then the core re-sends an idempotent PUT after a 500.
	(coreReadsEffects ? it : it.skip)(
		"a 500 on a PUT (client update) gives the document's advice and is not retried",
		async () => {
			tokenExchange();
			const api = hivestrApi().put(CLIENT).reply(500);
			const retry = hivestrApi()
				.put(CLIENT)
				.reply(200, { success: true, data: { id: 'c-1' } });

			const result = await run({
				resource: 'client',
				operation: 'update',
				clientId: 'c-1',
				updateFields: { name: 'Novo' },
			});

			expect(api.isDone()).toBe(true);
			expect(retry.isDone()).toBe(false);
			expect(result.error?.description).toContain(
				'Hivestr\'s API docs for 500: "Internal error → Check logs/submitted fields".',
			);
			nock.cleanAll();
		},
	);
});
