import '../harness/mock-sleep';

import nock from 'nock';
import type { ICredentialDataDecryptedObject, IDataObject } from 'n8n-workflow';

import { WoofedCrmApi } from '../../credentials/WoofedCrmApi.credentials';
import type { WorkflowResult } from '../../harness/run-workflow';
import { WorkflowHarness } from '../../harness/run-workflow';
import * as core from '../../nodes/shared/request';
import { WoofedCrm } from '../../nodes/WoofedCrm/WoofedCrm.node';
import { errorBody as eGestorErrorBody } from '../../sandbox/contracts/egestor';
import { ecosysApi, ecosysHarness, ecosysNode } from '../ecosys/ecosys-harness';
import { ACCESS, eGestorApi, ORIGIN, PERSONAL_TOKEN, runNode } from '../egestor/egestor-harness';
import {
	HIVESTR_KEY,
	HIVESTR_SECRET,
	HIVESTR_TOKEN,
	hivestrApi,
	hivestrApiWith,
	runHivestr,
	tokenExchange,
} from '../hivestr/hivestr-harness';
import { failureOf, networkError, useFakeClock } from '../shared/probe';
import { sonarApi, sonarHarness, sonarNode } from '../sonar/sonar-harness';
import {
	ACCOUNT,
	pagyPage,
	woofedApi,
	woofedHarness,
	woofedNode,
} from '../woofedcrm/woofedcrm-harness';

/*
 * What each vendor's errors look like to a user: the vendor's own message, status and
 * details, in the vendor's own error format. The core's handling of every fault (what is
 * retried, waited for, never sent twice; one paired item per input item; no secret shown) is
 * the fault matrix's (fault-matrix.test.ts, secrets.test.ts), run for every vendor; the rows
 * here are what differs by vendor.
 */

// Date.now() moves only when the core sleeps, so waits are instant and exact.
const clock = useFakeClock();

type Vendor = 'Sonar Marketing' | 'Ecosys Auto' | 'eGestor' | 'Hivestr' | 'WoofedCRM';

interface RunOptions {
	continueOnFail?: boolean;
	input?: IDataObject[];
}

/** Each vendor's node in a one-node workflow, and the name its output is read under. */
const NODES: Record<
	Vendor,
	{ name: string; run(parameters: IDataObject, options?: RunOptions): Promise<WorkflowResult> }
> = {
	'Sonar Marketing': {
		name: 'Sonar',
		run: async (parameters, { continueOnFail = false, input = [{}] } = {}) =>
			await sonarHarness().runChain(input, [sonarNode('Sonar', parameters, continueOnFail)]),
	},
	'Ecosys Auto': {
		name: 'Ecosys',
		run: async (parameters, { continueOnFail = false, input = [{}] } = {}) =>
			await ecosysHarness().runChain(input, [ecosysNode('Ecosys', parameters, continueOnFail)]),
	},
	eGestor: {
		name: 'eGestor',
		run: async (parameters, options) => await runNode(parameters, options),
	},
	Hivestr: {
		name: 'Hivestr',
		run: async (parameters, options) => await runHivestr(parameters, options),
	},
	WoofedCRM: {
		name: 'Woofed',
		run: async (parameters, { continueOnFail = false, input = [{}] } = {}) =>
			await woofedHarness().runChain(input, [woofedNode('Woofed', parameters, continueOnFail)]),
	},
};

interface ErrorCase {
	vendor: Vendor;
	name: string;
	parameters: IDataObject;
	/** Mocks the vendor's answers: interceptors the run must use, and ones only a wrong re-send would. */
	mock(): { used?: nock.Scope[]; unused?: nock.Scope[] } | void;
	/** The failure as `failureOf` reports it (the fields given). */
	error?: Partial<ReturnType<typeof failureOf>>;
	/** Or the output of a run that succeeds. */
	output?: IDataObject[];
	/** The waits the core asked for: exactly these, or this many. */
	waits?: number[] | number;
	/** Secrets the error must not show, in any field or its description. */
	secrets?: string[];
	/** Anything else the case checks. */
	check?(result: WorkflowResult, waits: number[]): void;
	/** Runs the node with another credential than the vendor's usual one. */
	run?(parameters: IDataObject): Promise<WorkflowResult>;
}

// Sonar Marketing and Ecosys Auto: { success: false, error: { code, message } }.
const envelopeError = (code: string, message: string) => ({
	success: false,
	error: { code, message },
});
const ecosysClientCreate = {
	resource: 'client',
	operation: 'create',
	type: 'PF',
	name: 'João da Silva',
	cpf: '123.456.789-09',
};
const ecosysVehicleGet = { resource: 'vehicle', operation: 'get', vehicleId: 'v-1' };
const ecosysMarkWon = { resource: 'deal', operation: 'markWon', dealId: 'd-1', finalValue: 100 };

// eGestor: { errCode, errMsg, errObs, errFields }.
const eGestorError = (
	errCode: number,
	errMsg: string,
	errObs: string | null = null,
	errFields: unknown = null,
) => eGestorErrorBody.parse({ errCode, errMsg, errObs, errFields });
const eGestorContactGet = { resource: 'contact', operation: 'get', contactId: '1' };
const eGestorContactCreate = {
	resource: 'contact',
	operation: 'create',
	nome: 'Kaya',
	tipo: ['cliente'],
};
const EGESTOR_DELETED =
	'The record was deleted in eGestor and is no longer available (HTTP 410, not the same as 404 "not found").';
const EGESTOR_DENIED = 'Não foi possível acessar o sistema. Verifique seu "access_token".';
const EGESTOR_RATE = 'Número máximo de requisições atingido.';

// Hivestr: { success: false, error, ...details }.
const hivestrRefused = (error: string, extra: IDataObject = {}) => ({
	success: false,
	error,
	...extra,
});
const HIVESTR_CLIENT = '/api/v1/public/clients/c-1';
const HIVESTR_CLIENTS = '/api/v1/public/clients';
const hivestrClientGet = { resource: 'client', operation: 'get', clientId: 'c-1' };
const hivestrClientCreate = { resource: 'client', operation: 'create', name: 'João' };
const HIVESTR_500_ADVICE =
	'Hivestr\'s API docs for 500: "Internal error → Check logs/submitted fields".';

// WoofedCRM: Rails' { errors } or { error }, or a bare errors hash.
const WOOFED_DEAL = `${ACCOUNT}/deals/5`;
const woofedDealGet = { resource: 'deal', operation: 'get', dealId: '5' };
const woofedDealCreate = { resource: 'deal', operation: 'create', stage_id: 1, contact_id: '1' };

/** The WoofedCRM node signed with a credential holding `data`. */
async function runWoofedWith(parameters: IDataObject, data: ICredentialDataDecryptedObject) {
	const harness = new WorkflowHarness({
		nodeTypes: { woofedCrm: new WoofedCrm() },
		credentialTypes: [new WoofedCrmApi()],
		credentials: [{ id: 'other', name: 'other', type: 'woofedCrmApi', data }],
	});
	return await harness.runChain(
		[{}],
		[{ name: 'Woofed', type: 'woofedCrm', parameters, credentials: { woofedCrmApi: 'other' } }],
	);
}

const cases: ErrorCase[] = [
	{
		vendor: 'Sonar Marketing',
		name: '404 surfaces the vendor message and code',
		parameters: { resource: 'deal', operation: 'get', dealId: 'd-1' },
		mock: () => {
			sonarApi()
				.get('/api/v1/deals/d-1')
				.reply(404, envelopeError('NOT_FOUND', 'Negócio não encontrado'));
		},
		error: {
			message: 'Negócio não encontrado',
			description: 'Error code: NOT_FOUND',
			itemIndex: 0,
		},
	},
	{
		vendor: 'Ecosys Auto',
		name: 'DUPLICATE_ENTRY becomes a NodeApiError with the vendor message and code, not retried',
		parameters: ecosysClientCreate,
		mock: () => ({
			used: [
				ecosysApi()
					.post('/api/v1/clients')
					.reply(409, envelopeError('DUPLICATE_ENTRY', 'Já existe um cliente com este CPF')),
			],
		}),
		error: {
			type: 'NodeApiError',
			message: 'Já existe um cliente com este CPF',
			description: 'Error code: DUPLICATE_ENTRY',
			httpCode: '409',
			itemIndex: 0,
		},
		waits: [],
	},
	...(
		[
			[403, 'FORBIDDEN', 'Sem permissão para esta loja'],
			[404, 'NOT_FOUND', 'Veículo não encontrado'],
			[410, 'GONE', 'Veículo removido'],
		] as const
	).map(([status, code, message]): ErrorCase => ({
		vendor: 'Ecosys Auto',
		name: `${status} surfaces the vendor message and code without a retry`,
		parameters: ecosysVehicleGet,
		mock: () => ({
			used: [ecosysApi().get('/api/v1/vehicles/v-1').reply(status, envelopeError(code, message))],
		}),
		error: { message, description: `Error code: ${code}` },
		waits: [],
	})),
	{
		vendor: 'Ecosys Auto',
		name: '422 on a PUT is not retried and keeps the vendor message',
		parameters: ecosysMarkWon,
		mock: () => ({
			used: [
				ecosysApi()
					.put('/api/v1/deals/d-1')
					.reply(422, envelopeError('VALIDATION_ERROR', 'value deve ser positivo')),
			],
		}),
		error: { message: 'value deve ser positivo' },
		waits: [],
	},
	{
		vendor: 'Ecosys Auto',
		name: 'a reset connection on a create says the outcome is unknown and it was not sent again',
		parameters: ecosysClientCreate,
		mock: () => ({
			used: [ecosysApi().post('/api/v1/clients').replyWithError(networkError('ECONNRESET'))],
		}),
		error: {
			message: 'Could not reach Ecosys Auto',
			description:
				'Connection failed: ECONNRESET. Outcome unknown: Ecosys Auto may have done this before the failure (ECONNRESET). It was not sent again, so that it cannot happen twice; check in Ecosys Auto whether it took effect (for example with a Get of the record) before running this item again.',
		},
	},
	{
		vendor: 'Ecosys Auto',
		name: 'an HTML error page yields the HTTP status, not a parse error',
		parameters: ecosysMarkWon,
		mock: () => {
			ecosysApi()
				.put('/api/v1/deals/d-1')
				.reply(400, '<html><body>Bad Request</body></html>', { 'Content-Type': 'text/html' });
		},
		error: { message: 'Ecosys Auto answered with HTTP 400' },
	},
	{
		vendor: 'Ecosys Auto',
		name: 'a 200 list page that is not an envelope fails instead of returning an empty list',
		parameters: { resource: 'vehicle', operation: 'getAll', returnAll: true },
		mock: () => {
			ecosysApi()
				.get('/api/v1/vehicles')
				.query(true)
				.reply(200, '<html>Gateway</html>', { 'Content-Type': 'text/html' });
		},
		error: {
			message: 'Ecosys Auto sent a response that is not its JSON envelope: <html>Gateway</html>',
		},
	},
	{
		vendor: 'Ecosys Auto',
		name: 'a 200 saying success false fails with the vendor message',
		parameters: ecosysVehicleGet,
		mock: () => {
			ecosysApi()
				.get('/api/v1/vehicles/v-1')
				.reply(200, envelopeError('NOT_FOUND', 'Veículo não encontrado'));
		},
		error: { message: 'Veículo não encontrado' },
	},
	{
		vendor: 'Ecosys Auto',
		name: 'gives up on a read after four attempts of 503, with the vendor message and code',
		parameters: ecosysVehicleGet,
		mock: () => ({
			used: [
				ecosysApi()
					.get('/api/v1/vehicles/v-1')
					.times(4)
					.reply(503, envelopeError('UNAVAILABLE', 'Manutenção')),
			],
		}),
		error: {
			message: 'Manutenção',
			description: 'Error code: UNAVAILABLE Gave up after 4 attempts.',
		},
		waits: 3,
	},
	{
		vendor: 'eGestor',
		name: '404: the vendor message, as "not found"',
		parameters: eGestorContactGet,
		mock: () => {
			eGestorApi()
				.get('/api/v1/contatos/1')
				.reply(404, eGestorError(404, 'Nenhum registro com código 1 econtrado'));
		},
		error: {
			message: 'Nenhum registro com código 1 econtrado',
			description: null,
			httpCode: '404',
			itemIndex: 0,
		},
	},
	{
		vendor: 'eGestor',
		name: '410: says the record was deleted, distinct from 404',
		parameters: eGestorContactGet,
		mock: () => {
			eGestorApi()
				.get('/api/v1/contatos/1')
				.reply(410, eGestorError(410, 'Registro com código 1 não existe.'));
		},
		error: {
			message: 'Registro com código 1 não existe.',
			description: EGESTOR_DELETED,
			httpCode: '410',
			itemIndex: 0,
		},
	},
	{
		vendor: 'eGestor',
		name: '400 with errObs and errFields carries them into the error, and the create is not resent',
		parameters: eGestorContactCreate,
		mock: () => ({
			used: [
				eGestorApi()
					.post('/api/v1/contatos')
					.once()
					.reply(
						400,
						eGestorError(400, 'Erro de validação', 'campos_invalidos', {
							cpfcnpj: ['CPF inválido'],
							nome: 'obrigatório',
						}),
					),
			],
		}),
		error: {
			message: 'Erro de validação',
			description: 'Note: campos_invalidos Fields: cpfcnpj: CPF inválido; nome: obrigatório',
			httpCode: '400',
			itemIndex: 0,
		},
	},
	{
		vendor: 'eGestor',
		name: '422 with a list of field errors',
		parameters: eGestorContactCreate,
		mock: () => {
			eGestorApi()
				.post('/api/v1/contatos')
				.reply(
					422,
					eGestorError(422, 'Dados fora do escopo', null, ['indicadorIE deve ser 1, 2 ou 9']),
				);
		},
		error: {
			message: 'Dados fora do escopo',
			description: 'Fields: indicadorIE deve ser 1, 2 ou 9',
			httpCode: '422',
		},
	},
	{
		vendor: 'eGestor',
		name: "401 fails with eGestor's message after n8n's one re-send and never shows a token",
		parameters: eGestorContactGet,
		mock: () => {
			const denied = eGestorError(401, EGESTOR_DENIED, 'access_denied');
			eGestorApi().get('/api/v1/contatos/1').reply(401, denied);
			eGestorApi('access-2').get('/api/v1/contatos/1').reply(401, denied);
			const exchange = nock(ORIGIN)
				.post('/api/oauth/access_token', {
					grant_type: 'personal',
					personal_token: PERSONAL_TOKEN,
				})
				.reply(200, { access_token: 'access-2', token_type: 'Bearer', expires_in: 900 });
			return { used: [exchange] };
		},
		error: { message: EGESTOR_DENIED, httpCode: '401' },
		secrets: [ACCESS, PERSONAL_TOKEN],
	},
	{
		vendor: 'eGestor',
		name: '429 on create waits and retries: sent twice, created once',
		parameters: eGestorContactCreate,
		mock: () => ({
			used: [
				eGestorApi()
					.post('/api/v1/contatos')
					.reply(429, eGestorError(429, EGESTOR_RATE), {
						'X-RateLimit-Limit': '60',
						'X-RateLimit-Remaining': '0',
					})
					.post('/api/v1/contatos')
					.reply(
						200,
						{ codigo: 1, nome: 'Kaya' },
						{ 'X-RateLimit-Limit': '60', 'X-RateLimit-Remaining': '59' },
					),
			],
		}),
		output: [{ codigo: 1, nome: 'Kaya' }],
		check: (_, waits) => {
			expect(waits.length).toBeGreaterThan(0);
			expect(waits.reduce((sum, ms) => sum + ms, 0)).toBeLessThanOrEqual(120_000);
		},
	},
	{
		vendor: 'eGestor',
		name: '429 for ever: gives up within the wait bound with a clear error',
		parameters: eGestorContactCreate,
		mock: () => {
			eGestorApi().post('/api/v1/contatos').times(10).reply(429, eGestorError(429, EGESTOR_RATE));
		},
		error: {
			message: EGESTOR_RATE,
			httpCode: '429',
			description: expect.stringMatching(/Gave up after \d+ attempts\./),
		},
		// The stated bound: all of one request's rate waits within three 60 s windows.
		check: (_, waits) =>
			expect(waits.reduce((sum, ms) => sum + ms, 0)).toBeLessThanOrEqual(180_000),
	},
	{
		vendor: 'Hivestr',
		name: '401 after a fresh token: one re-exchange, then fails with the vendor message',
		parameters: hivestrClientGet,
		mock: () => ({
			used: [
				tokenExchange(HIVESTR_TOKEN, 'jwt-token-2'),
				hivestrApi().get(HIVESTR_CLIENT).reply(401, hivestrRefused('Token inválido')),
				hivestrApiWith('jwt-token-2')
					.get(HIVESTR_CLIENT)
					.reply(401, hivestrRefused('Token inválido')),
			],
		}),
		error: { message: 'Token inválido', httpCode: '401' },
		secrets: [HIVESTR_KEY, HIVESTR_SECRET, HIVESTR_TOKEN],
	},
	...(
		[
			['410 { message }', 410, { success: false, message: 'Recurso removido' }, 'Recurso removido'],
			[
				'404 as an HTML page',
				404,
				'<html><h1>Not Found</h1></html>',
				'Hivestr answered with HTTP 404',
			],
		] as const
	).map(([what, status, body, message]): ErrorCase => ({
		vendor: 'Hivestr',
		name: `${what} surfaces the vendor message without a retry`,
		parameters: hivestrClientGet,
		mock: () => {
			tokenExchange();
			return { used: [hivestrApi().get(HIVESTR_CLIENT).reply(status, body)] };
		},
		error: { message, httpCode: String(status), itemIndex: 0 },
		waits: [],
	})),
	{
		vendor: 'Hivestr',
		name: '422 shows the field errors in the description and is not retried',
		parameters: hivestrClientCreate,
		mock: () => {
			tokenExchange();
			return {
				used: [
					hivestrApi()
						.post(HIVESTR_CLIENTS)
						.reply(
							422,
							hivestrRefused('Dados inválidos', {
								details: [
									{ field: 'email', message: 'formato inválido' },
									{ field: 'status', message: 'valor não permitido' },
								],
							}),
						),
				],
			};
		},
		error: {
			message: 'Dados inválidos',
			description: 'email: formato inválido; status: valor não permitido',
		},
		waits: [],
	},
	{
		vendor: 'Hivestr',
		name: '422 with field errors as an object',
		parameters: hivestrClientCreate,
		mock: () => {
			tokenExchange();
			hivestrApi()
				.post(HIVESTR_CLIENTS)
				.reply(422, { error: { message: 'Validation failed' }, errors: { name: ['obrigatório'] } });
		},
		error: { message: 'Validation failed', description: 'name: obrigatório' },
	},
	{
		vendor: 'Hivestr',
		name: '429 asking to wait an hour (the doc: "wait for reset") fails at once with a clear error',
		parameters: hivestrClientGet,
		mock: () => {
			tokenExchange();
			hivestrApi()
				.get(HIVESTR_CLIENT)
				.reply(429, hivestrRefused('Rate limit excedido'), { 'Retry-After': '3600' });
		},
		error: {
			message: 'Rate limit excedido',
			description: expect.stringContaining('asked to wait 3600 s'),
		},
		waits: [],
	},
	{
		vendor: 'Hivestr',
		name: 'a read failing with HTML 502 every time gives up after 4 attempts',
		parameters: hivestrClientGet,
		mock: () => {
			tokenExchange();
			return {
				used: [hivestrApi().get(HIVESTR_CLIENT).times(4).reply(502, '<html>Bad gateway</html>')],
			};
		},
		error: {
			message: 'Hivestr answered with HTTP 502',
			description: 'Gave up after 4 attempts. Hivestr sent: <html>Bad gateway</html>',
		},
	},
	...['ETIMEDOUT', 'ECONNRESET'].map((code): ErrorCase => ({
		vendor: 'Hivestr',
		name: `a create that fails with ${code} is not resent, and says so`,
		parameters: hivestrClientCreate,
		mock: () => {
			tokenExchange();
			return {
				used: [hivestrApi().post(HIVESTR_CLIENTS).replyWithError(networkError(code))],
				unused: [
					hivestrApi()
						.post(HIVESTR_CLIENTS)
						.reply(201, { success: true, data: { id: 'dup' } }),
				],
			};
		},
		error: {
			message: 'Could not reach Hivestr',
			description: expect.stringContaining(`Connection failed: ${code}. Outcome unknown: `),
		},
	})),
	...(
		[
			[
				'JSON of another shape',
				{ msg: 'campo inválido', code: 'X1' },
				'Hivestr sent: {"msg":"campo inválido","code":"X1"}',
			],
			['plain text', 'Erro: campo name obrigatório', 'Hivestr sent: Erro: campo name obrigatório'],
		] as const
	).map(([kind, body, shown]): ErrorCase => ({
		vendor: 'Hivestr',
		name: `a 400 with ${kind} shows what Hivestr sent (never an empty message)`,
		parameters: hivestrClientCreate,
		mock: () => {
			tokenExchange();
			hivestrApi().post(HIVESTR_CLIENTS).reply(400, body);
		},
		error: { message: 'Hivestr answered with HTTP 400', description: shown },
	})),
	...(
		[
			['POST', 'client create', hivestrClientCreate, () => hivestrApi().post(HIVESTR_CLIENTS)],
			[
				'PATCH',
				'card update',
				{ resource: 'deal', operation: 'update', dealId: 'd-1', updateFields: { title: 'Novo' } },
				() => hivestrApi().patch('/api/v1/public/pipeline/deals/d-1'),
			],
		] as const
	).map(([method, what, parameters, interceptor]): ErrorCase => ({
		vendor: 'Hivestr',
		name: `a 500 on a ${method} (${what}) gives the document's advice and is not retried`,
		parameters,
		mock: () => {
			tokenExchange();
			return {
				used: [interceptor().reply(500)],
				unused: [interceptor().reply(200, { success: true, data: { id: 'dup' } })],
			};
		},
		error: {
			message: 'Hivestr answered with HTTP 500',
			description: expect.stringContaining(HIVESTR_500_ADVICE),
		},
		waits: [],
		// That the request was not sent again is said once.
		check: (result) =>
			expect(String(result.error?.description).match(/not sent again/g)).toHaveLength(1),
	})),
	{
		vendor: 'Hivestr',
		name: 'a 200 with success false on a read is an error with the vendor message',
		parameters: hivestrClientGet,
		mock: () => {
			tokenExchange();
			hivestrApi().get(HIVESTR_CLIENT).reply(200, hivestrRefused('Cliente bloqueado'));
		},
		error: { message: 'Cliente bloqueado', httpCode: '200' },
	},
	{
		vendor: 'Hivestr',
		name: 'a 200 with success false on a list is an error with the vendor message',
		parameters: { resource: 'client', operation: 'getAll', returnAll: true },
		mock: () => {
			tokenExchange();
			hivestrApi()
				.get(HIVESTR_CLIENTS)
				.query(true)
				.reply(200, hivestrRefused('Sem permissão: clients'));
		},
		error: { message: 'Sem permissão: clients' },
	},
	{
		vendor: 'Hivestr',
		name: 'a read answered without data fails clearly instead of an empty item',
		parameters: hivestrClientGet,
		mock: () => {
			tokenExchange();
			hivestrApi().get(HIVESTR_CLIENT).reply(200, { success: true });
		},
		error: {
			message: 'Hivestr sent no record under "data"',
			description: 'HTTP 200; the answer was: {"success":true}',
		},
	},
	{
		vendor: 'WoofedCRM',
		name: '404 { errors } surfaces the server message with the item index',
		parameters: woofedDealGet,
		mock: () => {
			woofedApi().get(WOOFED_DEAL).reply(404, { errors: 'Not found' });
		},
		error: { message: 'Not found', httpCode: '404', itemIndex: 0 },
	},
	{
		vendor: 'WoofedCRM',
		name: '410 falls back to the status when the body says nothing',
		parameters: woofedDealGet,
		mock: () => {
			woofedApi().get(WOOFED_DEAL).reply(410, {});
		},
		error: { message: 'WoofedCRM answered with HTTP 410' },
	},
	{
		vendor: 'WoofedCRM',
		name: '422 lists every field error (array form) and is not retried',
		parameters: woofedDealCreate,
		mock: () => ({
			used: [
				woofedApi()
					.post(`${ACCOUNT}/deals`)
					.reply(422, { errors: ['Stage must exist', "Contact can't be blank"] }),
			],
		}),
		error: {
			message: 'Stage must exist',
			description: "Stage must exist; Contact can't be blank",
		},
		waits: [],
	},
	{
		vendor: 'WoofedCRM',
		name: '422 with field errors as a hash names each field',
		parameters: woofedDealCreate,
		mock: () => {
			woofedApi()
				.post(`${ACCOUNT}/deals`)
				.reply(422, { errors: { stage_id: ["can't be blank"], email: ['is invalid'] } });
		},
		error: {
			message: "stage_id can't be blank",
			description: "stage_id can't be blank; email is invalid",
		},
	},
	{
		vendor: 'WoofedCRM',
		name: '422 as a bare errors hash (contact upsert) names the field',
		parameters: woofedDealCreate,
		mock: () => {
			woofedApi()
				.post(`${ACCOUNT}/deals`)
				.reply(422, { email: ['is invalid'] });
		},
		error: { message: 'email is invalid' },
	},
	{
		vendor: 'WoofedCRM',
		name: '500 on a search (a POST that stores nothing) is retried like a read',
		parameters: { resource: 'deal', operation: 'search', returnAll: true },
		mock: () => ({
			used: [
				woofedApi()
					.post(`${ACCOUNT}/deals/search`)
					.query(true)
					.reply(500, 'Error')
					.post(`${ACCOUNT}/deals/search`)
					.query(true)
					.reply(200, pagyPage([{ id: 7 }], 1, 1)),
			],
		}),
		output: [{ id: 7 }],
		waits: 1,
	},
	{
		vendor: 'WoofedCRM',
		name: 'a timeout on a read gives up after the bounded attempts with the network code',
		parameters: woofedDealGet,
		mock: () => ({
			used: [woofedApi().get(WOOFED_DEAL).times(4).replyWithError(networkError('ETIMEDOUT'))],
		}),
		error: { message: 'Could not reach WoofedCRM' },
		check: (result) => {
			expect(result.error?.description).toContain('ETIMEDOUT');
			expect(result.error?.description).toContain('Gave up after 4 attempts.');
		},
	},
	{
		vendor: 'WoofedCRM',
		name: 'refuses a non-https base URL before sending',
		parameters: woofedDealGet,
		run: async (parameters) =>
			await runWoofedWith(parameters, {
				baseUrl: 'http://crm.example.com',
				accountId: '7',
				apiToken: 't',
			}),
		mock: () => undefined,
		error: { message: "The WoofedCRM credential's Base URL must be an https:// address" },
	},
	{
		vendor: 'WoofedCRM',
		name: 'without an account in the credential or on the node, fails before sending',
		parameters: woofedDealGet,
		run: async (parameters) =>
			await runWoofedWith(parameters, {
				baseUrl: 'https://crm.woofed.test',
				accountId: ' ',
				apiToken: 't',
			}),
		mock: () => ({ unused: [woofedApi().get(/.*/).reply(200, {})] }),
		error: { message: 'An Account ID is required', itemIndex: 0 },
	},
];

describe('vendor errors', () => {
	it.each(cases.map((row) => [row.vendor, row.name, row] as const))(
		'%s › %s',
		async (vendor, _, row) => {
			const { used = [], unused = [] } = row.mock() ?? {};

			const result = await (row.run ?? NODES[vendor].run)(row.parameters);

			for (const scope of used) expect(scope.isDone()).toBe(true);
			for (const scope of unused) expect(scope.isDone()).toBe(false);
			if (row.error !== undefined) expect(failureOf(result)).toMatchObject(row.error);
			if (row.output !== undefined) {
				expect(result.error).toBeUndefined();
				expect(result.output(NODES[vendor].name)).toEqual(row.output);
			}
			if (Array.isArray(row.waits)) expect(clock.waits()).toEqual(row.waits);
			else if (row.waits !== undefined) expect(clock.waits()).toHaveLength(row.waits);
			for (const secret of row.secrets ?? []) {
				expect(JSON.stringify(result.error)).not.toContain(secret);
				expect(String(result.error?.description ?? '')).not.toContain(secret);
			}
			row.check?.(result, clock.waits());
		},
	);

	// A PUT's effect ("never re-send") is read by the shared core once it knows request effects
	// (the `request` branch); until then the core re-sends an idempotent PUT after a 500.
	('effectOf' in core ? it : it.skip)(
		"Hivestr › a 500 on a PUT (client update) gives the document's advice and is not retried",
		async () => {
			tokenExchange();
			const api = hivestrApi().put(HIVESTR_CLIENT).reply(500);
			const retry = hivestrApi()
				.put(HIVESTR_CLIENT)
				.reply(200, { success: true, data: { id: 'c-1' } });

			const result = await runHivestr({
				resource: 'client',
				operation: 'update',
				clientId: 'c-1',
				updateFields: { name: 'Novo' },
			});

			expect(api.isDone()).toBe(true);
			expect(retry.isDone()).toBe(false);
			expect(result.error?.description).toContain(HIVESTR_500_ADVICE);
		},
	);
});

interface PairedCase {
	vendor: Vendor;
	name: string;
	parameters: IDataObject;
	input: IDataObject[];
	mock(): void;
	/** Each input item's output, in order: its record or its error. */
	outputs: IDataObject[];
}

const paired: PairedCase[] = [
	{
		vendor: 'Sonar Marketing',
		name: 'a vendor error item keeps its message and code',
		parameters: { resource: 'deal', operation: 'get', dealId: '={{ $json.id }}' },
		input: [{ id: 'a' }, { id: 'b' }, { id: 'c' }],
		mock: () => {
			sonarApi()
				.get('/api/v1/deals/a')
				.reply(200, { success: true, data: { id: 'a' } })
				.get('/api/v1/deals/b')
				.reply(404, envelopeError('NOT_FOUND', 'Negócio não encontrado'))
				.get('/api/v1/deals/c')
				.reply(200, { success: true, data: { id: 'c' } });
		},
		outputs: [
			{ id: 'a' },
			{ error: 'Negócio não encontrado', description: 'Error code: NOT_FOUND' },
			{ id: 'c' },
		],
	},
	{
		vendor: 'Ecosys Auto',
		name: 'record, vendor error or input error',
		parameters: { ...ecosysClientCreate, cpf: '={{ $json.cpf }}' },
		input: [{ cpf: '123.456.789-09' }, { cpf: '529.982.247-25' }, { cpf: '123.456.789' }],
		mock: () => {
			ecosysApi()
				.post('/api/v1/clients')
				.reply(201, { success: true, data: { id: 'c-1' } })
				.post('/api/v1/clients')
				.reply(409, envelopeError('DUPLICATE_ENTRY', 'Já existe um cliente com este CPF'));
		},
		outputs: [
			{ id: 'c-1' },
			{ error: 'Já existe um cliente com este CPF', description: 'Error code: DUPLICATE_ENTRY' },
			{
				error: '"CPF" is not a valid CPF',
				description:
					'Got "123.456.789" on item 2. A CPF has 11 digits, e.g. 123.456.789-09 or 12345678909.',
			},
		],
	},
	{
		vendor: 'eGestor',
		name: 'a deleted record yields one error item and the others go on',
		parameters: { resource: 'contact', operation: 'get', contactId: '={{ $json.n }}' },
		input: [{ n: 1 }, { n: 2 }, { n: 3 }],
		mock: () => {
			eGestorApi()
				.get('/api/v1/contatos/1')
				.reply(200, { codigo: 1 })
				.get('/api/v1/contatos/2')
				.reply(410, eGestorError(410, 'Registro com código 2 não existe.'))
				.get('/api/v1/contatos/3')
				.reply(200, { codigo: 3 });
		},
		outputs: [
			{ codigo: 1 },
			{ error: 'Registro com código 2 não existe.', description: EGESTOR_DELETED },
			{ codigo: 3 },
		],
	},
	{
		vendor: 'Hivestr',
		name: "a 404 item carries the document's advice",
		parameters: { ...hivestrClientGet, clientId: '={{ $json.id }}' },
		input: [{ id: 'a' }, { id: 'b' }, { id: 'c' }],
		mock: () => {
			tokenExchange();
			hivestrApi()
				.get('/api/v1/public/clients/a')
				.reply(200, { success: true, data: { id: 'a' } })
				.get('/api/v1/public/clients/b')
				.reply(404, hivestrRefused('Cliente não encontrado'))
				.get('/api/v1/public/clients/c')
				.reply(200, { success: true, data: { id: 'c' } });
		},
		outputs: [
			{ id: 'a' },
			{
				error: 'Cliente não encontrado',
				description: 'Hivestr\'s API docs for 404: "Resource not found → Check ID".',
			},
			{ id: 'c' },
		],
	},
	{
		vendor: 'WoofedCRM',
		name: 'a 404 item has the server message and no description',
		parameters: { ...woofedDealGet, dealId: '={{ $json.id }}' },
		input: [{ id: 1 }, { id: 2 }, { id: 3 }],
		mock: () => {
			woofedApi()
				.get(`${ACCOUNT}/deals/1`)
				.reply(200, { id: 1 })
				.get(`${ACCOUNT}/deals/2`)
				.reply(404, { errors: 'Not found' })
				.get(`${ACCOUNT}/deals/3`)
				.reply(200, { id: 3 });
		},
		outputs: [{ id: 1 }, { error: 'Not found', description: null }, { id: 3 }],
	},
	{
		vendor: 'WoofedCRM',
		name: 'malformed JSON and an HTML body fail with the HTTP status',
		parameters: { ...woofedDealGet, dealId: '={{ $json.id }}' },
		input: [{ id: 5 }, { id: 6 }],
		mock: () => {
			woofedApi()
				.get(WOOFED_DEAL)
				.reply(400, '{"errors": ', { 'Content-Type': 'application/json' })
				.get(`${ACCOUNT}/deals/6`)
				.reply(404, '<html><body>Not Found</body></html>', { 'Content-Type': 'text/html' });
		},
		outputs: [
			{ error: 'WoofedCRM answered with HTTP 400', description: null },
			{ error: 'WoofedCRM answered with HTTP 404', description: null },
		],
	},
];

describe('vendor errors with Continue On Fail: one output item per input item, paired', () => {
	it.each(paired.map((row) => [row.vendor, row.name, row] as const))(
		'%s › %s',
		async (vendor, _, row) => {
			row.mock();

			const result = await NODES[vendor].run(row.parameters, {
				continueOnFail: true,
				input: row.input,
			});

			expect(result.error).toBeUndefined();
			expect(
				result.items(NODES[vendor].name).map(({ json, pairedItem }) => ({ json, pairedItem })),
			).toEqual(row.outputs.map((json, item) => ({ json, pairedItem: { item } })));
		},
	);
});
