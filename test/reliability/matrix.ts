import type nock from 'nock';
import type { IDataObject, INodeExecutionData } from 'n8n-workflow';
import { sleep } from 'n8n-workflow';

import type { WorkflowResult } from '../../harness/run-workflow';
import { networkError, T0 } from '../shared/probe';
import type { OperationSpec, VendorSpec } from './vendors';

/**
 * The fault matrix (every HTTP and network fault, per credential type), shared by
 * fault-matrix.test.ts and secrets.test.ts. Files using it import test/harness/mock-sleep
 * first and use the fake clock of test/shared/probe.ts.
 */

export type OpName = 'read' | 'create';

interface InstallContext {
	vendor: VendorSpec;
	op: OperationSpec;
	key: string;
	/** Is this the run's first item? */
	first: boolean;
	/** The API signed with the credential's (first) token. */
	api: nock.Scope;
	/** The API signed with the token after one re-authentication. */
	renewedApi: nock.Scope;
}

/** What a cell must end in, for one operation over `items` input items. */
export interface Outcome {
	/** API requests nock saw in the run (token exchanges not included). */
	requests: number;
	/** Each item succeeds with the operation's output, or fails with this message. */
	error?: string;
	httpCode?: string;
	/** The output of a succeeding item, when not the operation's usual one. */
	output?: (key: string) => IDataObject;
	/** Waits the core asked for, per item; a function checks backoff ranges. */
	waits: number[] | 'backoff';
	/** Token exchanges / refreshes in the run (token credentials only). */
	exchanges?: number;
}

interface Cell {
	name: string;
	/** Only for credentials that obtain a token. */
	tokenOnly?: boolean;
	/** Mocks the fault for one item (and what a wrong retry would take). */
	install(context: InstallContext): void;
	outcome(op: OpName, vendor: VendorSpec, items: number): Outcome;
}

/** The interceptor of one item's request. */
export function intercept(scope: nock.Scope, op: OperationSpec, key: string) {
	return op.method === 'GET'
		? scope.get(op.path(key))
		: scope.post(op.path(key), (body) => op.matches(body, key));
}

function replyOk(scope: nock.Scope, op: OperationSpec, key: string) {
	const { status, body } = op.ok(key);
	intercept(scope, op, key).reply(status, body);
}

const vendorMessage = (vendor: VendorSpec, status: number) => `${vendor.name} fault ${status}`;

/** A fault that fails at once: one request, the vendor's message. */
function final(status: number): Cell {
	return {
		name: `${status}`,
		install: ({ vendor, op, key, api }) => {
			intercept(api, op, key).reply(status, vendor.errorBody(vendorMessage(vendor, status)));
			// Would be taken by a (wrong) retry.
			replyOk(api, op, key);
		},
		outcome: (_, vendor, items) => ({
			requests: items,
			error: vendorMessage(vendor, status),
			httpCode: String(status),
			waits: [],
		}),
	};
}

/** A fault a read retries and a create must not (the record may exist): then the record. */
function ambiguous(
	name: string,
	fail: (interceptor: nock.Interceptor, vendor: VendorSpec) => void,
	createError: (vendor: VendorSpec) => string,
	httpCode?: string,
): Cell {
	return {
		name,
		install: ({ vendor, op, key, api }) => {
			fail(intercept(api, op, key), vendor);
			replyOk(api, op, key);
		},
		outcome: (op, vendor, items) =>
			op === 'read'
				? { requests: 2 * items, waits: 'backoff' }
				: { requests: items, error: createError(vendor), httpCode, waits: [] },
	};
}

/** A 429: the vendor refused it, so a read and a create alike are resent after the wait. */
function tooMany(
	name: string,
	headers: () => Record<string, string | (() => string)>,
	waits: Outcome['waits'],
): Cell {
	return {
		name,
		install: ({ vendor, op, key, api }) => {
			intercept(api, op, key).reply(429, vendor.errorBody('Muitas requisições'), headers());
			replyOk(api, op, key);
		},
		outcome: (_, __, items) => ({ requests: 2 * items, waits }),
	};
}

/** A 2xx whose body is not the vendor's JSON: fails, is not sent again, no empty record. */
function unusable(name: string, body: string, contentType: string): Cell {
	return {
		name,
		install: ({ op, key, api }) => {
			intercept(api, op, key).reply(200, body, { 'Content-Type': contentType });
			replyOk(api, op, key);
		},
		outcome: (op, vendor, items) =>
			// A vendor whose documented create answer is an empty 200 (eGestor) takes it as a success.
			body === '' && op === 'create' && vendor.emptyCreate !== undefined
				? { requests: items, waits: [], output: vendor.emptyCreate }
				: { requests: items, error: vendor.notJson(body), httpCode: '200', waits: [] },
	};
}

const EXPIRED = '401 with an expired token';
const BAD_SECRET = '401 with a bad secret';

export const cells: Cell[] = [
	{
		name: EXPIRED,
		tokenOnly: true,
		install: ({ vendor, op, key, first, api, renewedApi }) => {
			// The token expires once; the renewed one serves every later item.
			if (first) intercept(api, op, key).reply(401, vendor.errorBody('Token expirado'));
			replyOk(renewedApi, op, key);
		},
		outcome: (_, vendor, items) => ({
			requests: items + 1,
			waits: [],
			exchanges: vendor.token?.expiredExchanges,
		}),
	},
	{
		name: BAD_SECRET,
		install: ({ vendor, op, key, api }) => {
			if (vendor.token === undefined) {
				// n8n re-sends once after a 401 by itself; the core adds nothing.
				intercept(api, op, key).times(2).reply(401, vendor.errorBody('Credencial inválida'));
			} else if (!vendor.token.exchangesFirst) {
				intercept(api, op, key).reply(401, vendor.errorBody('Credencial inválida'));
			}
			replyOk(api, op, key);
		},
		outcome: (_, vendor, items) =>
			vendor.token === undefined
				? { requests: 2 * items, error: 'Credencial inválida', httpCode: '401', waits: [] }
				: {
						requests: vendor.token.refused.requests * items,
						exchanges: vendor.token.refused.exchanges * items,
						error: vendor.token.refused.message,
						httpCode: vendor.token.refused.httpCode,
						waits: [],
					},
	},
	final(403),
	final(404),
	final(410),
	{
		name: '422 with field errors',
		install: ({ vendor, op, key, api }) => {
			intercept(api, op, key).reply(422, vendor.fieldErrors.body);
			replyOk(api, op, key);
		},
		outcome: (_, vendor, items) => ({
			requests: items,
			error: vendor.fieldErrors.message,
			httpCode: '422',
			waits: [],
		}),
	},
	tooMany('429 with Retry-After seconds', () => ({ 'Retry-After': '2' }), [2000]),
	tooMany(
		'429 with Retry-After date',
		// Computed when the 429 is sent, as a server would.
		() => ({ 'Retry-After': () => new Date(Date.now() + 3000).toUTCString() }),
		[3000],
	),
	tooMany('429 without Retry-After', () => ({}), 'backoff'),
	...[500, 502, 503].map((status) =>
		ambiguous(
			`${status}`,
			(interceptor, vendor) =>
				interceptor.reply(status, vendor.errorBody(vendorMessage(vendor, status))),
			(vendor) => vendorMessage(vendor, status),
			String(status),
		),
	),
	ambiguous(
		'an HTML error page (502)',
		(interceptor) =>
			interceptor.reply(502, '<html><body><h1>502 Bad Gateway</h1></body></html>', {
				'Content-Type': 'text/html',
			}),
		(vendor) => `${vendor.displayName} answered with HTTP 502`,
		'502',
	),
	ambiguous(
		'timeout',
		(interceptor) => interceptor.replyWithError(networkError('ETIMEDOUT')),
		(vendor) => `Could not reach ${vendor.displayName}`,
	),
	ambiguous(
		'connection reset',
		(interceptor) => interceptor.replyWithError(networkError('ECONNRESET')),
		(vendor) => `Could not reach ${vendor.displayName}`,
	),
	unusable('malformed JSON', '{"success": true, "data": {"id": ', 'application/json'),
	unusable('an HTML page with 200', '<html><body>Login</body></html>', 'text/html'),
	unusable('an empty body', '', 'application/json'),
];

/** The cells that apply to a vendor. */
export const cellsFor = (vendor: VendorSpec) =>
	cells.filter((cell) => !cell.tokenOnly || vendor.token !== undefined);

export interface CellRun {
	result: WorkflowResult;
	requests: number;
	exchanges: number;
	waits: number[];
	items: INodeExecutionData[];
}

export const KEYS = ['101', '102'];
export const NODE = 'Node';

/** Runs one cell: one item, or two items with Continue On Fail. */
export async function runCell(
	vendor: VendorSpec,
	cell: Cell,
	opName: OpName,
	continueOnFail: boolean,
): Promise<CellRun> {
	const op = vendor[opName];
	const token = vendor.token;
	const api = vendor.api(token?.first);
	const renewedApi = vendor.api(token?.renewed);
	let requests = 0;
	api.on('request', () => requests++);
	renewedApi.on('request', () => requests++);
	let exchanges = 0;
	const keys = continueOnFail ? KEYS : KEYS.slice(0, 1);
	if (token !== undefined) {
		const badSecret = cell.name === BAD_SECRET;
		const expired = cell.name === EXPIRED;
		const scope = badSecret
			? token.refuse(keys.length * 2)
			: expired
				? token.exchangesFirst
					? token.exchange(token.first, token.renewed)
					: token.exchange(token.renewed)
				: token.exchangesFirst
					? token.exchange(token.first)
					: undefined;
		scope?.on('request', () => exchanges++);
	}
	keys.forEach((key, index) =>
		cell.install({ vendor, op, key, first: index === 0, api, renewedApi }),
	);
	jest.mocked(sleep).mockClear();
	const result = await vendor.harness().runChain(
		keys.map((key) => ({ key })),
		[vendor.workflowNode(NODE, op.parameters, continueOnFail)],
	);
	return {
		result,
		requests,
		exchanges,
		waits: jest.mocked(sleep).mock.calls.map(([ms]) => ms as number),
		items: result.items(NODE),
	};
}

/** Everything a run shows a user: output items, the error with all its fields. */
export function visibleText(run: CellRun): string {
	const error = run.result.error as (Error & IDataObject) | undefined;
	return [
		JSON.stringify(run.items),
		JSON.stringify(error ?? null),
		error?.message ?? '',
		String(error?.description ?? ''),
		JSON.stringify(error?.context ?? null),
		JSON.stringify(run.result.run.data.resultData.runData),
		error?.stack ?? '',
	].join('\n');
}

export { T0 };
