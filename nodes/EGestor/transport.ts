import type {
	IDataObject,
	IExecuteFunctions,
	ILoadOptionsFunctions,
	IPollFunctions,
} from 'n8n-workflow';

import { itemsUnderData, listReader, untilTotalPages } from '../shared/paginate';
import { fieldErrorText, textOf } from '../shared/field-errors';
import { apiRequest, jsonBodyOf } from '../shared/request';
import type { ApiRequest, RequestContext, VendorProfile } from '../shared/types';

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
	baseUrl: (credentials) => credentials.baseUrl,
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

/** One request; eGestor answers with the record itself (no envelope). */
export async function eGestorRequest(
	context: IExecuteFunctions | ILoadOptionsFunctions,
	itemIndex: number,
	request: ApiRequest,
): Promise<IDataObject> {
	const response = await apiRequest.call(context, eGestor, request, itemIndex);
	return jsonBodyOf(context, eGestor, request, response, itemIndex);
}

/** A list read over as many 50-record pages as Return All / Limit asks for. */
export const eGestorList = listReader(eGestor);
