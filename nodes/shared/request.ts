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

interface RateState {
	limit: number;
	remaining: number;
	resetAt?: number;
	seenAt: number;
}

/** One request counted against a rate budget: reserved, in flight, or finished at `at`. */
interface Slot {
	at: number;
	inFlight: boolean;
}

/**
 * What this n8n process knows of one credential's rate budget. It is shared by every item
 * and every execution using the credential, and holds no secret (the key is the credential
 * type and id).
 */
interface RateBudget {
	/** The last budget the vendor reported. */
	report?: RateState;
	/** Requests the vendor counted that are not ours (other apps, other processes). */
	external: number;
	/** Our requests in start order: reserved or in flight, and finished ones still in the window. */
	slots: Slot[];
	/** Nobody sends before this (set by a 429). */
	blockedUntil: number;
	/** Start of the next request paced on a reported budget (paced requests go in turn). */
	nextPacedAt: number;
}

const rateBudgets = new Map<string, RateBudget>();

function budgetOf(key: string): RateBudget {
	let budget = rateBudgets.get(key);
	if (budget === undefined) {
		budget = { external: 0, slots: [], blockedUntil: 0, nextPacedAt: 0 };
		rateBudgets.set(key, budget);
	}
	return budget;
}

function header(headers: Record<string, string | undefined>, name: string): string | undefined {
	const value = headers[name] ?? headers[name.toLowerCase()];
	return value === undefined ? undefined : String(value);
}

/** End of the window a counted request (or the report's foreign requests) stays in. */
function windowEndOf(at: number, windowMs: number): number {
	return at + windowMs;
}

function recordRateHeaders(
	budget: RateBudget,
	headers: Record<string, string | undefined>,
	now: number,
	windowMs: number | undefined,
) {
	const remaining = Number(header(headers, 'x-ratelimit-remaining'));
	const limit = Number(header(headers, 'x-ratelimit-limit'));
	if (!Number.isFinite(remaining) || !Number.isFinite(limit) || limit <= 0) return;
	const resetHeader = Number(header(headers, 'x-ratelimit-reset'));
	let resetAt: number | undefined;
	if (Number.isFinite(resetHeader) && resetHeader > 0) {
		// Vendors send either seconds until the reset or the reset time as epoch seconds.
		resetAt = resetHeader > 1e9 ? resetHeader * 1000 : now + resetHeader * 1000;
	}
	budget.report = { limit, remaining, resetAt, seenAt: now };
	if (windowMs !== undefined) {
		// What the vendor counted beyond our own requests in the window is someone else's;
		// it is assumed to stay counted for a whole window from now.
		const ours = budget.slots.filter(
			(slot) => slot.inFlight || windowEndOf(slot.at, windowMs) > now,
		).length;
		budget.external = Math.max(0, limit - Math.max(0, remaining) - ours);
	}
}

/**
 * How long to wait before the next request so the reported budget lasts: nothing while
 * more than a fifth of it is left, then the time left in the window spread over the
 * requests left. Used for vendors whose window length is unknown (a reset time only).
 */
export function paceDelay(state: RateState | undefined, windowMs: number | undefined, now: number) {
	if (state === undefined || state.remaining > state.limit / 5) return 0;
	const windowEnd = state.resetAt ?? (windowMs === undefined ? undefined : state.seenAt + windowMs);
	if (windowEnd === undefined || windowEnd <= now) return 0;
	return Math.ceil((windowEnd - now) / (state.remaining + 1));
}

/**
 * With a known window length: how long `slot` must wait so that, counting the requests
 * ahead of it (ours, in flight or finished in the window, and the foreign ones the vendor
 * reported), no window ever holds more than the limit. A finished request is counted from
 * its end, so it has surely reached the vendor's count before the window is taken as free.
 */
function windowDelay(budget: RateBudget, slot: Slot, windowMs: number, now: number): number {
	const report = budget.report;
	if (report === undefined) return 0;
	const foreignUntil = report.resetAt ?? windowEndOf(report.seenAt, windowMs);
	const foreign = foreignUntil > now ? budget.external : 0;
	const limit = report.limit - foreign;
	const ahead = budget.slots.slice(0, budget.slots.indexOf(slot));
	const counted = ahead.filter((other) => other.inFlight || windowEndOf(other.at, windowMs) > now);
	if (counted.length < limit) return 0;
	if (limit <= 0) return Math.max(1, foreignUntil - now);
	const leaving = counted
		.filter((other) => !other.inFlight)
		.map((other) => windowEndOf(other.at, windowMs))
		.sort((a, b) => a - b);
	const needed = counted.length - limit + 1;
	if (leaving.length >= needed) return Math.max(1, leaving[needed - 1] - now);
	// Held up by requests still in flight: look again after one request's share of the window.
	return Math.ceil(windowMs / report.limit);
}

/** Drops finished requests that no window can count any more. */
function prune(budget: RateBudget, windowMs: number | undefined, now: number) {
	budget.slots = budget.slots.filter(
		(slot) => slot.inFlight || (windowMs !== undefined && windowEndOf(slot.at, windowMs) > now),
	);
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
	/** Why an OAuth2 token refresh was refused (n8n's OAuth2 client reports it as EAUTH). */
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
					candidate.code === 'EAUTH' && cursor instanceof Error ? cursor.message : undefined,
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
	const refused = failure.status === undefined && failure.code === 'EAUTH';
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

	let waited = 0;
	const waitFor = async (ms: number) => {
		waited += ms;
		await sleep(ms);
	};
	const windowMs = vendor.rateWindowMs;
	const budget = budgetOf(rateKey);

	/** The hold this request itself set after a 429 (it has waited it out already). */
	let ownHold = 0;
	const hold = (now: number) => (budget.blockedUntil > ownHold ? budget.blockedUntil - now : 0);

	/** Reserves a place in the credential's budget and waits for its turn. */
	const reserve = async (): Promise<Slot> => {
		const slot: Slot = { at: Date.now(), inFlight: true };
		prune(budget, windowMs, slot.at);
		budget.slots.push(slot);
		let now = slot.at;
		let delay = Math.max(0, hold(now));
		if (windowMs === undefined) {
			// Requests already on their way will use up some of what was reported as left.
			const ahead = budget.slots.filter((other) => other !== slot && other.inFlight).length;
			const report =
				budget.report === undefined
					? undefined
					: { ...budget.report, remaining: Math.max(0, budget.report.remaining - ahead) };
			const pace = paceDelay(report, windowMs, now);
			if (pace > 0) {
				const start = Math.max(now + pace, budget.nextPacedAt);
				budget.nextPacedAt = start;
				delay = Math.max(delay, Math.min(start - now, retryPolicy.maxWaitMs));
			}
		} else {
			delay = Math.max(delay, windowDelay(budget, slot, windowMs, now));
		}
		let paced = 0;
		const bound = Math.max(retryPolicy.totalWaitMs, 2 * (windowMs ?? 0));
		while (delay > 0) {
			const step = Math.min(delay, retryPolicy.maxWaitMs);
			if (paced + step > bound) {
				budget.slots.splice(budget.slots.indexOf(slot), 1);
				throw new NodeApiError(
					this.getNode(),
					{},
					{
						message: `${vendor.displayName}'s rate limit left no room for this request`,
						description: `Waited ${Math.round(paced / 1000)} s for a free place in the credential's request budget; try again later or run fewer executions at once.`,
						itemIndex,
					},
				);
			}
			paced += step;
			await sleep(step);
			now = Date.now();
			delay = Math.max(
				hold(now),
				windowMs === undefined ? 0 : windowDelay(budget, slot, windowMs, now),
			);
		}
		slot.at = Date.now();
		return slot;
	};

	for (let attempt = 1; ; attempt++) {
		const slot = await reserve();
		const finish = (headers: Record<string, string | undefined>) => {
			const now = Date.now();
			slot.inFlight = false;
			slot.at = now;
			recordRateHeaders(budget, headers, now, windowMs);
		};
		try {
			const response = (await this.helpers.httpRequestWithAuthentication.call(
				this,
				credentialType,
				options,
			)) as IN8nHttpFullResponse;
			const headers = response.headers as Record<string, string | undefined>;
			finish(headers);
			return { status: response.statusCode, headers, body: response.body };
		} catch (error) {
			const failure = failureOf(error);
			finish(failure.headers);
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
			if (failure.status === 429) {
				// Every request on this credential holds back, not only this one.
				ownHold = Date.now() + delay;
				budget.blockedUntil = Math.max(budget.blockedUntil, ownHold);
			}
			await waitFor(delay);
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
	const data = (body as { data?: unknown } | undefined)?.data;
	return typeof data === 'object' && data !== null ? (data as IDataObject) : {};
}

/** Forgets every rate budget seen (tests start from a clean slate). */
export function resetRateStates(): void {
	rateBudgets.clear();
}
