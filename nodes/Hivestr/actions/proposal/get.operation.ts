import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { forOperation, idField } from '../../../shared/descriptions';
import { pathOf } from '../../../shared/request';
import { requiredText } from '../../../shared/validate';
import { hivestrRequest } from '../../transport';

export const description: INodeProperties[] = forOperation('proposal', 'get', [
	idField('proposalId', 'Proposal ID', 'ID of the proposal to retrieve'),
]);

/** The proposal with client and proposal_items (money in cents). */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const proposalId = requiredText(this, 'proposalId', 'Proposal ID', itemIndex);
	return await hivestrRequest(this, itemIndex, {
		method: 'GET',
		path: pathOf`/public/proposals/${proposalId}`,
	});
}
