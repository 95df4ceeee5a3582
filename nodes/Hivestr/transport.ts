import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { NodeApiError } from 'n8n-workflow';

import { envelopeItems, envelopeRecord, refuseFailedEnvelope } from '../shared/envelopes';
import { paginate, untilTotalPages } from '../shared/paginate';
import type { PageLimit } from '../shared/paginate';
import { fieldErrorText, textOf } from '../shared/field-errors';
import { apiRequest, jsonBodyOf } from '../shared/request';
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
	},
};

/**
 * Adds to a vendor error what the shared core leaves out: a text body the vendor sent (an
 * HTML or plain-text error page) and the document's advice for the status. A 500 on a write
 * is not retried (the document blames the submitted fields, so a retry would fail alike).
 */
function withDocumentedAdvice(error: unknown, request: ApiRequest): unknown {
	if (!(error instanceof NodeApiError)) return error;
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
	return error;
}

/**
 * A PUT is never re-sent after a 5xx or a lost connection: Common Errors blames a 500 on the
 * submitted fields, so a retry would fail alike (the shared core reads `effect`; POST and
 * PATCH are never re-sent already).
 */
function sendable(request: ApiRequest): ApiRequest {
	return request.method === 'PUT' ? ({ ...request, effect: 'additive' } as ApiRequest) : request;
}

/** One request; returns the whole response body. */
export async function hivestrBody(
	context: IExecuteFunctions,
	itemIndex: number,
	request: ApiRequest,
): Promise<IDataObject> {
	let response;
	try {
		response = await apiRequest.call(context, hivestr, sendable(request), itemIndex);
	} catch (error) {
		throw withDocumentedAdvice(error, request);
	}
	// No content (e.g. a 204 on delete) is fine; any other text is a broken or proxy answer.
	const body = jsonBodyOf(context, hivestr, request, response, itemIndex);
	// A 200 with {success: false} is the vendor refusing: an error, never an empty item.
	refuseFailedEnvelope(context, hivestr, { ...response, body }, itemIndex);
	return body;
}

/** One request; returns the record out of the `{success, data}` envelope (see `envelopeRecord`). */
export async function hivestrRequest(
	context: IExecuteFunctions,
	itemIndex: number,
	request: ApiRequest,
): Promise<IDataObject> {
	const response = await apiRequest
		.call(context, hivestr, sendable(request), itemIndex)
		.catch((error: unknown) => {
			throw withDocumentedAdvice(error, request);
		});
	const body = jsonBodyOf(context, hivestr, request, response, itemIndex);
	return envelopeRecord(context, hivestr, request, { ...response, body }, itemIndex);
}

/** A list read over as many pages as Return All / Limit asks for. */
export async function hivestrList(
	context: IExecuteFunctions,
	itemIndex: number,
	request: ApiRequest,
	pageLimit: PageLimit,
): Promise<IDataObject[]> {
	try {
		return await paginate.call(context, hivestr, request, pageLimit, itemIndex);
	} catch (error) {
		throw withDocumentedAdvice(error, request);
	}
}

/**
 * A list whose paging the document does not show (a card's tasks; reminders): asked for
 * without page parameters, so a server that lists it whole answers once; when the answer
 * says there are more pages (`pagination.total_pages`), the next ones are read with the page
 * size the server reported, until Limit records are in. Also returns the first answer (its
 * envelope may hold more than the records, e.g. the reminders' counts).
 */
export async function hivestrAll(
	context: IExecuteFunctions,
	itemIndex: number,
	request: ApiRequest,
	{ returnAll, limit }: PageLimit = { returnAll: true, limit: 0 },
): Promise<{ records: IDataObject[]; first: IDataObject }> {
	const first = await hivestrBody(context, itemIndex, request);
	const records = [...hivestr.pagination.items(first)];
	const { total_pages: totalPages, limit: size } = (first.pagination ?? {}) as IDataObject;
	const pages = Number(totalPages);
	const enough = () => !returnAll && records.length >= limit;
	for (let page = 2; Number.isInteger(pages) && page <= pages && !enough(); page++) {
		const qs: IDataObject = { ...request.qs, page };
		if (Number.isInteger(Number(size)) && Number(size) > 0) qs.limit = Number(size);
		const body = await hivestrBody(context, itemIndex, { ...request, qs });
		const more = hivestr.pagination.items(body);
		// An empty page, or the first page again (a server ignoring `page`), ends the list.
		if (more.length === 0 || JSON.stringify(more[0]) === JSON.stringify(records[0])) break;
		records.push(...more);
	}
	return { records: returnAll ? records : records.slice(0, Math.max(0, limit)), first };
}
