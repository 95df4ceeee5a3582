import type { IDataObject, ILoadOptionsFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { vendorClient } from '../shared/client';
import { listSearchPage } from '../shared/list-search';
import { followNextPage, itemsUnderData } from '../shared/paginate';
import { itemCredentials, pathOf } from '../shared/request';
import type { RequestContext, VendorErrorDetails, VendorProfile } from '../shared/types';

export const CREDENTIAL_TYPE = 'woofedCrmApi';

/** Rails error bodies: `{errors: "text" | ["text"] | {field: ["text"]}}`, `{error: "text"}`, or a bare `{field: ["text"]}`. */
function messagesOf(value: unknown): string[] {
	if (typeof value === 'string') return value.trim() === '' ? [] : [value];
	if (Array.isArray(value)) return value.flatMap(messagesOf);
	if (typeof value === 'object' && value !== null) {
		return Object.entries(value as Record<string, unknown>).flatMap(([field, inner]) =>
			messagesOf(inner).map((text) => `${field} ${text}`),
		);
	}
	return [];
}

function woofedErrorDetails(body: unknown): VendorErrorDetails {
	const { errors, error, message, details } = body as {
		errors?: unknown;
		error?: unknown;
		message?: unknown;
		details?: unknown;
	};
	const fromErrors = messagesOf(errors);
	// A refused search: {errors: "Invalid search parameters", details: "No valid predicate for …"}.
	if (fromErrors.length > 0 && typeof details === 'string' && details.trim() !== '') {
		return { message: `${fromErrors.join('; ')}: ${details}`, description: details };
	}
	if (fromErrors.length > 0) {
		return {
			message: fromErrors[0],
			description: fromErrors.length > 1 ? fromErrors.join('; ') : undefined,
		};
	}
	if (typeof error === 'string' && error !== '') return { message: error };
	if (typeof message === 'string' && message !== '') return { message };
	// A model's errors hash rendered bare, e.g. {"email": ["is invalid"]}.
	const bare = Object.values(body as object).every(Array.isArray) ? messagesOf(body) : [];
	if (bare.length > 0) {
		return { message: bare[0], description: bare.length > 1 ? bare.join('; ') : undefined };
	}
	return {};
}

/**
 * The account number in the request path: the node's override, else the credential's.
 * WoofedCRM's server does not read it (it works in the token's account), but every API path
 * holds one.
 */
async function accountPath(context: RequestContext, itemIndex: number): Promise<string> {
	const override =
		'getInputData' in context
			? context.getNodeParameter('accountId', itemIndex, '')
			: 'getCurrentNodeParameter' in context
				? context.getCurrentNodeParameter('accountId')
				: context.getNodeParameter('accountId', '');
	let account = typeof override === 'number' ? String(override) : String(override ?? '').trim();
	if (account === '') {
		const credentials = await itemCredentials(context, CREDENTIAL_TYPE, itemIndex);
		account = String(credentials.accountId ?? '').trim();
	}
	if (account === '') {
		throw new NodeOperationError(context.getNode(), 'An Account ID is required', {
			itemIndex,
			description:
				'Fill "Account ID" in the WoofedCRM credential, or "Account ID Override" on the node.',
		});
	}
	return pathOf`/accounts/${account}`;
}

/** WoofedCRM's API as the shared core sees it. */
export const woofedCrm: VendorProfile = {
	displayName: 'WoofedCRM',
	credentialType: () => CREDENTIAL_TYPE,
	baseUrl: (credentials) =>
		`${String(credentials.baseUrl ?? '')
			.trim()
			.replace(/\/+$/, '')}/api/v1`,
	errorDetails: woofedErrorDetails,
	pathPrefix: accountPath,
	pagination: {
		// pagy: 10 records a page, fixed by the server; `pagination.next` is null on the last.
		pageParam: 'page',
		maxPageSize: 10,
		items: itemsUnderData,
		nextPage: followNextPage(
			(body) => (body as { pagination?: { next?: unknown } }).pagination?.next,
		),
	},
};

/**
 * Requests below `/api/v1/accounts/{account}`: one (the record as the API sent it, or with its
 * HTTP status: 201 created, 200 updated), and a search read over as many pagy pages as
 * Return All / Limit asks for.
 */
export const {
	request: woofedRequest,
	answer: woofedRequestWithStatus,
	list: woofedList,
} = vendorClient(woofedCrm);

/**
 * One pagy page (10 records, fixed by the server) of a search, for a resource locator's list:
 * one request per call, never the whole result.
 */
export async function woofedSearchPage(
	context: ILoadOptionsFunctions,
	path: string,
	query: IDataObject,
	paginationToken: string | undefined,
): Promise<{ records: IDataObject[]; paginationToken?: string }> {
	const fullPath = (await accountPath(context, 0)) + path;
	return await listSearchPage(
		context,
		woofedCrm,
		{ method: 'POST', effect: 'read', path: fullPath, body: { query } },
		{ paginationToken },
	);
}
