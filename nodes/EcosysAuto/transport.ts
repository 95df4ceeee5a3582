import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import {
	envelopeItems,
	envelopeRecord,
	pagesPagination,
	successEnvelopeErrorDetails,
} from '../shared/envelopes';
import { listReader } from '../shared/paginate';
import { apiRequest } from '../shared/request';
import type { ApiRequest, VendorProfile } from '../shared/types';

/**
 * Ecosys Auto's API as the shared core sees it. It runs on the same platform as Sonar
 * Marketing: `{success, data, pagination}` envelope and `{success: false, error}` errors.
 */
export const ecosysAuto: VendorProfile = {
	displayName: 'Ecosys Auto',
	credentialType: () => 'ecosysAutoApi',
	baseUrl: (credentials) => credentials.baseUrl,
	errorDetails: successEnvelopeErrorDetails,
	pagination: pagesPagination(100, envelopeItems('Ecosys Auto')),
};

/** One request; returns the record out of the `{success, data}` envelope (any other body fails). */
export async function ecosysRequest(
	context: IExecuteFunctions,
	itemIndex: number,
	request: ApiRequest,
): Promise<IDataObject> {
	const response = await apiRequest.call(context, ecosysAuto, request, itemIndex);
	return envelopeRecord(context, ecosysAuto, request, response, itemIndex);
}

/** A list read over as many pages as Return All / Limit asks for. */
export const ecosysList = listReader(ecosysAuto);

/** The store a vehicle goes to: the node's own Store ID, else the credential's default. */
export async function storeIdFor(
	context: IExecuteFunctions,
	override: unknown,
	itemIndex: number,
): Promise<string> {
	const own = typeof override === 'string' ? override.trim() : '';
	if (own !== '') return own;
	const credentials = await context.getCredentials('ecosysAutoApi', itemIndex);
	const fallback = typeof credentials.storeId === 'string' ? credentials.storeId.trim() : '';
	if (fallback === '') {
		throw new NodeOperationError(context.getNode(), '"Store ID" is required', {
			itemIndex,
			description: `Enter a Store ID on item ${itemIndex}, or set a Default Store ID in the Ecosys Auto credential (Configurações → Lojas in the dashboard).`,
		});
	}
	return fallback;
}
