import type {
	IDataObject,
	IHttpRequestOptions,
	IN8nHttpFullResponse,
	JsonObject,
} from 'n8n-workflow';
import { NodeApiError, NodeOperationError, sleep, UserError } from 'n8n-workflow';

import type { RateBudget } from './rate-budget';
import { rateBudgetOf, resetRateBudgets } from './rate-budget';
import type {
	ApiRequest,
	ApiResponse,
	RequestContext,
	RequestEffect,
	VendorProfile,
} from './types';

/** Retry and wait bounds shared by every vendor. */
export const retryPolicy = {
	/** Attempts in all, the first one included. */
	maxAttempts: 4,
	/** First backoff step; doubles each attempt, with full jitter. */
	baseDelayMs: 1_000,
	/** No single wait may be longer than this (or than the vendor's documented rate window). */
	maxWaitMs: 30_000,
	/** All backoff waits of one request together may not exceed this. */
	totalWaitMs: 60_000,
	/**
	 * All rate waits (pacing, 429 holds) of one request together: this many of the vendor's
	 * documented windows (at least totalWaitMs); see `rateWaitBounds`.
	 */
	rateWindows: 3,
	/** 429s one request may get before it gives up. */
	maxThrottled: 10,
	timeoutMs: 30_000,
};

/** The effect a request has when its operation declares none: its method's usual one. */
export function effectOf(request: ApiRequest): RequestEffect {
	if (request.effect !== undefined) return request.effect;
	if (['GET', 'HEAD', 'OPTIONS'].includes(request.method)) return 'read';
	return ['PUT', 'DELETE'].includes(request.method) ? 'idempotent' : 'additive';
}

const RETRYABLE_STATUSES = new Set([408, 429, 500, 502, 503, 504]);
/** Failures that happen before a request can reach the server, so even a create is safe to resend. */
const NEVER_SENT_CODES = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN']);
/** Failures of the connection itself, after which an idempotent request may be resent. */
const TRANSPORT_CODES = new Set([
	'ECONNRESET',
	'ECONNABORTED',
	'ETIMEDOUT',
	'EPIPE',
	'ENETUNREACH',
	'EHOSTUNREACH',
	...NEVER_SENT_CODES,
]);

/** Encodes each id so no value can change the path or add a query. */
export function pathOf(template: TemplateStringsArray, ...ids: Array<string | number>): string {
	return template.reduce((path, part, index) => {
		if (index >= ids.length) return path + part;
		const id = String(ids[index]);
		// URL parsers resolve "." and ".." (and "%2E%2E") as path steps, so no encoding keeps
		// them inside their segment; an empty id would leave the path one segment short.
		if (id === '' || id === '.' || id === '..') {
			throw new UserError(id === '' ? 'An id cannot be empty' : `An id cannot be "${id}"`);
		}
		return path + part + encodeURIComponent(id);
	}, '');
}

/**
 * A credential's base URL without a trailing slash. Only `https:` is accepted, except on
 * loopback, where the local sandboxes and tests run, or when the credential's own
 * `allowInsecureHttp` switch says so.
 */
export function checkedBaseUrl(
	context: RequestContext,
	raw: unknown,
	displayName: string,
	allowInsecureHttp = false,
): string {
	const text = typeof raw === 'string' ? raw.trim().replace(/\/+$/, '') : '';
	let url: URL | undefined;
	try {
		url = new URL(text);
	} catch {
		url = undefined;
	}
	const loopback = url !== undefined && ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname);
	const httpAllowed = loopback || allowInsecureHttp;
	if (
		url === undefined ||
		!(url.protocol === 'https:' || (url.protocol === 'http:' && httpAllowed))
	) {
		throw new NodeOperationError(
			context.getNode(),
			`The ${displayName} credential's Base URL must be an https:// address`,
			{
				description: 'Plain http:// is only accepted for localhost, where the local sandboxes run.',
			},
		);
	}
	return text;
}

function header(headers: Record<string, string | undefined>, name: string): string | undefined {
	const value = headers[name] ?? headers[name.toLowerCase()];
	return value === undefined ? undefined : String(value);
}

/** Retry-After as seconds or as an HTTP date, in milliseconds from now. */
export function retryAfterMs(value: string | undefined, now: number): number | undefined {
	if (value === undefined || value.trim() === '') return undefined;
	const seconds = Number(value);
	if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
	const date = Date.parse(value);
	return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

function backoffMs(attempt: number): number {
	const ceiling = Math.min(retryPolicy.maxWaitMs, retryPolicy.baseDelayMs * 2 ** (attempt - 1));
	return Math.round(ceiling / 2 + (Math.random() * ceiling) / 2);
}

/** Codes n8n's OAuth2 client gives a refused token refresh. */
const REFUSED_REFRESH_CODES = new Set(['EAUTH', 'ESTATUS']);

interface Failure {
	status?: number;
	code?: string;
	/**
	 * Why an OAuth2 token refresh was refused (n8n's OAuth2 client reports it as EAUTH, or as
	 * ESTATUS when the token endpoint answers with an error status).
	 */
	authMessage?: string;
	headers: Record<string, string | undefined>;
	body: unknown;
}

/** Reads the HTTP outcome out of what n8n's request helper threw. */
function failureOf(error: unknown): Failure {
	let cursor: unknown = error;
	for (let depth = 0; depth < 4 && cursor !== null && typeof cursor === 'object'; depth++) {
		const candidate = cursor as {
			response?: { status?: number; headers?: Record<string, string>; data?: unknown };
			code?: unknown;
			cause?: unknown;
		};
		if (candidate.response?.status !== undefined || typeof candidate.code === 'string') {
			return {
				status: candidate.response?.status,
				code: typeof candidate.code === 'string' ? candidate.code : undefined,
				authMessage:
					REFUSED_REFRESH_CODES.has(String(candidate.code)) && cursor instanceof Error
						? cursor.message
						: undefined,
				headers: candidate.response?.headers ?? {},
				body: candidate.response?.data,
			};
		}
		cursor = candidate.cause;
	}
	return { headers: {}, body: undefined };
}

/**
 * A failure after which nobody knows whether the vendor acted: a 408 or 5xx answer, or the
 * connection lost after the request may have left (a 429 is documented as not processed,
 * and a refused or unresolved connection never sent anything).
 */
function isAmbiguous(failure: Failure): boolean {
	if (failure.status !== undefined)
		return RETRYABLE_STATUSES.has(failure.status) && failure.status !== 429;
	return (
		failure.code !== undefined &&
		TRANSPORT_CODES.has(failure.code) &&
		!NEVER_SENT_CODES.has(failure.code)
	);
}

function isRetryable(effect: RequestEffect, failure: Failure): boolean {
	if (failure.status === 429) return true;
	if (failure.code !== undefined && NEVER_SENT_CODES.has(failure.code)) return true;
	return effect !== 'additive' && isAmbiguous(failure);
}

/** Marks a body the core made up because it already knows the outcome (see `dataOf`). */
const KNOWN_OUTCOME = Symbol('knownOutcome');

/** A body that is the item's output as it stands, with no vendor envelope around it. */
export function isKnownOutcome(body: unknown): body is IDataObject {
	return typeof body === 'object' && body !== null && KNOWN_OUTCOME in body;
}

function knownOutcome(fields: IDataObject): IDataObject {
	return Object.defineProperty(fields, KNOWN_OUTCOME, { value: true, enumerable: false });
}

/** What a failure looked like, for the notes: "HTTP 502" or "ETIMEDOUT". */
function failureName(failure: Failure): string {
	return failure.status !== undefined ? `HTTP ${failure.status}` : (failure.code ?? 'no answer');
}

function parsedBody(body: unknown): unknown {
	if (typeof body !== 'string') return body;
	try {
		return JSON.parse(body);
	} catch {
		return body;
	}
}

function vendorError(
	context: RequestContext,
	vendor: VendorProfile,
	failure: Failure,
	itemIndex: number,
	note?: string,
): NodeApiError {
	const body = parsedBody(failure.body);
	const details = typeof body === 'object' && body !== null ? vendor.errorDetails(body) : {};
	const refused = failure.status === undefined && REFUSED_REFRESH_CODES.has(String(failure.code));
	const fallback =
		failure.status !== undefined
			? `${vendor.displayName} answered with HTTP ${failure.status}`
			: refused
				? `${vendor.displayName} refused to renew the credential's access token`
				: `Could not reach ${vendor.displayName}`;
	// The network code goes in the description: n8n swaps a message holding one for generic text.
	const connection =
		failure.status !== undefined
			? undefined
			: refused
				? `${(failure.authMessage ?? 'The token refresh was refused').replace(/\.+$/, '')}. Reconnect the credential.`
				: `Connection failed: ${failure.code ?? 'no response'}.`;
	const description = [details.description, connection, note].filter(Boolean).join(' ');
	const errorBody: JsonObject =
		typeof body === 'object' && body !== null ? (body as JsonObject) : { body: String(body ?? '') };
	return new NodeApiError(context.getNode(), errorBody, {
		message: details.message ?? fallback,
		description: description === '' ? undefined : description,
		httpCode: failure.status === undefined ? undefined : String(failure.status),
		itemIndex,
	});
}

/**
 * How long one request may wait for a vendor's rate limit: no single wait longer than the
 * vendor's documented window (at least `maxWaitMs`), and all waits of one request (pacing,
 * 429 holds) together no more than `rateWindows` windows (at least `totalWaitMs`).
 */
export function rateWaitBounds(vendor: VendorProfile): { one: number; all: number } {
	const windowMs = vendor.rateWindowMs ?? 0;
	return {
		one: Math.max(retryPolicy.maxWaitMs, windowMs),
		all: Math.max(retryPolicy.totalWaitMs, retryPolicy.rateWindows * windowMs),
	};
}

/**
 * Sends one request to a vendor through n8n's authenticated request helper: pacing on the
 * credential's rate budget, retrying what is safe to retry for the operation's effect, and
 * turning the vendor's error into a NodeApiError with its own message. n8n itself
 * re-authenticates once after a 401.
 */
export async function apiRequest(
	this: RequestContext,
	vendor: VendorProfile,
	request: ApiRequest,
	itemIndex = 0,
): Promise<ApiResponse> {
	const credentialType = vendor.credentialType(this);
	const credentials = await this.getCredentials(credentialType, itemIndex);
	const baseURL = checkedBaseUrl(
		this,
		vendor.baseUrl(credentials),
		vendor.displayName,
		credentials.allowInsecureHttp === true,
	);
	const rateKey = `${credentialType}:${this.getNode().credentials?.[credentialType]?.id ?? baseURL}`;
	const options: IHttpRequestOptions = {
		method: request.method,
		baseURL,
		url: request.path,
		qs: request.qs,
		body: request.body,
		json: true,
		returnFullResponse: true,
		timeout: vendor.timeoutMs ?? retryPolicy.timeoutMs,
		sendCredentialsOnCrossOriginRedirect: false,
	};
	const budget: RateBudget = rateBudgetOf(rateKey, vendor.rateWindowMs);
	const bounds = rateWaitBounds(vendor);
	const seconds = (ms: number) => Math.ceil(ms / 1000);

	/** Waits for pacing and 429 holds, all of this request's together. */
	let rateWaited = 0;
	/** This request's last 429: a later "used up" error carries the vendor's own answer. */
	let lastThrottle: Failure | undefined;
	const usedUp = (note: string) =>
		lastThrottle !== undefined
			? vendorError(this, vendor, lastThrottle, itemIndex, note)
			: new NodeApiError(
					this.getNode(),
					{},
					{
						message: `${vendor.displayName}'s rate limit is used up until ${new Date(budget.hold).toISOString()}`,
						description: note,
						itemIndex,
					},
				);

	/** Waits until the credential's budget has room, then takes a place in it. */
	const reserve = async () => {
		// What this request has waited counts as passed even if the clock says less (a
		// timer may fire a little early), so one wait is never waited twice.
		let now = Date.now();
		for (;;) {
			const blocked = budget.blockedFor(now);
			if (blocked <= 0) break;
			const held = budget.hold > now;
			if (held && blocked > bounds.one) {
				throw usedUp(
					`${vendor.displayName} refused an earlier request with HTTP 429 and asked to wait ${seconds(blocked)} s, longer than the ${bounds.one / 1000} s this node waits; run it again after that time.`,
				);
			}
			if (held && rateWaited + blocked > bounds.all) {
				throw usedUp(
					`This item already waited ${seconds(rateWaited)} s for the rate limit, and waits ${bounds.all / 1000} s at most in all; run fewer executions at once on this credential, or run it again after that time.`,
				);
			}
			// A forecast past the bounds is left to the vendor to confirm (a 429 says how long).
			if (!held && (blocked > bounds.one || rateWaited + blocked > bounds.all)) break;
			rateWaited += blocked;
			await sleep(blocked);
			now = Math.max(Date.now(), now + blocked);
		}
		const pace = budget.reserve(now);
		if (pace > 0 && pace <= bounds.one && rateWaited + pace <= bounds.all) {
			rateWaited += pace;
			await sleep(pace);
		}
	};

	const effect = vendor.methodEffects?.[request.method] ?? effectOf(request);
	/** Backoff waits after failures other than 429. */
	let backedOff = 0;
	let failures = 0;
	let throttled = 0;
	/** The first ambiguous failure of this request, if one was retried. */
	let ambiguous: Failure | undefined;
	for (let attempt = 1; ; attempt++) {
		await reserve();
		try {
			const response = (await this.helpers.httpRequestWithAuthentication.call(
				this,
				credentialType,
				options,
			)) as IN8nHttpFullResponse;
			const headers = response.headers as Record<string, string | undefined>;
			budget.release(headers, Date.now());
			return { status: response.statusCode, headers, body: response.body };
		} catch (error) {
			const failure = failureOf(error);
			const now = Date.now();
			budget.release(failure.headers, now);
			if (
				request.method === 'DELETE' &&
				ambiguous !== undefined &&
				(failure.status === 404 || failure.status === 410)
			) {
				// The first attempt most likely deleted it: the retry finds nothing to delete.
				return {
					status: failure.status,
					headers: failure.headers,
					body: knownOutcome({
						deleted: true,
						note: `The first attempt failed with ${failureName(ambiguous)} and the retry found no record (HTTP ${failure.status}): the first attempt deleted it.`,
					}),
				};
			}
			if (!isRetryable(effect, failure)) {
				throw vendorError(
					this,
					vendor,
					failure,
					itemIndex,
					effect === 'additive' && isAmbiguous(failure)
						? `Outcome unknown: ${vendor.displayName} may have done this before the failure (${failureName(failure)}). It was not sent again, so that it cannot happen twice; check in ${vendor.displayName} whether it took effect (for example with a Get of the record) before running this item again.`
						: undefined,
				);
			}
			if (isAmbiguous(failure)) ambiguous ??= failure;
			const asked = retryAfterMs(header(failure.headers, 'retry-after'), now);
			if (failure.status === 429) {
				// Not processed: wait as long as the vendor needs, within the bounds. The hold
				// is the whole process's, set even when this item gives up below.
				throttled++;
				lastThrottle = failure;
				const known = budget.throttled(now, asked);
				if (known === undefined) {
					// No word on when the budget renews (no Retry-After, no count): back off
					// like any other failure, within the same attempts and total wait.
					failures++;
					const delay = backoffMs(failures);
					if (failures >= retryPolicy.maxAttempts || backedOff + delay > retryPolicy.totalWaitMs) {
						throw vendorError(
							this,
							vendor,
							failure,
							itemIndex,
							`Gave up after ${attempt} attempts.`,
						);
					}
					backedOff += delay;
					budget.holdUntil(now + delay);
					continue;
				}
				const wait = known;
				budget.holdUntil(now + wait);
				if (wait > bounds.one) {
					throw vendorError(
						this,
						vendor,
						failure,
						itemIndex,
						`${vendor.displayName} asked to wait ${seconds(wait)} s (until ${new Date(now + wait).toISOString()}), longer than the ${bounds.one / 1000} s this node waits; run it again after that time.`,
					);
				}
				if (throttled >= retryPolicy.maxThrottled) {
					throw vendorError(this, vendor, failure, itemIndex, `Gave up after ${attempt} attempts.`);
				}
				continue;
			}
			failures++;
			const delay = asked ?? backoffMs(failures);
			if (asked !== undefined && asked > retryPolicy.maxWaitMs) {
				throw vendorError(
					this,
					vendor,
					failure,
					itemIndex,
					`${vendor.displayName} asked to wait ${seconds(asked)} s (until ${new Date(now + asked).toISOString()}), longer than the ${retryPolicy.maxWaitMs / 1000} s this node waits; run it again after that time.`,
				);
			}
			if (failures >= retryPolicy.maxAttempts || backedOff + delay > retryPolicy.totalWaitMs) {
				throw vendorError(this, vendor, failure, itemIndex, `Gave up after ${attempt} attempts.`);
			}
			backedOff += delay;
			await sleep(delay);
		}
	}
}

/**
 * The JSON body of a successful answer. Text that is not JSON (a proxy's or login page, a
 * cut-off answer) fails instead of becoming an empty record, and so does an empty answer to
 * a read or a create (there is no record to output); an empty 204, or an empty answer to a
 * PUT or DELETE, is fine.
 */
export function jsonBodyOf(
	context: RequestContext,
	vendor: VendorProfile,
	request: ApiRequest,
	response: ApiResponse,
	itemIndex: number,
): IDataObject {
	const { status, body } = response;
	if (typeof body === 'object' && body !== null) return body as IDataObject;
	const text = body === undefined || body === null ? '' : String(body).trim();
	if (text === '' && (status === 204 || !['GET', 'POST'].includes(request.method))) return {};
	throw new NodeApiError(
		context.getNode(),
		{ body: text.slice(0, 500) },
		{
			message:
				text === ''
					? `${vendor.displayName} sent an empty answer`
					: `${vendor.displayName} sent an answer that is not JSON`,
			description:
				text === ''
					? `HTTP ${status} with no body, where a record was expected.`
					: `HTTP ${status}; the answer starts with: ${text.slice(0, 120)}`,
			httpCode: String(status),
			itemIndex,
		},
	);
}

/** The `data` member of the `{success, data}` envelope several vendors use. */
export function dataOf(body: unknown): IDataObject {
	if (isKnownOutcome(body)) return body;
	const data = (body as { data?: unknown } | undefined)?.data;
	return typeof data === 'object' && data !== null ? (data as IDataObject) : {};
}

/** Forgets every rate budget seen (tests start from a clean slate). */
export function resetRateStates(): void {
	resetRateBudgets();
}
