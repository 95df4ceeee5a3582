import type { NodeApiError } from 'n8n-workflow';

import { vendorClient } from '../shared/client';
import { envelopeItems } from '../shared/envelopes';
import { untilTotalPages } from '../shared/paginate';
import { fieldErrorText, textOf } from '../shared/field-errors';
import type { ApiRequest, VendorProfile } from '../shared/types';

/** Up to 300 characters of what the vendor sent, as JSON when it is not text. */
function bodyExcerpt(body: unknown): string | undefined {
	if (body === undefined || body === null) return undefined;
	const text = (typeof body === 'string' ? body : JSON.stringify(body)).trim();
	return text === '' || text === '{}' ? undefined : text.slice(0, 300);
}

/** hivestr.txt › Common Errors: what the document advises for each status, quoted. */
const documentedAdvice: Record<string, string> = {
	'401': 'Token expired → Generate a new one at/auth/token',
	'403': 'No permission → Check API Key permissions',
	'404': 'Resource not found → Check ID',
	'429': 'Rate limit exceeded → Wait for reset (1 hour)',
	'500': 'Internal error → Check logs/submitted fields',
};

/** Hivestr's API as the shared core sees it. */
export const hivestr: VendorProfile = {
	displayName: 'Hivestr',
	credentialType: () => 'hivestrApi',
	baseUrl: (credentials) => credentials.baseUrl,
	// hivestr.txt shows no error body (Common Errors names statuses only). Read the vendor's
	// words from whichever of error / message / details / errors it sent; any other JSON is
	// shown as it came, so a message is never empty.
	errorDetails: (body) => {
		const { error, message, details, errors } = body as {
			error?: unknown;
			message?: unknown;
			details?: unknown;
			errors?: unknown;
		};
		const errorText =
			textOf(error) ?? textOf((error as { message?: unknown } | undefined)?.message) ?? undefined;
		const description = fieldErrorText(details ?? errors);
		const messageText = errorText ?? textOf(message);
		return {
			message: messageText,
			description:
				[errorText !== undefined ? textOf(message) : undefined, description]
					.filter(Boolean)
					.join(' ') ||
				(messageText === undefined ? `Hivestr sent: ${bodyExcerpt(body)}` : undefined),
		};
	},
	pagination: {
		pageParam: 'page',
		sizeParam: 'limit',
		// hivestr.txt › GET /inventory/list: "limit … máx: 100"
		maxPageSize: 100,
		items: envelopeItems('Hivestr'),
		nextPage: untilTotalPages(
			(body) => (body as { pagination?: { total_pages?: unknown } }).pagination?.total_pages,
		),
		reportedSize: (body) => (body as { pagination?: { limit?: unknown } }).pagination?.limit,
	},
	envelope: 'success',
	// A PUT is never re-sent after a 5xx or a lost connection: Common Errors blames a 500 on the
	// submitted fields, so a retry would fail alike (POST and PATCH are never re-sent already).
	methodEffects: { PUT: 'additive' },
	explainError: withDocumentedAdvice,
};

/**
 * Adds to a vendor error what the shared core leaves out: a text body the vendor sent (an
 * HTML or plain-text error page) and the document's advice for the status. A 500 on a write
 * is not retried (the document blames the submitted fields, so a retry would fail alike).
 */
function withDocumentedAdvice(error: NodeApiError, request: ApiRequest): void {
	// A rate-limit failure the shared core raises itself (no HTTP status of its own) is a 429.
	const status = error.httpCode ?? (/rate limit/i.test(error.message) ? '429' : undefined);
	const parts = [error.description ?? undefined];
	const sent = (error.errorResponse as { body?: unknown } | undefined)?.body;
	if (typeof sent === 'string' && textOf(sent) !== undefined && !error.message.includes(sent)) {
		parts.push(`Hivestr sent: ${sent.trim().slice(0, 300)}`);
	}
	const advice = status === null || status === undefined ? undefined : documentedAdvice[status];
	if (advice !== undefined) parts.push(`Hivestr's API docs for ${status}: "${advice}".`);
	if (status === '500' && request.method !== 'GET' && !/not sent again/i.test(parts.join(' '))) {
		parts.push('The request was not sent again; check in Hivestr whether it took effect.');
	}
	const description = parts.filter(Boolean).join(' ');
	if (description !== '') error.description = description;
}

/**
 * One request: the whole response body, or the record out of the `{success, data}` envelope;
 * a paged list read; and a list whose paging the document does not show (a card's tasks,
 * reminders), read whole.
 */
export const {
	body: hivestrBody,
	request: hivestrRequest,
	list: hivestrList,
	all: hivestrAll,
} = vendorClient(hivestr);
