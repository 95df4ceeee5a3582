import type {
	IDataObject,
	IHttpRequestOptions,
	IN8nHttpFullResponse,
	JsonObject,
} from 'n8n-workflow';
import { NodeApiError, NodeOperationError, sleep, UserError } from 'n8n-workflow';

import type { ApiRequest, ApiResponse, RequestContext, VendorProfile } from './types';

/** Retry and wait bounds shared by every vendor. */
export const retryPolicy = {
	/** Attempts in all, the first one included. */
	maxAttempts: 4,
	/** First backoff step; doubles each attempt, with full jitter. */
	baseDelayMs: 1_000,
	/** No single wait (backoff, Retry-After or pacing) may be longer than this. */
	maxWaitMs: 30_000,
	/** All waits of one request together may not exceed this. */
	totalWaitMs: 60_000,
	timeoutMs: 30_000,
};

const IDEMPOTENT_METHODS = new Set(['GET', 'HEAD', 'OPTIONS', 'PUT', 'DELETE']);
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
 * loopback, where the local sandboxes and tests run.
 */
export function checkedBaseUrl(context: RequestContext, raw: unknown, displayName: string): string {
	const text = typeof raw === 'string' ? raw.trim().replace(/\/+$/, '') : '';
	let url: URL | undefined;
	try {
		url = new URL(text);
	} catch {
		url = undefined;
	}
	const loopback = url !== undefined && ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname);
	if (url === undefined || !(url.protocol === 'https:' || (url.protocol === 'http:' && loopback))) {
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

interface RateState {
	limit: number;
	remaining: number;
	resetAt?: number;
	seenAt: number;
}

/** Last rate budget each credential reported, so later items pace themselves before a 429. */
const rateStates = new Map<string, RateState>();

function header(headers: Record<string, string | undefined>, name: string): string | undefined {
	const value = headers[name] ?? headers[name.toLowerCase()];
	return value === undefined ? undefined : String(value);
}

function recordRateHeaders(key: string, headers: Record<string, string | undefined>, now: number) {
	const remaining = Number(header(headers, 'x-ratelimit-remaining'));
	const limit = Number(header(headers, 'x-ratelimit-limit'));
	if (!Number.isFinite(remaining) || !Number.isFinite(limit) || limit <= 0) return;
	const resetHeader = Number(header(headers, 'x-ratelimit-reset'));
	let resetAt: number | undefined;
	if (Number.isFinite(resetHeader) && resetHeader > 0) {
		// Vendors send either seconds until the reset or the reset time as epoch seconds.
		resetAt = resetHeader > 1e9 ? resetHeader * 1000 : now + resetHeader * 1000;
	}
	rateStates.set(key, { limit, remaining, resetAt, seenAt: now });
}

/**
 * How long to wait before the next request so the reported budget lasts: nothing while
 * more than a fifth of it is left, then the time left in the window spread over the
 * requests left.
 */
export function paceDelay(state: RateState | undefined, windowMs: number | undefined, now: number) {
	if (state === undefined || state.remaining > state.limit / 5) return 0;
	const windowEnd = state.resetAt ?? (windowMs === undefined ? undefined : state.seenAt + windowMs);
	if (windowEnd === undefined || windowEnd <= now) return 0;
	return Math.ceil((windowEnd - now) / (state.remaining + 1));
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

interface Failure {
	status?: number;
	code?: string;
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
				headers: candidate.response?.headers ?? {},
				body: candidate.response?.data,
			};
		}
		cursor = candidate.cause;
	}
	return { headers: {}, body: undefined };
}

function isRetryable(method: string, failure: Failure): boolean {
	if (failure.status === 429) return true;
	if (failure.code !== undefined && NEVER_SENT_CODES.has(failure.code)) return true;
	if (!IDEMPOTENT_METHODS.has(method)) return false;
	if (failure.status !== undefined) return RETRYABLE_STATUSES.has(failure.status);
	return failure.code !== undefined && TRANSPORT_CODES.has(failure.code);
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
	const fallback =
		failure.status !== undefined
			? `${vendor.displayName} answered with HTTP ${failure.status}`
			: `Could not reach ${vendor.displayName}`;
	// The network code goes in the description: n8n swaps a message holding one for generic text.
	const connection =
		failure.status === undefined
			? `Connection failed: ${failure.code ?? 'no response'}.`
			: undefined;
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
 * Sends one request to a vendor through n8n's authenticated request helper: pacing on the
 * vendor's reported budget, retrying what is safe to retry, and turning the vendor's error
 * into a NodeApiError with its own message. n8n itself re-authenticates once after a 401.
 */
export async function apiRequest(
	this: RequestContext,
	vendor: VendorProfile,
	request: ApiRequest,
	itemIndex = 0,
): Promise<ApiResponse> {
	const credentialType = vendor.credentialType(this);
	const credentials = await this.getCredentials(credentialType, itemIndex);
	const baseURL = checkedBaseUrl(this, vendor.baseUrl(credentials), vendor.displayName);
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

	let waited = 0;
	const waitFor = async (ms: number) => {
		waited += ms;
		await sleep(ms);
	};

	for (let attempt = 1; ; attempt++) {
		const pace = Math.min(
			paceDelay(rateStates.get(rateKey), vendor.rateWindowMs, Date.now()),
			retryPolicy.maxWaitMs,
		);
		if (pace > 0) await waitFor(pace);
		try {
			const response = (await this.helpers.httpRequestWithAuthentication.call(
				this,
				credentialType,
				options,
			)) as IN8nHttpFullResponse;
			const headers = response.headers as Record<string, string | undefined>;
			recordRateHeaders(rateKey, headers, Date.now());
			return { status: response.statusCode, headers, body: response.body };
		} catch (error) {
			const failure = failureOf(error);
			recordRateHeaders(rateKey, failure.headers, Date.now());
			if (!isRetryable(request.method, failure)) {
				throw vendorError(this, vendor, failure, itemIndex);
			}
			const asked = retryAfterMs(header(failure.headers, 'retry-after'), Date.now());
			const delay = asked ?? backoffMs(attempt);
			if (asked !== undefined && asked > retryPolicy.maxWaitMs) {
				throw vendorError(
					this,
					vendor,
					failure,
					itemIndex,
					`${vendor.displayName} asked to wait ${Math.ceil(asked / 1000)} s, longer than the ${retryPolicy.maxWaitMs / 1000} s this node waits.`,
				);
			}
			if (attempt >= retryPolicy.maxAttempts || waited + delay > retryPolicy.totalWaitMs) {
				throw vendorError(this, vendor, failure, itemIndex, `Gave up after ${attempt} attempts.`);
			}
			await waitFor(delay);
		}
	}
}

/** The `data` member of the `{success, data}` envelope several vendors use. */
export function dataOf(body: unknown): IDataObject {
	const data = (body as { data?: unknown } | undefined)?.data;
	return typeof data === 'object' && data !== null ? (data as IDataObject) : {};
}

/** Forgets every rate budget seen (tests start from a clean slate). */
export function resetRateStates(): void {
	rateStates.clear();
}
