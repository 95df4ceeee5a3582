import '../harness/mock-sleep';

import type { IDataObject } from 'n8n-workflow';
import { sleep } from 'n8n-workflow';

import { networkError } from '../shared/probe';
import { ECOSYS_KEY, ecosysApi, ecosysHarness, ecosysNode } from './ecosys-harness';
import { useFakeClock } from '../shared/probe';

const vendorError = (code: string, message: string) => ({
	success: false,
	error: { code, message },
});

async function run(parameters: IDataObject, continueOnFail = false, input: IDataObject[] = [{}]) {
	return await ecosysHarness().runChain(input, [ecosysNode('Ecosys', parameters, continueOnFail)]);
}

const createClient = {
	resource: 'client',
	operation: 'create',
	type: 'PF',
	name: 'João da Silva',
	cpf: '123.456.789-09',
};
const getVehicle = { resource: 'vehicle', operation: 'get', vehicleId: 'v-1' };
const markWon = { resource: 'deal', operation: 'markWon', dealId: 'd-1', finalValue: 100 };

describe('Ecosys Auto › errors', () => {
	// Date.now() moves only when the core sleeps, so waits are instant and exact.
	useFakeClock();

	it('DUPLICATE_ENTRY becomes a NodeApiError with the vendor message and code, not retried', async () => {
		const api = ecosysApi()
			.post('/api/v1/clients')
			.reply(409, vendorError('DUPLICATE_ENTRY', 'Já existe um cliente com este CPF'));

		const result = await run(createClient);

		expect(api.isDone()).toBe(true);
		expect(result.error?.name).toBe('NodeApiError');
		expect(result.error?.message).toBe('Já existe um cliente com este CPF');
		expect(result.error?.description).toBe('Error code: DUPLICATE_ENTRY');
		expect((result.error as { httpCode?: string }).httpCode).toBe('409');
		expect(result.error?.context.itemIndex).toBe(0);
		expect(sleep).not.toHaveBeenCalled();
	});

	it("401 fails with the vendor message after n8n's single re-send, and never shows the key", async () => {
		const api = ecosysApi()
			.get('/api/v1/vehicles/v-1')
			.times(2)
			.reply(401, vendorError('UNAUTHORIZED', 'API key inválida'));

		const result = await run(getVehicle);

		expect(api.isDone()).toBe(true);
		expect(result.error?.message).toBe('API key inválida');
		expect(JSON.stringify(result.error)).not.toContain(ECOSYS_KEY);
		expect(result.error?.description ?? '').not.toContain(ECOSYS_KEY);
	});

	it.each([
		[403, 'FORBIDDEN', 'Sem permissão para esta loja'],
		[404, 'NOT_FOUND', 'Veículo não encontrado'],
		[410, 'GONE', 'Veículo removido'],
	])('%i surfaces the vendor message without a retry', async (status, code, message) => {
		const api = ecosysApi().get('/api/v1/vehicles/v-1').reply(status, vendorError(code, message));

		const result = await run(getVehicle);

		expect(api.isDone()).toBe(true);
		expect(result.error?.message).toBe(message);
		expect(result.error?.description).toBe(`Error code: ${code}`);
		expect(sleep).not.toHaveBeenCalled();
	});

	it('422 on a PUT is not retried and keeps the vendor message', async () => {
		const api = ecosysApi()
			.put('/api/v1/deals/d-1')
			.reply(422, vendorError('VALIDATION_ERROR', 'value deve ser positivo'));

		const result = await run(markWon);

		expect(api.isDone()).toBe(true);
		expect(result.error?.message).toBe('value deve ser positivo');
		expect(sleep).not.toHaveBeenCalled();
	});

	it('429 on a create waits Retry-After, then succeeds once', async () => {
		const api = ecosysApi()
			.post('/api/v1/clients')
			.reply(429, vendorError('RATE_LIMITED', 'Muitas requisições'), { 'Retry-After': '3' })
			.post('/api/v1/clients')
			.reply(201, { success: true, data: { id: 'c-1' } });

		const result = await run(createClient);

		expect(result.error).toBeUndefined();
		expect(api.isDone()).toBe(true);
		expect(sleep).toHaveBeenCalledWith(3000);
		expect(result.output('Ecosys')).toEqual([{ id: 'c-1' }]);
	});

	it('429 without Retry-After backs off and retries', async () => {
		const api = ecosysApi()
			.get('/api/v1/vehicles/v-1')
			.reply(429, vendorError('RATE_LIMITED', 'Muitas requisições'))
			.get('/api/v1/vehicles/v-1')
			.reply(200, { success: true, data: { id: 'v-1' } });

		const result = await run(getVehicle);

		expect(result.error).toBeUndefined();
		expect(api.isDone()).toBe(true);
		expect(sleep).toHaveBeenCalledTimes(1);
		expect(result.output('Ecosys')).toEqual([{ id: 'v-1' }]);
	});

	it.each([500, 502, 503])('%i on a read is retried', async (status) => {
		const api = ecosysApi()
			.get('/api/v1/vehicles/v-1')
			.reply(status, 'Bad gateway')
			.get('/api/v1/vehicles/v-1')
			.reply(200, { success: true, data: { id: 'v-1' } });

		const result = await run(getVehicle);

		expect(result.error).toBeUndefined();
		expect(api.isDone()).toBe(true);
		expect(result.output('Ecosys')).toEqual([{ id: 'v-1' }]);
	});

	it('500 on a create is not retried (the client may exist already)', async () => {
		const api = ecosysApi()
			.post('/api/v1/clients')
			.reply(500, vendorError('INTERNAL', 'Erro interno'));
		const retry = ecosysApi()
			.post('/api/v1/clients')
			.reply(201, { success: true, data: { id: 'dup' } });

		const result = await run(createClient);

		expect(api.isDone()).toBe(true);
		expect(retry.isDone()).toBe(false);
		expect(result.error?.message).toBe('Erro interno');
		expect(sleep).not.toHaveBeenCalled();
	});

	it('a reset connection on a read is retried; on a create it is not', async () => {
		const read = ecosysApi()
			.get('/api/v1/vehicles/v-1')
			.replyWithError(networkError('ECONNRESET'))
			.get('/api/v1/vehicles/v-1')
			.reply(200, { success: true, data: { id: 'v-1' } });
		const readResult = await run(getVehicle);
		expect(readResult.error).toBeUndefined();
		expect(read.isDone()).toBe(true);

		const create = ecosysApi().post('/api/v1/clients').replyWithError(networkError('ECONNRESET'));
		const createResult = await run(createClient);
		expect(create.isDone()).toBe(true);
		expect(createResult.error?.message).toBe('Could not reach Ecosys Auto');
		expect(createResult.error?.description).toBe(
			'Connection failed: ECONNRESET. Outcome unknown: Ecosys Auto may have done this before the failure (ECONNRESET). It was not sent again, so that it cannot happen twice; check in Ecosys Auto whether it took effect (for example with a Get of the record) before running this item again.',
		);
	});

	it('an HTML error page yields the HTTP status, not a parse error', async () => {
		ecosysApi()
			.put('/api/v1/deals/d-1')
			.reply(400, '<html><body>Bad Request</body></html>', { 'Content-Type': 'text/html' });

		const result = await run(markWon);

		expect(result.error?.message).toBe('Ecosys Auto answered with HTTP 400');
	});

	it.each([
		['broken JSON', '{"success": tru', 'application/json'],
		['an HTML page', '<html>Gateway</html>', 'text/html'],
	])('a 200 with %s fails loudly instead of outputting an empty record', async (_, body, type) => {
		ecosysApi().get('/api/v1/vehicles/v-1').reply(200, body, { 'Content-Type': type });

		const result = await run(getVehicle);

		expect(result.error?.message).toBe(
			`Ecosys Auto sent a response that is not its JSON envelope: ${body}`,
		);
		expect(result.error?.context.itemIndex).toBe(0);
	});

	it('a 200 list page that is not an envelope fails instead of returning an empty list', async () => {
		ecosysApi()
			.get('/api/v1/vehicles')
			.query(true)
			.reply(200, '<html>Gateway</html>', { 'Content-Type': 'text/html' });

		const result = await run({ resource: 'vehicle', operation: 'getAll', returnAll: true });

		expect(result.error?.message).toBe(
			'Ecosys Auto sent a response that is not its JSON envelope: <html>Gateway</html>',
		);
	});

	it('a 200 saying success false fails with the vendor message', async () => {
		ecosysApi()
			.get('/api/v1/vehicles/v-1')
			.reply(200, vendorError('NOT_FOUND', 'Veículo não encontrado'));

		const result = await run(getVehicle);

		expect(result.error?.message).toBe('Veículo não encontrado');
	});

	it('a timed-out read is retried', async () => {
		const api = ecosysApi()
			.get('/api/v1/vehicles/v-1')
			.replyWithError(networkError('ETIMEDOUT'))
			.get('/api/v1/vehicles/v-1')
			.reply(200, { success: true, data: { id: 'v-1' } });

		const result = await run(getVehicle);

		expect(result.error).toBeUndefined();
		expect(api.isDone()).toBe(true);
		expect(sleep).toHaveBeenCalledTimes(1);
	});

	it('gives up on a read after four attempts of 503', async () => {
		const api = ecosysApi()
			.get('/api/v1/vehicles/v-1')
			.times(4)
			.reply(503, vendorError('UNAVAILABLE', 'Manutenção'));

		const result = await run(getVehicle);

		expect(api.isDone()).toBe(true);
		expect(result.error?.message).toBe('Manutenção');
		expect(result.error?.description).toBe('Error code: UNAVAILABLE Gave up after 4 attempts.');
		expect(sleep).toHaveBeenCalledTimes(3);
	});

	it('with Continue On Fail every item yields one paired output: record, vendor error or input error', async () => {
		ecosysApi()
			.post('/api/v1/clients')
			.reply(201, { success: true, data: { id: 'c-1' } })
			.post('/api/v1/clients')
			.reply(409, vendorError('DUPLICATE_ENTRY', 'Já existe um cliente com este CPF'));

		const result = await run({ ...createClient, cpf: '={{ $json.cpf }}' }, true, [
			{ cpf: '123.456.789-09' },
			{ cpf: '529.982.247-25' },
			{ cpf: '123.456.789' },
		]);

		expect(result.error).toBeUndefined();
		expect(result.items('Ecosys').map(({ json, pairedItem }) => ({ json, pairedItem }))).toEqual([
			{ json: { id: 'c-1' }, pairedItem: { item: 0 } },
			{
				json: {
					error: 'Já existe um cliente com este CPF',
					description: 'Error code: DUPLICATE_ENTRY',
				},
				pairedItem: { item: 1 },
			},
			{
				json: {
					error: '"CPF" is not a valid CPF',
					description:
						'Got "123.456.789" on item 2. A CPF has 11 digits, e.g. 123.456.789-09 or 12345678909.',
				},
				pairedItem: { item: 2 },
			},
		]);
	});
});
