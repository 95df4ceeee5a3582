import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { itemsUnderData, listReader, untilTotalPages } from '../shared/paginate';
import { fieldErrorText, textOf } from '../shared/field-errors';
import { apiRequest, dataOf, jsonBodyOf } from '../shared/request';
import type { ApiRequest, VendorProfile } from '../shared/types';

/** Hivestr's API as the shared core sees it. */
export const hivestr: VendorProfile = {
	displayName: 'Hivestr',
	credentialType: () => 'hivestrApi',
	baseUrl: (credentials) => credentials.baseUrl,
	// The doc does not show an error body; the API answers {success: false, error, message?,
	// details?} — read the vendor's words from whichever of these it sent.
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
		return {
			message: errorText ?? textOf(message),
			description:
				[errorText !== undefined ? textOf(message) : undefined, description]
					.filter(Boolean)
					.join(' ') || undefined,
		};
	},
	pagination: {
		pageParam: 'page',
		sizeParam: 'limit',
		maxPageSize: 100,
		items: itemsUnderData,
		nextPage: untilTotalPages(
			(body) => (body as { pagination?: { total_pages?: unknown } }).pagination?.total_pages,
		),
	},
};

/** One request; returns the whole response body. */
export async function hivestrBody(
	context: IExecuteFunctions,
	itemIndex: number,
	request: ApiRequest,
): Promise<IDataObject> {
	const response = await apiRequest.call(context, hivestr, request, itemIndex);
	// No content (e.g. a 204 on delete) is fine; any other text is a broken or proxy answer.
	return jsonBodyOf(context, hivestr, request, response, itemIndex);
}

/** One request; returns the record out of the `{success, data}` envelope. */
export async function hivestrRequest(
	context: IExecuteFunctions,
	itemIndex: number,
	request: ApiRequest,
): Promise<IDataObject> {
	return dataOf(await hivestrBody(context, itemIndex, request));
}

/** A list read over as many pages as Return All / Limit asks for. */
export const hivestrList = listReader(hivestr);

/** A list the API returns whole, without pages: the records under `data`. */
export async function hivestrAll(
	context: IExecuteFunctions,
	itemIndex: number,
	request: ApiRequest,
): Promise<IDataObject[]> {
	return itemsUnderData(await hivestrBody(context, itemIndex, request));
}
