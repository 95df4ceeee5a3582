import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { forOperation } from '../../../shared/descriptions';
import { pathOf } from '../../../shared/request';
import { requiredTextOf } from '../../../shared/validate';
import { hivestrRequest } from '../../transport';
import { proposalId } from './settings';

export const description: INodeProperties[] = forOperation('proposal', 'get', [
	{ ...proposalId, description: 'ID of the proposal to retrieve' },
]);

/** The proposal with client and proposal_items (money in cents). */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const id = requiredTextOf(this, proposalId, itemIndex);
	return await hivestrRequest(this, itemIndex, {
		method: 'GET',
		path: pathOf`/public/proposals/${id}`,
	});
}
