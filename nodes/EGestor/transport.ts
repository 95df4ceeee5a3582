import type {
	IDataObject,
	IExecuteFunctions,
	ILoadOptionsFunctions,
	IPollFunctions,
} from 'n8n-workflow';
import { UserError } from 'n8n-workflow';

import { vendorClient } from '../shared/client';
import { itemsUnderData, untilTotalPages } from '../shared/paginate';
import { fieldErrorText, textOf } from '../shared/field-errors';
import { isSecureUrl, jsonBodyOf } from '../shared/request';
import type { ApiRequest, RequestContext, VendorProfile } from '../shared/types';

/**
 * A URL the credential sends a secret to (the personal token, or the OAuth2 client secret and
 * refresh token): https only, http only on loopback (the local sandbox).
 */
function checkedSecretUrl(raw: unknown, label: string): string {
	const text = typeof raw === 'string' ? raw.trim() : '';
	if (!isSecureUrl(text)) {
		throw new UserError(
			`The eGestor credential's ${label} must be an https:// address (http:// only for localhost)`,
		);
	}
	return text;
}

/** The chosen Authentication of the node, in any context that can send a request. */
function authenticationOf(context: RequestContext): unknown {
	if ('getInputData' in context) {
		return (context as IExecuteFunctions).getNodeParameter('authentication', 0, 'personalToken');
	}
	return (context as ILoadOptionsFunctions | IPollFunctions).getNodeParameter(
		'authentication',
		'personalToken',
	);
}

/** eGestor's API as the shared core sees it. */
export const eGestor: VendorProfile = {
	displayName: 'eGestor',
	credentialType: (context) =>
		authenticationOf(context) === 'oAuth2' ? 'eGestorOAuth2Api' : 'eGestorApi',
	// Before any request, every URL of the credential a secret goes to is checked (the Base
	// URL by the core); an OAuth2 refresh sends the client secret to the Access Token URL.
	baseUrl: (credentials) => {
		if (credentials.accessTokenUrl !== undefined) {
			checkedSecretUrl(credentials.accessTokenUrl, 'Access Token URL');
		}
		if (credentials.authUrl !== undefined) {
			checkedSecretUrl(credentials.authUrl, 'Authorization URL');
		}
		return credentials.baseUrl;
	},
	// Errors come as {errCode, errMsg, errObs, errFields}; 410 means the record was deleted.
	errorDetails: (body) => {
		const { errCode, errMsg, errObs, errFields } = body as IDataObject;
		const deleted =
			Number(errCode) === 410
				? 'The record was deleted in eGestor and is no longer available (HTTP 410, not the same as 404 "not found").'
				: undefined;
		const fields = fieldErrorText(errFields);
		const description = [
			deleted,
			textOf(errObs) === undefined ? undefined : `Note: ${textOf(errObs)}`,
			fields === undefined ? undefined : `Fields: ${fields}`,
		]
			.filter(Boolean)
			.join(' ');
		return { message: textOf(errMsg), description: description === '' ? undefined : description };
	},
	// Lists are 50 a page, fixed: {total, per_page, current_page, last_page, data}.
	pagination: {
		pageParam: 'page',
		maxPageSize: 50,
		items: itemsUnderData,
		nextPage: untilTotalPages((body) => (body as { last_page?: unknown }).last_page),
	},
	// 60 requests a minute per app+user.
	rateWindowMs: 60_000,
};

const client = vendorClient(eGestor);
/** One request (eGestor answers with the record itself, no envelope), and a paged list read. */
export const { request: eGestorRequest, list: eGestorList } = client;

/**
 * A create: `POST` and the record eGestor answers. An empty 2xx is a success (eGestor's own
 * example for POST /servicos is an empty 200): the item then holds the fields sent, since
 * the record exists and failing would make a re-run create it twice.
 */
export async function eGestorCreate(
	context: IExecuteFunctions,
	itemIndex: number,
	path: string,
	body: IDataObject,
): Promise<IDataObject> {
	const request: ApiRequest = { method: 'POST', path, body };
	const response = await client.send(context, itemIndex, request);
	const text = typeof response.body === 'string' ? response.body.trim() : undefined;
	if (
		response.status >= 200 &&
		response.status < 300 &&
		(response.body === undefined || response.body === null || text === '')
	) {
		return { ...body };
	}
	return jsonBodyOf(context, eGestor, request, response, itemIndex);
}
