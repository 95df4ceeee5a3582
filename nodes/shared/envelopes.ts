import type { IDataObject, INodeProperties, JsonObject } from 'n8n-workflow';
import { NodeApiError, OperationalError } from 'n8n-workflow';

import { untilTotalPages } from './paginate';
import { jsonBodyOf } from './request';
import type {
	ApiRequest,
	ApiResponse,
	Envelope,
	PageStrategy,
	RequestContext,
	VendorErrorDetails,
	VendorProfile,
} from './types';

/**
 * The `{success, data}` envelope several vendors share (one platform serves more than one
 * brand): records under `data`, lists paged with `?page=&limit=` and described by
 * `pagination: {page, limit, total, pages}`, errors as `{success: false, error: {code, message}}`.
 * Also how any vendor's answer becomes the item's record (`recordOf`).
 */

/** A successful answer to one request, with what is needed to read it or to refuse it. */
export interface Answer {
	context: RequestContext;
	vendor: VendorProfile;
	request: ApiRequest;
	response: ApiResponse;
	itemIndex: number;
}

/** The item's record out of a successful answer, as the vendor's `envelope` holds it. */
export function recordOf(answer: Answer): IDataObject {
	const { context, vendor, request, response, itemIndex } = answer;
	if (vendor.envelope === 'successStrict') return envelopeRecord(answer);
	const body = jsonBodyOf(context, vendor, request, response, itemIndex);
	if (vendor.envelope !== 'success') return body;
	return envelopeRecord({ ...answer, response: { ...response, body } });
}

/** The vendor's message and code out of `{success: false, error: {code, message}}` (or `error: "text"`). */
export function successEnvelopeErrorDetails(body: unknown): VendorErrorDetails {
	const { error, message } = body as {
		error?: string | { code?: string; message?: string };
		message?: string;
	};
	if (typeof error === 'string') return { message: error.trim() === '' ? message : error };
	return {
		message: error?.message ?? message,
		description: error?.code === undefined ? undefined : `Error code: ${error.code}`,
	};
}

/**
 * The profile of a vendor on the `{success, data}` platform: its base URL in the credential's
 * `baseUrl`, errors as `{success: false, error}`, lists of `{data: [...], pagination: {pages}}`
 * read with `page` and `limit` (at most 100).
 */
export function successPlatformProfile({
	displayName,
	credentialType,
	envelope,
}: {
	displayName: string;
	credentialType: string;
	envelope: Extract<Envelope, 'success' | 'successStrict'>;
}): VendorProfile {
	return {
		displayName,
		credentialType: () => credentialType,
		baseUrl: (credentials) => credentials.baseUrl,
		errorDetails: successEnvelopeErrorDetails,
		envelope,
		pagination: {
			pageParam: 'page',
			sizeParam: 'limit',
			maxPageSize: 100,
			items: envelopeItems(displayName),
			nextPage: untilTotalPages(
				(body) => (body as { pagination?: { pages?: unknown } }).pagination?.pages,
			),
		},
	};
}

/** Options › Sort Direction, read by `listSortOf`. */
export const sortDirectionField: INodeProperties = {
	displayName: 'Sort Direction',
	name: 'sortDirection',
	type: 'options',
	options: [
		{ name: 'Ascending', value: 'asc' },
		{ name: 'Descending', value: 'desc' },
	],
	default: 'desc',
};

/** The "Options" fields that pick a sort field and direction for `sortParam`. */
export function sortOptions(
	fields: Array<{ name: string; value: string }>,
	defaultField: string,
): INodeProperties[] {
	return [
		{
			displayName: 'Sort By',
			name: 'sortBy',
			type: 'options',
			options: fields,
			default: defaultField,
		},
		sortDirectionField,
	];
}

/** A list's order: one field, ascending or descending. */
export interface ListSort {
	field: string;
	descending: boolean;
}

/** The order asked for under Options (`sortBy`, `sortDirection`), or undefined when neither was set. */
export function sortOf(options: IDataObject, defaultField: string): ListSort | undefined {
	if (options.sortBy === undefined && options.sortDirection === undefined) return undefined;
	return {
		field: String(options.sortBy ?? defaultField),
		descending: options.sortDirection !== 'asc',
	};
}

/** The platform's `sort` value: `field` ascending, `-field` descending. */
export function sortValue({ field, descending }: ListSort): string {
	return `${descending ? '-' : ''}${field}`;
}

/** `sort=field` ascending or `sort=-field` descending, or nothing when neither was set. */
export function sortParam(options: IDataObject, defaultField: string): IDataObject {
	const sort = sortOf(options, defaultField);
	return sort === undefined ? {} : { sort: sortValue(sort) };
}

/** Checks that a successful response really is the envelope, so a proxy page or broken JSON fails loudly. */
function envelopeOf(body: unknown, displayName: string): { data?: unknown } {
	const envelope = typeof body === 'object' && body !== null ? (body as IDataObject) : undefined;
	if (envelope?.success === false) {
		const { message } = successEnvelopeErrorDetails(envelope);
		throw new OperationalError(
			message ?? `${displayName} answered "success": false without a message: ${excerpt(body)}`,
		);
	}
	if (envelope === undefined || !('data' in envelope)) {
		const text = typeof body === 'string' ? body.slice(0, 80) : JSON.stringify(body);
		throw new OperationalError(
			`${displayName} sent a response that is not its JSON envelope: ${String(text)}`,
		);
	}
	return envelope;
}

/** A page's records under `data`, refusing a body that is not a list page. */
export function envelopeItems(displayName: string): PageStrategy['items'] {
	return (body) => {
		const { data } = envelopeOf(body, displayName);
		if (!Array.isArray(data)) {
			throw new OperationalError(`${displayName} sent no list under "data"`);
		}
		return data as IDataObject[];
	};
}

/** Up to 300 characters of a body, as JSON when it is not text. */
function excerpt(body: unknown): string {
	const text = typeof body === 'string' ? body : JSON.stringify(body);
	return String(text).slice(0, 300);
}

/** A NodeApiError for an answer (`errorBody` is what it sent, kept as the error's body). */
function answerError(
	{ context, response, itemIndex }: Answer,
	{
		message,
		description,
		errorBody,
	}: { message: string; description?: string; errorBody: JsonObject },
) {
	return new NodeApiError(context.getNode(), errorBody, {
		message,
		description,
		httpCode: String(response.status),
		itemIndex,
	});
}

/**
 * Throws when an answer is `{success: false, …}`: the vendor refusing, whatever the HTTP
 * status (a 200 included), with its own message, or the body itself when it sent none.
 */
export function refuseFailedEnvelope(answer: Answer): void {
	const { vendor, response } = answer;
	const { status, body } = response;
	if (typeof body !== 'object' || body === null || (body as IDataObject).success !== false) return;
	const details = vendor.errorDetails(body);
	throw answerError(answer, {
		message:
			details.message ??
			`${vendor.displayName} answered "success": false (HTTP ${status}) without a message`,
		description: details.description ?? (details.message === undefined ? excerpt(body) : undefined),
		errorBody: body as JsonObject,
	});
}

/**
 * The record of a `{success, data}` answer, one rule for every vendor that sends this envelope:
 * - `success: false` is the vendor refusing, whatever the HTTP status: an error with its message;
 * - a record under `data` is the output;
 * - a read without a record under `data` fails clearly (never an empty item);
 * - a write the vendor accepted (2xx, not `success: false`) but answered without a record is
 *   not failed (a re-run could repeat it): the output is what is known, the fields sent plus
 *   what the answer held (e.g. its `message`).
 * A body that is not JSON fails (a proxy page or a cut-off answer), except an empty 204 or an
 * empty answer to a PUT, PATCH or DELETE.
 */
function envelopeRecord(answer: Answer): IDataObject {
	const { vendor, request, response } = answer;
	const { status, body } = response;
	const read = request.method === 'GET';
	if (typeof body !== 'object' || body === null) {
		const empty = body === undefined || body === null || String(body).trim() === '';
		if (empty && read && status === 204) {
			throw answerError(answer, {
				message: `${vendor.displayName} sent no record under "data"`,
				description: `HTTP ${status}; the answer was empty.`,
				errorBody: {},
			});
		}
		// As `jsonBodyOf`: an empty answer to a write is fine for a 204 and for a PUT, PATCH or DELETE.
		if (empty && !read && (status === 204 || request.method !== 'POST')) {
			return sentFields(request);
		}
		throw answerError(answer, {
			message: `${vendor.displayName} sent a response that is not its JSON envelope: ${typeof body === 'string' ? body.slice(0, 80) : String(body)}`,
			description: `HTTP ${status}.`,
			errorBody: { body: typeof body === 'string' ? body.slice(0, 500) : '' },
		});
	}
	refuseFailedEnvelope(answer);
	const { data, ...rest } = body as IDataObject;
	delete rest.success;
	if (typeof data === 'object' && data !== null && !Array.isArray(data)) {
		return data as IDataObject;
	}
	if (read) {
		throw answerError(answer, {
			message: `${vendor.displayName} sent no record under "data"`,
			description: `HTTP ${status}; the answer was: ${excerpt(body)}`,
			errorBody: body as JsonObject,
		});
	}
	return {
		...sentFields(request),
		...(data === undefined || data === null ? {} : { data }),
		...rest,
	};
}

/** The fields a write sent, as what is known of the record when the vendor echoed none. */
function sentFields(request: ApiRequest): IDataObject {
	const { body } = request;
	return typeof body === 'object' && body !== null && !Array.isArray(body) ? { ...body } : {};
}
