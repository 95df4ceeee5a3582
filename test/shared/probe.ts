/**
 * A test-only node ("probe") and vendor that drive the vendor-neutral core the way a real
 * node does: through `route`, `apiRequest` and `paginate`, inside n8n-core's WorkflowExecute,
 * with every request parameter taken from node parameters.
 */

import nock from 'nock';
import type {
	IAuthenticateGeneric,
	ICredentialType,
	IDataObject,
	IExecuteFunctions,
	IHttpRequestMethods,
	INodeExecutionData,
	INodeProperties,
	INodeType,
	INodeTypeDescription,
} from 'n8n-workflow';
import { NodeConnectionTypes, sleep } from 'n8n-workflow';

import { pageLimitOf, returnAllAndLimit } from '../../nodes/shared/descriptions';
import {
	followNextPage,
	itemsUnderData,
	paginate,
	untilTotalPages,
} from '../../nodes/shared/paginate';
import { apiRequest, dataOf, pathOf } from '../../nodes/shared/request';
import { route } from '../../nodes/shared/router';
import type {
	Operation,
	PageStrategy,
	RequestEffect,
	ResourceMap,
	VendorProfile,
} from '../../nodes/shared/types';
import {
	checkedDate,
	checkedNumber,
	requiredText,
	requireSomeField,
	tagList,
} from '../../nodes/shared/validate';
import type { WorkflowNode, WorkflowResult } from '../../harness/run-workflow';
import { WorkflowHarness } from '../../harness/run-workflow';

export const PROBE_ORIGIN = 'https://probe.test';
export const PROBE_BASE = `${PROBE_ORIGIN}/v1`;
export const PROBE_KEY = 'prb_secret_key_0042';

export class ProbeApi implements ICredentialType {
	name = 'probeApi';

	displayName = 'Probe API';

	properties: INodeProperties[] = [
		{
			displayName: 'API Key',
			name: 'apiKey',
			type: 'string',
			typeOptions: { password: true },
			default: '',
		},
		{ displayName: 'Base URL', name: 'baseUrl', type: 'string', default: PROBE_BASE },
	];

	authenticate: IAuthenticateGeneric = {
		type: 'generic',
		properties: { headers: { Authorization: '=Bearer {{$credentials.apiKey}}' } },
	};
}

/** Probe's error body: `{fault: {text, advice}}`, a shape n8n cannot guess on its own. */
function errorDetails(body: unknown) {
	const fault = (body as { fault?: { text?: string; advice?: string } }).fault;
	return { message: fault?.text, description: fault?.advice };
}

/** Total-pages envelope `{data, pagination: {pages}}` with a `limit` size parameter. */
function totalPages(pageSize: number): PageStrategy {
	return {
		pageParam: 'page',
		sizeParam: 'limit',
		maxPageSize: pageSize,
		items: itemsUnderData,
		nextPage: untilTotalPages(
			(body) => (body as { pagination?: { pages?: unknown } }).pagination?.pages,
		),
	};
}

/** Next-page envelope `{data, pagination: {next}}` with a size fixed by the vendor. */
function nextPage(pageSize: number): PageStrategy {
	return {
		pageParam: 'page',
		maxPageSize: pageSize,
		items: itemsUnderData,
		nextPage: followNextPage(
			(body) => (body as { pagination?: { next?: unknown } }).pagination?.next,
		),
	};
}

/** The probe vendor; its page strategy and rate window come from node parameters. */
export function probeProfile(
	strategy = 'totalPages',
	pageSize = 100,
	rateWindowMs = 0,
	timeoutMs = 0,
): VendorProfile {
	return {
		displayName: 'Probe',
		credentialType: () => 'probeApi',
		baseUrl: (credentials) => credentials.baseUrl,
		errorDetails,
		pagination: strategy === 'nextPage' ? nextPage(pageSize) : totalPages(pageSize),
		rateWindowMs: rateWindowMs > 0 ? rateWindowMs : undefined,
		timeoutMs: timeoutMs > 0 ? timeoutMs : undefined,
	};
}

function profileOf(context: IExecuteFunctions, itemIndex: number): VendorProfile {
	return probeProfile(
		context.getNodeParameter('strategy', itemIndex) as string,
		context.getNodeParameter('pageSize', itemIndex) as number,
		context.getNodeParameter('rateWindowMs', itemIndex) as number,
		context.getNodeParameter('timeoutMs', itemIndex) as number,
	);
}

function jsonParameter(
	context: IExecuteFunctions,
	name: string,
	itemIndex: number,
): IDataObject | undefined {
	const value = context.getNodeParameter(name, itemIndex) as unknown;
	if (value === '' || value === undefined) return undefined;
	return (typeof value === 'string' ? JSON.parse(value) : value) as IDataObject;
}

const noFields: INodeProperties[] = [];

function operation(execute: Operation['execute']): Operation {
	return { description: noFields, execute };
}

const probeResources: ResourceMap = {
	http: {
		send: operation(async function (this: IExecuteFunctions, i) {
			const { status, body } = await apiRequest.call(
				this,
				profileOf(this, i),
				{
					method: this.getNodeParameter('method', i) as IHttpRequestMethods,
					effect: (this.getNodeParameter('effect', i) as RequestEffect) || undefined,
					path: this.getNodeParameter('path', i) as string,
					qs: jsonParameter(this, 'qs', i),
					body: jsonParameter(this, 'body', i),
				},
				i,
			);
			return { status, body: body as IDataObject };
		}),
	},
	thing: {
		delete: operation(async function (this: IExecuteFunctions, i) {
			const id = this.getNodeParameter('value', i) as string;
			const path = pathOf`/things/${id}/notes`;
			return (await apiRequest.call(this, profileOf(this, i), { method: 'DELETE', path }, i))
				.body as IDataObject;
		}),
		/** The same, for a vendor whose answers come in a `{success, data}` envelope. */
		deleteEnveloped: operation(async function (this: IExecuteFunctions, i) {
			const id = this.getNodeParameter('value', i) as string;
			const path = pathOf`/things/${id}/notes`;
			return dataOf(
				(await apiRequest.call(this, profileOf(this, i), { method: 'DELETE', path }, i)).body,
			);
		}),
	},
	crash: {
		now: operation(async function () {
			throw new TypeError('Cannot read properties of undefined');
		}),
	},
	list: {
		read: operation(async function (this: IExecuteFunctions, i) {
			return await paginate.call(
				this,
				profileOf(this, i),
				{
					method: 'GET',
					path: this.getNodeParameter('path', i) as string,
					qs: jsonParameter(this, 'qs', i),
				},
				pageLimitOf(this, i),
				i,
			);
		}),
	},
	check: {
		text: operation(async function (this: IExecuteFunctions, i) {
			return { text: requiredText(this, 'value', 'Title', i) };
		}),
		date: operation(async function (this: IExecuteFunctions, i) {
			return { date: checkedDate(this, this.getNodeParameter('value', i), 'Due Date', i) };
		}),
		number: operation(async function (this: IExecuteFunctions, i) {
			return {
				number: checkedNumber(this, this.getNodeParameter('value', i), 'Quantity', i, {
					min: 1,
					max: 100,
				}),
			};
		}),
		tags: operation(async function (this: IExecuteFunctions, i) {
			return { tags: tagList(this.getNodeParameter('value', i)) };
		}),
		fields: operation(async function (this: IExecuteFunctions, i) {
			const fields = jsonParameter(this, 'fields', i) ?? {};
			requireSomeField(this, fields, 'Update Fields', i);
			return fields;
		}),
	},
};

function text(name: string, defaultValue: string): INodeProperties {
	return { displayName: name, name, type: 'string', default: defaultValue };
}

export class Probe implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Probe',
		name: 'probe',
		group: ['transform'],
		version: 1,
		description: 'Test-only node driving the shared core',
		defaults: { name: 'Probe' },
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'probeApi', required: true }],
		properties: [
			text('resource', 'http'),
			text('operation', 'send'),
			text('method', 'GET'),
			text('effect', ''),
			text('path', '/things'),
			{ displayName: 'Query', name: 'qs', type: 'json', default: '' },
			{ displayName: 'Body', name: 'body', type: 'json', default: '' },
			...returnAllAndLimit(),
			text('strategy', 'totalPages'),
			{ displayName: 'Page Size', name: 'pageSize', type: 'number', default: 100 },
			{ displayName: 'Rate Window (ms)', name: 'rateWindowMs', type: 'number', default: 0 },
			{ displayName: 'Timeout (ms)', name: 'timeoutMs', type: 'number', default: 0 },
			text('value', ''),
			{ displayName: 'Fields', name: 'fields', type: 'json', default: '' },
			{
				displayName: 'Requests in Parallel',
				name: 'requestsInParallel',
				type: 'number',
				default: 1,
			},
		],
	};

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return await route.call(this, probeResources);
	}
}

/** A harness holding the probe node and one probe credential (id "probe"). */
export function probeHarness(baseUrl = PROBE_BASE): WorkflowHarness {
	return new WorkflowHarness({
		nodeTypes: { probe: new Probe() },
		credentialTypes: [new ProbeApi()],
		credentials: [
			{ id: 'probe', name: 'Probe', type: 'probeApi', data: { apiKey: PROBE_KEY, baseUrl } },
		],
	});
}

/** The probe node in a chain, named "Probe", signed with the test credential. */
export function probeNode(parameters: IDataObject, continueOnFail = false): WorkflowNode {
	return {
		name: 'Probe',
		type: 'probe',
		parameters,
		credentials: { probeApi: 'probe' },
		continueOnFail,
	};
}

/** Runs the probe node once over `input` (one empty item by default). */
export async function runProbe(
	parameters: IDataObject,
	{ input = [{}], continueOnFail = false, baseUrl = PROBE_BASE }: RunOptions = {},
): Promise<WorkflowResult> {
	return await probeHarness(baseUrl).runChain(input, [probeNode(parameters, continueOnFail)]);
}

interface RunOptions {
	input?: IDataObject[];
	continueOnFail?: boolean;
	baseUrl?: string;
}

/** The fields of the error that stopped an execution that the tests compare. */
export function failureOf(result: WorkflowResult) {
	const error = result.error as
		| (Error & { description?: string | null; httpCode?: string | null; context?: IDataObject })
		| undefined;
	if (error === undefined) throw new Error('The execution did not fail');
	return {
		type: error.name,
		message: error.message,
		description: error.description,
		httpCode: error.httpCode,
		itemIndex: error.context?.itemIndex,
	};
}

/** A network failure as Node reports it (nock 14 only emits Error instances). */
export function networkError(code: string): Error {
	return Object.assign(new Error(`${code} (simulated)`), { code });
}

/** One request as the server saw it. */
export interface SeenRequest {
	method: string;
	/** Path and query string, as sent. */
	path: string;
	body?: unknown;
}

/**
 * The probe API as nock sees it (Bearer key required), and every request it received in
 * order, including requests no interceptor matched.
 */
export function probeApi(origin = PROBE_ORIGIN): { api: nock.Scope; seen: SeenRequest[] } {
	const seen: SeenRequest[] = [];
	const api = nock(origin, { reqheaders: { authorization: `Bearer ${PROBE_KEY}` } });
	const record = (req: InterceptedRequest, path: string, body: string | undefined) => {
		seen.push({
			method: req.method ?? '?',
			path,
			...(body ? { body: JSON.parse(body) as unknown } : {}),
		});
	};
	api.on('request', (req: InterceptedRequest, _interceptor: unknown, body?: string) =>
		record(req, req.path ?? '?', body),
	);
	const unmatched = (req: InterceptedRequest, _options?: unknown, body?: string) =>
		record(req, `UNMATCHED ${req.path}`, body);
	nock.emitter.on('no match', unmatched);
	noMatchListeners.push(unmatched);
	return { api, seen };
}

type InterceptedRequest = { method?: string; path?: string };

const noMatchListeners: Array<(req: InterceptedRequest, options?: unknown, body?: string) => void> =
	[];
afterEach(() => {
	for (const listener of noMatchListeners.splice(0))
		nock.emitter.removeListener('no match', listener);
});

/** The fake clock's start: a whole second, so HTTP dates convert exactly. */
export const T0 = Date.UTC(2026, 0, 15, 12, 0, 0);

/**
 * A clock for files that import test/harness/mock-sleep first (n8n-workflow's `sleep` mocked):
 * `Date.now()` starts at T0 and only moves when the core sleeps, so every wait the core asks
 * for is recorded exactly and time-dependent logic sees the time pass.
 */
export function useFakeClock() {
	const sleepMock = jest.mocked(sleep);
	let now = T0;
	const reset = () => {
		now = T0;
		sleepMock.mockClear();
	};
	beforeEach(() => {
		reset();
		sleepMock.mockImplementation(async (ms: number) => {
			now += ms;
		});
		jest.spyOn(Date, 'now').mockImplementation(() => now);
	});
	afterEach(() => jest.restoreAllMocks());
	return {
		/** Every wait the core asked `sleep` for, in order. */
		waits: () => sleepMock.mock.calls.map(([ms]) => ms),
		/** Back to T0 with no waits recorded, within one test. */
		reset,
	};
}
