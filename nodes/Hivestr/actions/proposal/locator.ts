import type { IExecuteFunctions } from 'n8n-workflow';

import { locatorId } from '../../../shared/locators';

/** The proposal id the Proposal picker holds; empty is refused before any request. */
export function proposalIdOf(context: IExecuteFunctions, itemIndex: number): string {
	return locatorId(context, 'proposalId', 'Proposal', itemIndex);
}
