import type { IExecuteFunctions } from 'n8n-workflow';

import { locatorId } from '../../../shared/locators';

/** The client id the Client picker holds; empty is refused before any request. */
export function clientIdOf(context: IExecuteFunctions, itemIndex: number): string {
	return locatorId(context, 'clientId', 'Client', itemIndex);
}
