import '../harness/mock-sleep';

import nock from 'nock';

import { errorBody } from '../../sandbox/contracts/egestor';
import { useFakeClock } from '../shared/probe';
import { ACCESS, eGestorApi, ORIGIN, PERSONAL_TOKEN, runNode } from './egestor-harness';

const clock = useFakeClock();

const vendorError = (
	errCode: number,
	errMsg: string,
	errObs: string | null = null,
	errFields: unknown = null,
) => errorBody.parse({ errCode, errMsg, errObs, errFields });

const get = { resource: 'contact', operation: 'get', contactId: '1' };
const create = { resource: 'contact', operation: 'create', nome: 'Kaya', tipo: ['cliente'] };

function failure(result: Awaited<ReturnType<typeof runNode>>) {
	const error = result.error as
		| (Error & {
				description?: string | null;
				httpCode?: string | null;
				context?: { itemIndex?: number };
		  })
		| undefined;
	return {
		message: error?.message,
		description: error?.description,
		httpCode: error?.httpCode,
		itemIndex: error?.context?.itemIndex,
	};
}

describe('eGestor › errors', () => {
	it('404: the vendor message, as "not found"', async () => {
		eGestorApi()
			.get('/api/v1/contatos/1')
			.reply(404, vendorError(404, 'Nenhum registro com código 1 econtrado'));

		const result = await runNode(get);

		expect(failure(result)).toEqual({
			message: 'Nenhum registro com código 1 econtrado',
			description: null,
			httpCode: '404',
			itemIndex: 0,
		});
	});

	it('410: says the record was deleted, distinct from 404', async () => {
		eGestorApi()
			.get('/api/v1/contatos/1')
			.reply(410, vendorError(410, 'Registro com código 1 não existe.'));

		const result = await runNode(get);

		expect(failure(result)).toEqual({
			message: 'Registro com código 1 não existe.',
			description:
				'The record was deleted in eGestor and is no longer available (HTTP 410, not the same as 404 "not found").',
			httpCode: '410',
			itemIndex: 0,
		});
	});

	it('400 with errObs and errFields carries them into the error, and the create is not resent', async () => {
		const api = eGestorApi()
			.post('/api/v1/contatos')
			.once()
			.reply(
				400,
				vendorError(400, 'Erro de validação', 'campos_invalidos', {
					cpfcnpj: ['CPF inválido'],
					nome: 'obrigatório',
				}),
			);

		const result = await runNode(create);

		expect(api.isDone()).toBe(true);
		expect(failure(result)).toEqual({
			message: 'Erro de validação',
			description: 'Note: campos_invalidos Fields: cpfcnpj: CPF inválido; nome: obrigatório',
			httpCode: '400',
			itemIndex: 0,
		});
	});

	it('422 with a list of field errors', async () => {
		eGestorApi()
			.post('/api/v1/contatos')
			.reply(
				422,
				vendorError(422, 'Dados fora do escopo', null, ['indicadorIE deve ser 1, 2 ou 9']),
			);

		const result = await runNode(create);

		expect(failure(result)).toMatchObject({
			message: 'Dados fora do escopo',
			description: 'Fields: indicadorIE deve ser 1, 2 ou 9',
			httpCode: '422',
		});
	});

	it("401 fails with eGestor's message after n8n's one re-send and never shows a token", async () => {
		nock401();
		const exchange = nockExchange();

		const result = await runNode(get);

		expect(failure(result)).toMatchObject({
			message: 'Não foi possível acessar o sistema. Verifique seu "access_token".',
			httpCode: '401',
		});
		expect(exchange.isDone()).toBe(true);
		expect(JSON.stringify(result.error)).not.toContain(ACCESS);
		expect(JSON.stringify(result.error)).not.toContain(PERSONAL_TOKEN);
	});

	it('429 on create waits and retries: sent twice, created once', async () => {
		const api = eGestorApi()
			.post('/api/v1/contatos')
			.reply(429, vendorError(429, 'Número máximo de requisições atingido.'), {
				'X-RateLimit-Limit': '60',
				'X-RateLimit-Remaining': '0',
			})
			.post('/api/v1/contatos')
			.reply(
				200,
				{ codigo: 1, nome: 'Kaya' },
				{ 'X-RateLimit-Limit': '60', 'X-RateLimit-Remaining': '59' },
			);

		const result = await runNode(create);

		expect(result.error).toBeUndefined();
		expect(api.isDone()).toBe(true);
		expect(result.output('eGestor')).toEqual([{ codigo: 1, nome: 'Kaya' }]);
		expect(clock.waits().length).toBeGreaterThan(0);
		expect(clock.waits().reduce((sum, ms) => sum + ms, 0)).toBeLessThanOrEqual(120_000);
	});

	it('429 for ever: gives up within the wait bound with a clear error', async () => {
		eGestorApi()
			.post('/api/v1/contatos')
			.times(10)
			.reply(429, vendorError(429, 'Número máximo de requisições atingido.'));

		const result = await runNode(create);

		expect(failure(result)).toMatchObject({
			message: 'Número máximo de requisições atingido.',
			httpCode: '429',
		});
		expect(result.error?.description).toMatch(/Gave up after \d+ attempts\./);
		// The stated bound: all of one request's rate waits within three 60 s windows.
		expect(clock.waits().reduce((sum, ms) => sum + ms, 0)).toBeLessThanOrEqual(180_000);
	});

	it('500 on a read is retried; 500 on a create is not', async () => {
		const read = eGestorApi()
			.get('/api/v1/contatos/1')
			.reply(500, 'oops')
			.get('/api/v1/contatos/1')
			.reply(200, { codigo: 1 });
		const write = eGestorApi().post('/api/v1/contatos').once().reply(500, '<html>Erro</html>');

		const readResult = await runNode(get);
		const writeResult = await runNode(create);

		expect(read.isDone()).toBe(true);
		expect(readResult.output('eGestor')).toEqual([{ codigo: 1 }]);
		expect(write.isDone()).toBe(true);
		expect(failure(writeResult)).toMatchObject({
			message: 'eGestor answered with HTTP 500',
			httpCode: '500',
		});
	});

	it('Continue On Fail: a failed item yields one error item and the others go on', async () => {
		eGestorApi()
			.get('/api/v1/contatos/1')
			.reply(200, { codigo: 1 })
			.get('/api/v1/contatos/2')
			.reply(410, vendorError(410, 'Registro com código 2 não existe.'))
			.get('/api/v1/contatos/3')
			.reply(200, { codigo: 3 });

		const result = await runNode(
			{ resource: 'contact', operation: 'get', contactId: '={{ $json.n }}' },
			{ input: [{ n: 1 }, { n: 2 }, { n: 3 }], continueOnFail: true },
		);

		expect(result.error).toBeUndefined();
		expect(result.output('eGestor')).toEqual([
			{ codigo: 1 },
			{
				error: 'Registro com código 2 não existe.',
				description:
					'The record was deleted in eGestor and is no longer available (HTTP 410, not the same as 404 "not found").',
			},
			{ codigo: 3 },
		]);
	});
});

function nock401() {
	eGestorApi()
		.get('/api/v1/contatos/1')
		.reply(
			401,
			vendorError(
				401,
				'Não foi possível acessar o sistema. Verifique seu "access_token".',
				'access_denied',
			),
		);
	eGestorApi('access-2')
		.get('/api/v1/contatos/1')
		.reply(
			401,
			vendorError(
				401,
				'Não foi possível acessar o sistema. Verifique seu "access_token".',
				'access_denied',
			),
		);
}

function nockExchange() {
	return nock(ORIGIN)
		.post('/api/oauth/access_token', { grant_type: 'personal', personal_token: PERSONAL_TOKEN })
		.reply(200, { access_token: 'access-2', token_type: 'Bearer', expires_in: 900 });
}
