import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import {
	envelopeItems,
	envelopeRecord,
	pagesPagination,
	successEnvelopeErrorDetails,
} from '../shared/envelopes';
import { listReader } from '../shared/paginate';
import { apiRequest, jsonBodyOf } from '../shared/request';
import type { ApiRequest, VendorProfile } from '../shared/types';

/** Sonar Marketing's API as the shared core sees it. */
export const sonarMarketing: VendorProfile = {
	displayName: 'Sonar Marketing',
	credentialType: () => 'sonarMarketingApi',
	baseUrl: (credentials) => credentials.baseUrl,
	// Errors come as {success: false, error: {code, message}} (the platform's shared shape).
	errorDetails: successEnvelopeErrorDetails,
	pagination: pagesPagination(100, envelopeItems('Sonar Marketing')),
};

/** One request; returns the record out of the `{success, data}` envelope. */
export async function sonarRequest(
	context: IExecuteFunctions,
	itemIndex: number,
	request: ApiRequest,
): Promise<IDataObject> {
	const response = await apiRequest.call(context, sonarMarketing, request, itemIndex);
	const body = jsonBodyOf(context, sonarMarketing, request, response, itemIndex);
	return envelopeRecord(context, sonarMarketing, request, { ...response, body }, itemIndex);
}

/** A list read over as many pages as Return All / Limit asks for. */
export const sonarList = listReader(sonarMarketing);
