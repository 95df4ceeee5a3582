import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { itemsUnderData, paginate, untilTotalPages } from '../shared/paginate';
import type { PageLimit } from '../shared/paginate';
import { apiRequest, dataOf } from '../shared/request';
import type { ApiRequest, VendorProfile } from '../shared/types';

/** Sonar Marketing's API as the shared core sees it. */
export const sonarMarketing: VendorProfile = {
	displayName: 'Sonar Marketing',
	credentialType: () => 'sonarMarketingApi',
	baseUrl: (credentials) => credentials.baseUrl,
	// Errors come as {success: false, error: {code, message}} (the platform's shared shape).
	errorDetails: (body) => {
		const { error, message } = body as {
			error?: { code?: string; message?: string };
			message?: string;
		};
		return {
			message: error?.message ?? message,
			description: error?.code === undefined ? undefined : `Error code: ${error.code}`,
		};
	},
	pagination: {
		pageParam: 'page',
		sizeParam: 'limit',
		maxPageSize: 100,
		items: itemsUnderData,
		nextPage: untilTotalPages(
			(body) => (body as { pagination?: { pages?: unknown } }).pagination?.pages,
		),
	},
};

/** One request; returns the record out of the `{success, data}` envelope. */
export async function sonarRequest(
	context: IExecuteFunctions,
	itemIndex: number,
	request: ApiRequest,
): Promise<IDataObject> {
	const { body } = await apiRequest.call(context, sonarMarketing, request, itemIndex);
	return dataOf(body);
}

/** A list read over as many pages as Return All / Limit asks for. */
export async function sonarList(
	context: IExecuteFunctions,
	itemIndex: number,
	request: ApiRequest,
	pageLimit: PageLimit,
): Promise<IDataObject[]> {
	return await paginate.call(context, sonarMarketing, request, pageLimit, itemIndex);
}
