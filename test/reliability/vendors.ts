import nock from 'nock';
import type { IDataObject, IExecuteFunctions, INodeType } from 'n8n-workflow';
import type { ZodTypeAny } from 'zod';

import { EGestor } from '../../nodes/EGestor/EGestor.node';
import * as eGestorContactCreate from '../../nodes/EGestor/actions/contact/create.operation';
import { operations as eGestorContact } from '../../nodes/EGestor/actions/contact';
import { EcosysAuto } from '../../nodes/EcosysAuto/EcosysAuto.node';
import * as ecosysClientCreate from '../../nodes/EcosysAuto/actions/client/create.operation';
import * as ecosysClientGet from '../../nodes/EcosysAuto/actions/client/get.operation';
import { Hivestr } from '../../nodes/Hivestr/Hivestr.node';
import * as hivestrClientCreate from '../../nodes/Hivestr/actions/client/create.operation';
import * as hivestrClientGet from '../../nodes/Hivestr/actions/client/get.operation';
import { SonarMarketing } from '../../nodes/SonarMarketing/SonarMarketing.node';
import * as sonarDealCreate from '../../nodes/SonarMarketing/actions/deal/create.operation';
import * as sonarDealGet from '../../nodes/SonarMarketing/actions/deal/get.operation';
import { WoofedCrm } from '../../nodes/WoofedCrm/WoofedCrm.node';
import * as woofedContactCreate from '../../nodes/WoofedCrm/actions/contact/create.operation';
import * as woofedContactGet from '../../nodes/WoofedCrm/actions/contact/get.operation';
import * as ecosysContract from '../../sandbox/contracts/ecosys';
import * as eGestorContract from '../../sandbox/contracts/egestor';
import * as hivestrContract from '../../sandbox/contracts/hivestr';
import * as sonarContract from '../../sandbox/contracts/sonar';
import * as woofedContract from '../../sandbox/contracts/woofedcrm';
import { DEFAULT_STORE, ECOSYS_KEY, ecosysHarness, ecosysNode } from '../ecosys/ecosys-harness';
import {
	ACCESS,
	BASE as EGESTOR_BASE,
	eGestorHarness,
	eGestorNode,
	ORIGIN as EGESTOR_ORIGIN,
	PERSONAL_TOKEN,
	TOKEN_PATH,
} from '../egestor/egestor-harness';
import type { WorkflowHarness, WorkflowNode } from '../../harness/run-workflow';
import {
	HIVESTR_KEY,
	HIVESTR_ORIGIN,
	HIVESTR_SECRET,
	HIVESTR_TOKEN,
	hivestrHarness,
	hivestrNode,
} from '../hivestr/hivestr-harness';
import { SONAR_KEY, sonarHarness, sonarNode } from '../sonar/sonar-harness';
import { ACCOUNT, WOOFED_TOKEN, woofedHarness, woofedNode } from '../woofedcrm/woofedcrm-harness';

/** An operation module: what the node's router calls for one item. */
interface OperationModule {
	execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject | IDataObject[]>;
}

/**
 * One operation of a vendor as the reliability tests drive it. `key` is the value the item
 * carries (`$json.key`): the read's id, the create's name, so each item has its own mock.
 */
export interface OperationSpec {
	method: 'GET' | 'POST';
	module: OperationModule;
	/** Node parameters, reading the item's `key` by expression. */
	parameters: IDataObject;
	/** The mocked path (below the origin) for an item's key. */
	path(key: string): string;
	/** Whether a request body belongs to the item with this key (creates share one path). */
	matches(body: unknown, key: string): boolean;
	/** Contract of the request body (creates). */
	contract?: ZodTypeAny;
	/** The vendor's success answer and what the node outputs from it. */
	ok(key: string): { status: number; body: IDataObject };
	output(key: string): IDataObject;
	/** The parameter the fuzzer replaces with generated values (an id or the required text). */
	fuzzed: { name: string; locator?: boolean; textOnly?: boolean };
	/** Fixed parameters for the fuzzer (no expressions). */
	fuzzBase: IDataObject;
}

/** How a token-based credential gets its token (an exchange before or after a 401). */
interface TokenAuth {
	/** A refused exchange (bad secret): for one item, API requests, exchanges, the error. */
	refused: { requests: number; exchanges: number; message: string; httpCode?: string };
	/** Exchanges in a run whose token expired once (the first exchange included). */
	expiredExchanges: number;
	/** The token the first API request must carry. */
	first: string;
	/** The token after one re-authentication. */
	renewed: string;
	/** Does the run start with an exchange (no token stored)? */
	exchangesFirst: boolean;
	/** Mocks the exchange answering with these tokens in order; returns its scope. */
	exchange(...tokens: string[]): nock.Scope;
	/** Mocks a refused exchange (a bad secret), `times` times. */
	refuse(times: number): nock.Scope;
}

export interface VendorSpec {
	name: string;
	/** The name the node's messages use. */
	displayName: string;
	/** The message for a 2xx answer that is not the vendor's JSON. */
	notJson(body: string): string;
	credentialType: string;
	node: INodeType;
	origin: string;
	baseUrl: string;
	credentialData: IDataObject;
	/** The field of the credential holding the base URL. */
	baseUrlField: string;
	harness(): WorkflowHarness;
	workflowNode(name: string, parameters: IDataObject, continueOnFail: boolean): WorkflowNode;
	/** The API, requiring the given Bearer token. */
	api(token?: string): nock.Scope;
	read: OperationSpec;
	create: OperationSpec;
	/** The vendor's error body carrying `message`. */
	errorBody(message: string): object;
	/** A 422 with field errors, and the message the node must show for it. */
	fieldErrors: { body: object; message: string };
	/** Every secret the credential holds or yields (keys, secrets, tokens). */
	secrets: string[];
	/** Present for credentials that obtain a token. */
	token?: TokenAuth;
	/** The output of a create answered by an empty 2xx, for vendors that document one. */
	emptyCreate?: (key: string) => IDataObject;
}

const bodyHas = (body: unknown, field: string, key: string) =>
	typeof body === 'object' && body !== null && (body as IDataObject)[field] === key;

const notJson = (displayName: string) => (body: string) =>
	body === ''
		? `${displayName} sent an empty answer`
		: `${displayName} sent an answer that is not JSON`;

const sonar: VendorSpec = {
	name: 'Sonar Marketing',
	displayName: 'Sonar Marketing',
	notJson: notJson('Sonar Marketing'),
	credentialType: 'sonarMarketingApi',
	node: new SonarMarketing(),
	origin: 'https://sonar.test',
	baseUrl: 'https://sonar.test/api/v1',
	credentialData: { apiKey: SONAR_KEY, baseUrl: 'https://sonar.test/api/v1' },
	baseUrlField: 'baseUrl',
	harness: sonarHarness,
	workflowNode: sonarNode,
	api: (token = SONAR_KEY) =>
		nock('https://sonar.test', { reqheaders: { authorization: `Bearer ${token}` } }),
	read: {
		method: 'GET',
		module: sonarDealGet,
		parameters: { resource: 'deal', operation: 'get', dealId: '={{ $json.key }}' },
		path: (key) => `/api/v1/deals/${key}`,
		matches: () => true,
		ok: (key) => ({ status: 200, body: { success: true, data: { id: key, title: 'Negócio' } } }),
		output: (key) => ({ id: key, title: 'Negócio' }),
		fuzzed: { name: 'dealId' },
		fuzzBase: { resource: 'deal', operation: 'get' },
	},
	create: {
		method: 'POST',
		module: sonarDealCreate,
		parameters: { resource: 'deal', operation: 'create', title: '={{ $json.key }}' },
		path: () => '/api/v1/deals',
		matches: (body, key) => bodyHas(body, 'title', key),
		contract: sonarContract.dealCreateBody,
		ok: (key) => ({ status: 201, body: { success: true, data: { id: 'd-new', title: key } } }),
		output: (key) => ({ id: 'd-new', title: key }),
		fuzzed: { name: 'title' },
		fuzzBase: { resource: 'deal', operation: 'create', additionalFields: {} },
	},
	errorBody: (message) => ({ success: false, error: { code: 'ERROR', message } }),
	fieldErrors: {
		body: { success: false, error: { code: 'VALIDATION_ERROR', message: 'title é obrigatório' } },
		message: 'title é obrigatório',
	},
	secrets: [SONAR_KEY],
};

const woofed: VendorSpec = {
	name: 'WoofedCRM',
	displayName: 'WoofedCRM',
	notJson: notJson('WoofedCRM'),
	credentialType: 'woofedCrmApi',
	node: new WoofedCrm(),
	origin: 'https://crm.woofed.test',
	baseUrl: 'https://crm.woofed.test/',
	credentialData: { baseUrl: 'https://crm.woofed.test/', accountId: '7', apiToken: WOOFED_TOKEN },
	baseUrlField: 'baseUrl',
	harness: woofedHarness,
	workflowNode: woofedNode,
	api: (token = WOOFED_TOKEN) =>
		nock('https://crm.woofed.test', { reqheaders: { authorization: `Bearer ${token}` } }),
	read: {
		method: 'GET',
		module: woofedContactGet,
		parameters: { resource: 'contact', operation: 'get', contactId: '={{ $json.key }}' },
		path: (key) => `${ACCOUNT}/contacts/${key}`,
		matches: () => true,
		ok: (key) => ({ status: 200, body: { id: Number(key), full_name: 'Tim Maia' } }),
		output: (key) => ({ id: Number(key), full_name: 'Tim Maia' }),
		fuzzed: { name: 'contactId' },
		fuzzBase: { resource: 'contact', operation: 'get' },
	},
	create: {
		method: 'POST',
		module: woofedContactCreate,
		parameters: {
			resource: 'contact',
			operation: 'create',
			contactFields: { full_name: '={{ $json.key }}' },
		},
		path: () => `${ACCOUNT}/contacts`,
		matches: (body, key) => bodyHas(body, 'full_name', key),
		contract: woofedContract.contactBody,
		ok: (key) => ({ status: 201, body: { id: 12, full_name: key } }),
		output: (key) => ({ id: 12, full_name: key }),
		// A field of a collection: text only (numbers in text fields are not converted; see report).
		fuzzed: { name: 'contactFields.full_name', textOnly: true },
		fuzzBase: { resource: 'contact', operation: 'create', customAttributes: {} },
	},
	errorBody: (message) => ({ error: message }),
	fieldErrors: {
		body: { errors: { email: ['is invalid'], full_name: ["can't be blank"] } },
		message: 'email is invalid',
	},
	secrets: [WOOFED_TOKEN],
};

const ecosys: VendorSpec = {
	name: 'Ecosys Auto',
	displayName: 'Ecosys Auto',
	notJson: (body) => `Ecosys Auto sent a response that is not its JSON envelope: ${body}`,
	credentialType: 'ecosysAutoApi',
	node: new EcosysAuto(),
	origin: 'https://ecosys.test',
	baseUrl: 'https://ecosys.test/api/v1',
	credentialData: {
		apiKey: ECOSYS_KEY,
		baseUrl: 'https://ecosys.test/api/v1',
		storeId: DEFAULT_STORE,
	},
	baseUrlField: 'baseUrl',
	harness: ecosysHarness,
	workflowNode: ecosysNode,
	api: (token = ECOSYS_KEY) =>
		nock('https://ecosys.test', { reqheaders: { authorization: `Bearer ${token}` } }),
	read: {
		method: 'GET',
		module: ecosysClientGet,
		parameters: { resource: 'client', operation: 'get', clientId: '={{ $json.key }}' },
		path: (key) => `/api/v1/clients/${key}`,
		matches: () => true,
		ok: (key) => ({ status: 200, body: { success: true, data: { id: key, name: 'João' } } }),
		output: (key) => ({ id: key, name: 'João' }),
		fuzzed: { name: 'clientId' },
		fuzzBase: { resource: 'client', operation: 'get' },
	},
	create: {
		method: 'POST',
		module: ecosysClientCreate,
		parameters: {
			resource: 'client',
			operation: 'create',
			type: 'PF',
			name: '={{ $json.key }}',
			cpf: '12345678909',
		},
		path: () => '/api/v1/clients',
		matches: (body, key) => bodyHas(body, 'name', key),
		contract: ecosysContract.clientCreateBody,
		ok: (key) => ({ status: 201, body: { success: true, data: { id: 'c-new', name: key } } }),
		output: (key) => ({ id: 'c-new', name: key }),
		fuzzed: { name: 'name' },
		fuzzBase: {
			resource: 'client',
			operation: 'create',
			type: 'PF',
			cpf: '12345678909',
			additionalFields: {},
		},
	},
	errorBody: (message) => ({ success: false, error: { code: 'ERROR', message } }),
	fieldErrors: {
		body: {
			success: false,
			error: { code: 'VALIDATION_ERROR', message: 'CPF inválido' },
		},
		message: 'CPF inválido',
	},
	secrets: [ECOSYS_KEY],
};

const hivestr: VendorSpec = {
	name: 'Hivestr',
	displayName: 'Hivestr',
	notJson: notJson('Hivestr'),
	credentialType: 'hivestrApi',
	node: new Hivestr(),
	origin: HIVESTR_ORIGIN,
	baseUrl: `${HIVESTR_ORIGIN}/api/v1`,
	credentialData: {
		apiKey: HIVESTR_KEY,
		apiSecret: HIVESTR_SECRET,
		baseUrl: `${HIVESTR_ORIGIN}/api/v1`,
	},
	baseUrlField: 'baseUrl',
	harness: hivestrHarness,
	workflowNode: hivestrNode,
	api: (token = HIVESTR_TOKEN) =>
		nock(HIVESTR_ORIGIN, { reqheaders: { authorization: `Bearer ${token}` } }),
	read: {
		method: 'GET',
		module: hivestrClientGet,
		parameters: {
			resource: 'client',
			operation: 'get',
			clientId: { __rl: true, mode: 'id', value: '={{ $json.key }}' },
		},
		path: (key) => `/api/v1/public/clients/${key}`,
		matches: () => true,
		ok: (key) => ({ status: 200, body: { success: true, data: { id: key, name: 'João' } } }),
		output: (key) => ({ id: key, name: 'João' }),
		fuzzed: { name: 'clientId', locator: true },
		fuzzBase: { resource: 'client', operation: 'get' },
	},
	create: {
		method: 'POST',
		module: hivestrClientCreate,
		parameters: { resource: 'client', operation: 'create', name: '={{ $json.key }}' },
		path: () => '/api/v1/public/clients',
		matches: (body, key) => bodyHas(body, 'name', key),
		contract: hivestrContract.clientCreateBody,
		ok: (key) => ({
			status: 201,
			body: { success: true, data: { id: 'c-new', name: key }, message: 'Cliente criado' },
		}),
		output: (key) => ({ id: 'c-new', name: key }),
		fuzzed: { name: 'name' },
		fuzzBase: { resource: 'client', operation: 'create', additionalFields: {} },
	},
	errorBody: (message) => ({ success: false, error: message }),
	fieldErrors: {
		body: { success: false, error: 'Dados inválidos', details: { email: ['inválido'] } },
		message: 'Dados inválidos',
	},
	secrets: [HIVESTR_KEY, HIVESTR_SECRET, HIVESTR_TOKEN, 'jwt-token-2'],
	token: {
		// n8n-core tries a refused exchange once more; no API request is sent without a token.
		refused: { requests: 0, exchanges: 2, message: 'Credenciais inválidas', httpCode: '401' },
		expiredExchanges: 2,
		first: HIVESTR_TOKEN,
		renewed: 'jwt-token-2',
		exchangesFirst: true,
		exchange: (...tokens) => {
			const scope = nock(HIVESTR_ORIGIN);
			for (const token of tokens) {
				scope
					.post(
						'/api/v1/auth/token',
						(body) => body.api_key === HIVESTR_KEY && body.api_secret === HIVESTR_SECRET,
					)
					.reply(200, { access_token: token, token_type: 'Bearer', expires_in: 3600 });
			}
			return scope;
		},
		refuse: (times) =>
			nock(HIVESTR_ORIGIN)
				.post('/api/v1/auth/token')
				.times(times)
				.reply(401, { success: false, error: 'Credenciais inválidas' }),
	},
};

const eGestorRead: OperationSpec = {
	method: 'GET',
	module: eGestorContact.get,
	parameters: { resource: 'contact', operation: 'get', contactId: '={{ $json.key }}' },
	path: (key) => `/api/v1/contatos/${key}`,
	matches: () => true,
	ok: (key) => ({ status: 200, body: { codigo: Number(key), nome: 'Kaya' } }),
	output: (key) => ({ codigo: Number(key), nome: 'Kaya' }),
	fuzzed: { name: 'contactId' },
	fuzzBase: { resource: 'contact', operation: 'get' },
};

const eGestorCreate: OperationSpec = {
	method: 'POST',
	module: eGestorContactCreate,
	parameters: {
		resource: 'contact',
		operation: 'create',
		nome: '={{ $json.key }}',
		tipo: ['cliente'],
	},
	path: () => '/api/v1/contatos',
	matches: (body, key) => bodyHas(body, 'nome', key),
	contract: eGestorContract.contactCreateBody,
	ok: (key) => ({ status: 200, body: { codigo: 1, nome: key } }),
	output: (key) => ({ codigo: 1, nome: key }),
	fuzzed: { name: 'nome' },
	fuzzBase: {
		resource: 'contact',
		operation: 'create',
		tipo: ['cliente'],
		additionalFields: {},
	},
};

const eGestorError = (message: string) =>
	eGestorContract.errorBody.parse({ errCode: 400, errMsg: message, errObs: null, errFields: null });

const eGestorCommon = {
	displayName: 'eGestor',
	// POST /servicos answers an empty 200 (vendor-docs/egestor.txt): the item holds what was sent.
	emptyCreate: (key: string) => ({ nome: key, tipo: ['cliente'] }),
	notJson: notJson('eGestor'),
	node: new EGestor(),
	origin: EGESTOR_ORIGIN,
	baseUrl: EGESTOR_BASE,
	baseUrlField: 'baseUrl',
	api: (token = ACCESS) =>
		nock(EGESTOR_ORIGIN, { reqheaders: { authorization: `Bearer ${token}` } }),
	read: eGestorRead,
	create: eGestorCreate,
	errorBody: eGestorError,
	fieldErrors: {
		body: eGestorContract.errorBody.parse({
			errCode: 422,
			errMsg: 'Erro de validação',
			errObs: null,
			errFields: { cpfcnpj: ['CPF inválido'] },
		}),
		message: 'Erro de validação',
	},
};

const eGestorPersonal: VendorSpec = {
	...eGestorCommon,
	name: 'eGestor (personal token)',
	credentialType: 'eGestorApi',
	credentialData: {
		personalToken: PERSONAL_TOKEN,
		baseUrl: EGESTOR_BASE,
		accessTokenUrl: `${EGESTOR_ORIGIN}${TOKEN_PATH}`,
		accessToken: ACCESS,
	},
	harness: () => eGestorHarness(),
	workflowNode: (name, parameters, continueOnFail) =>
		eGestorNode(name, parameters, { continueOnFail }),
	secrets: [PERSONAL_TOKEN, ACCESS, 'access-2'],
	token: {
		refused: { requests: 1, exchanges: 1, message: 'Token pessoal inválido', httpCode: '401' },
		expiredExchanges: 1,
		first: ACCESS,
		renewed: 'access-2',
		exchangesFirst: false,
		exchange: (...tokens) => {
			const scope = nock(EGESTOR_ORIGIN);
			for (const token of tokens) {
				scope
					.post(TOKEN_PATH, { grant_type: 'personal', personal_token: PERSONAL_TOKEN })
					.reply(200, { access_token: token, token_type: 'Bearer', expires_in: 900 });
			}
			return scope;
		},
		refuse: (times) =>
			nock(EGESTOR_ORIGIN)
				.post(TOKEN_PATH)
				.times(times)
				.reply(
					401,
					eGestorContract.errorBody.parse({
						errCode: 401,
						errMsg: 'Token pessoal inválido',
						errObs: 'invalid_grant',
						errFields: null,
					}),
				),
	},
};

const eGestorOAuth: VendorSpec = {
	...eGestorCommon,
	name: 'eGestor (OAuth2)',
	credentialType: 'eGestorOAuth2Api',
	credentialData: {},
	harness: () => eGestorHarness(),
	workflowNode: (name, parameters, continueOnFail) =>
		eGestorNode(name, parameters, { continueOnFail, oauth: true }),
	secrets: [ACCESS, 'refresh-1', 'client-secret-1', 'access-2', 'refresh-2'],
	token: {
		refused: {
			requests: 1,
			exchanges: 1,
			message: "eGestor refused to renew the credential's access token",
		},
		expiredExchanges: 1,
		first: ACCESS,
		renewed: 'access-2',
		exchangesFirst: false,
		exchange: (...tokens) => {
			const scope = nock(EGESTOR_ORIGIN);
			for (const token of tokens) {
				scope.post(TOKEN_PATH).reply(200, {
					access_token: token,
					refresh_token: 'refresh-2',
					token_type: 'Bearer',
					expires_in: 900,
				});
			}
			return scope;
		},
		refuse: (times) =>
			nock(EGESTOR_ORIGIN)
				.post(TOKEN_PATH)
				.times(times)
				.reply(401, { error: 'invalid_client', error_description: 'client-secret inválido' }),
	},
};

/** Every vendor, one entry per credential type. */
export const vendors: VendorSpec[] = [
	sonar,
	woofed,
	ecosys,
	hivestr,
	eGestorPersonal,
	eGestorOAuth,
];

/** One entry per node (the fuzzer runs each node once). */
export const nodes: VendorSpec[] = [sonar, woofed, ecosys, hivestr, eGestorPersonal];
