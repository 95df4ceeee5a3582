import type { JsonObject } from 'n8n-workflow';
import { NodeApiError } from 'n8n-workflow';

import type { RequestContext, RequestEffect, VendorProfile } from './types';

/**
 * What a failed request looked like, what that says about whether the vendor acted and may be
 * asked again, and the error the item gets for it.
 */

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
/** Codes n8n's OAuth2 client gives a refused token refresh. */
const REFUSED_REFRESH_CODES = new Set(['EAUTH', 'ESTATUS']);

export interface Failure {
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
export function failureOf(error: unknown): Failure {
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
export function isAmbiguous(failure: Failure): boolean {
	if (failure.status !== undefined)
		return RETRYABLE_STATUSES.has(failure.status) && failure.status !== 429;
	return (
		failure.code !== undefined &&
		TRANSPORT_CODES.has(failure.code) &&
		!NEVER_SENT_CODES.has(failure.code)
	);
}

/** Whether a request of this effect may be sent again after this failure. */
export function isRetryable(effect: RequestEffect, failure: Failure): boolean {
	if (failure.status === 429) return true;
	if (failure.code !== undefined && NEVER_SENT_CODES.has(failure.code)) return true;
	return effect !== 'additive' && isAmbiguous(failure);
}

/** What a failure looked like, for the notes: "HTTP 502" or "ETIMEDOUT". */
export function failureName(failure: Failure): string {
	return failure.status !== undefined ? `HTTP ${failure.status}` : (failure.code ?? 'no answer');
}

/** Where a request's failures are reported: the node, the vendor and the item. */
export interface FailureScope {
	context: RequestContext;
	vendor: VendorProfile;
	itemIndex: number;
}

function parsedBody(body: unknown): unknown {
	if (typeof body !== 'string') return body;
	try {
		return JSON.parse(body);
	} catch {
		return body;
	}
}

/** The item's error for a failure: the vendor's own message and status, and `note` after it. */
export function vendorError(
	{ context, vendor, itemIndex }: FailureScope,
	failure: Failure,
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
