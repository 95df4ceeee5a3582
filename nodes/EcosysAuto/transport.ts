import type { IExecuteFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { vendorClient } from '../shared/client';
import { successPlatformProfile } from '../shared/envelopes';

/**
 * Ecosys Auto's API as the shared core sees it. It runs on the same platform as Sonar
 * Marketing: `{success, data, pagination}` envelope and `{success: false, error}` errors; any
 * answer that is not the envelope fails as such.
 */
export const ecosysAuto = successPlatformProfile({
	displayName: 'Ecosys Auto',
	credentialType: 'ecosysAutoApi',
	envelope: 'successStrict',
});

/** One request (the record out of the `{success, data}` envelope), and a paged list read. */
export const { request: ecosysRequest, list: ecosysList } = vendorClient(ecosysAuto);

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
