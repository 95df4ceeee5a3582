import type {
	ICredentialDataDecryptedObject,
	IDataObject,
	IHttpRequestOptions,
	IN8nHttpFullResponse,
} from 'n8n-workflow';
import { NodeApiError, NodeOperationError, UserError } from 'n8n-workflow';

import type { Failure } from './failure';
import { failureName, failureOf, isAmbiguous, isRetryable, vendorError } from './failure';
import { rateBudgetOf, resetRateBudgets } from './rate-budget';
import { RequestWaits, retryPolicy } from './retry-policy';
import type {
	ApiRequest,
	ApiResponse,
	RequestContext,
	RequestEffect,
	VendorProfile,
} from './types';

/** The effect a request has when its operation declares none: its method's usual one. */
export function effectOf(request: ApiRequest): RequestEffect {
	if (request.effect !== undefined) return request.effect;
	if (['GET', 'HEAD', 'OPTIONS'].includes(request.method)) return 'read';
	return ['PUT', 'DELETE'].includes(request.method) ? 'idempotent' : 'additive';
}

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

/** `isSecureUrl`'s answers by flag and URL. */
const secureUrls = new Map<string, boolean>();

/**
 * Whether a URL may be sent a secret: `https:`, or `http:` on loopback (where the local
 * sandboxes and tests run) or when `allowInsecureHttp` says so.
 */
export function isSecureUrl(text: string, allowInsecureHttp = false): boolean {
	const key = `${allowInsecureHttp}:${text}`;
	const known = secureUrls.get(key);
	if (known !== undefined) return known;
	let secure = false;
	try {
		const url = new URL(text);
		const loopback = ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname);
		secure =
			url.protocol === 'https:' || (url.protocol === 'http:' && (loopback || allowInsecureHttp));
	} catch {
		secure = false;
	}
	// Every request checks its credential's URL: the few URLs a process sees are parsed once.
	if (secureUrls.size >= 64) secureUrls.clear();
	secureUrls.set(key, secure);
	return secure;
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
	if (!isSecureUrl(text, allowInsecureHttp)) {
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

/** Marks a body the core made up because it already knows the outcome (see `dataOf`). */
const KNOWN_OUTCOME = Symbol('knownOutcome');

/** A body that is the item's output as it stands, with no vendor envelope around it. */
function isKnownOutcome(body: unknown): body is IDataObject {
	return typeof body === 'object' && body !== null && KNOWN_OUTCOME in body;
}

function knownOutcome(fields: IDataObject): IDataObject {
	return Object.defineProperty(fields, KNOWN_OUTCOME, { value: true, enumerable: false });
}

/** What stays the same for every request of one execution, worked out on its first. */
interface Signing {
	credentialType: string;
	/** The node's credential id (no secret): the rate budget's key. */
	credentialId: string | undefined;
}

/**
 * Per context (one execution, poll or dropdown load) and vendor: the credential type reads a
 * node parameter of item 0, and `getNode()` copies the whole node, so neither is done per
 * request.
 */
const signings = new WeakMap<RequestContext, Map<VendorProfile, Signing>>();

function signingOf(context: RequestContext, vendor: VendorProfile): Signing {
	let byVendor = signings.get(context);
	if (byVendor === undefined) {
		byVendor = new Map();
		signings.set(context, byVendor);
	}
	let signing = byVendor.get(vendor);
	if (signing === undefined) {
		const credentialType = vendor.credentialType(context);
		const credentialId = context.getNode().credentials?.[credentialType]?.id ?? undefined;
		signing = { credentialType, credentialId };
		byVendor.set(vendor, signing);
	}
	return signing;
}

/** A credential an item's path prefix just read (see `itemCredentials`), for its request. */
const handedOver = new WeakMap<
	RequestContext,
	{ credentialType: string; itemIndex: number; credentials: ICredentialDataDecryptedObject }
>();

/**
 * An item's credential, read for its path prefix (e.g. an account id) and handed to the
 * item's request that follows, so the request does not read it again.
 */
export async function itemCredentials(
	context: RequestContext,
	credentialType: string,
	itemIndex: number,
): Promise<ICredentialDataDecryptedObject> {
	const credentials = await context.getCredentials(credentialType, itemIndex);
	handedOver.set(context, { credentialType, itemIndex, credentials });
	return credentials;
}

/** The item's credential: the one its path prefix just read, else read now. */
async function credentialsFor(
	context: RequestContext,
	credentialType: string,
	itemIndex: number,
): Promise<ICredentialDataDecryptedObject> {
	const handed = handedOver.get(context);
	if (handed !== undefined) {
		handedOver.delete(context);
		if (handed.credentialType === credentialType && handed.itemIndex === itemIndex) {
			return handed.credentials;
		}
	}
	return await context.getCredentials(credentialType, itemIndex);
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
	const { credentialType, credentialId } = signingOf(this, vendor);
	let credentials = await credentialsFor(this, credentialType, itemIndex);
	const baseURL = checkedBaseUrl(
		this,
		vendor.baseUrl(credentials),
		vendor.displayName,
		credentials.allowInsecureHttp === true,
	);
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
	const rateKey = `${credentialType}:${credentialId ?? baseURL}`;
	const budget = rateBudgetOf(rateKey, vendor.rateWindowMs);
	const scope = { context: this, vendor, itemIndex };
	const waits = new RequestWaits(scope, budget);
	const effect = vendor.methodEffects?.[request.method] ?? effectOf(request);
	/** The first ambiguous failure of this request, if one was retried. */
	let ambiguous: Failure | undefined;

	for (let attempt = 1; ; attempt++) {
		const reserving = Date.now();
		await waits.reserve();
		// A retry, or a request that waited for room, reads the credential again: another
		// item may have renewed its token meanwhile.
		if (attempt > 1 || Date.now() > reserving) {
			credentials = await this.getCredentials(credentialType, itemIndex);
		}
		try {
			// The credential read above signs the request, so n8n does not read it a second time.
			const response = (await this.helpers.httpRequestWithAuthentication.call(
				this,
				credentialType,
				options,
				{
					credentialsDecrypted: {
						id: credentialId ?? '',
						name: credentialType,
						type: credentialType,
						data: credentials,
					},
				},
			)) as IN8nHttpFullResponse;
			const headers = response.headers as Record<string, string | undefined>;
			budget.release(headers, Date.now(), waits.sentAt);
			return { status: response.statusCode, headers, body: response.body };
		} catch (error) {
			const failure = failureOf(error);
			const now = Date.now();
			budget.release(failure.headers, now, waits.sentAt);
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
					scope,
					failure,
					effect === 'additive' && isAmbiguous(failure)
						? `Outcome unknown: ${vendor.displayName} may have done this before the failure (${failureName(failure)}). It was not sent again, so that it cannot happen twice; check in ${vendor.displayName} whether it took effect (for example with a Get of the record) before running this item again.`
						: undefined,
				);
			}
			if (isAmbiguous(failure)) ambiguous ??= failure;
			await waits.backOff(failure, attempt, now);
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
