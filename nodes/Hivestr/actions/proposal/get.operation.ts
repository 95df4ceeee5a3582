import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { forOperation } from '../../../shared/descriptions';
import { pathOf } from '../../../shared/request';
import { hivestrRequest } from '../../transport';
import { proposalId, proposalIdOf } from './settings';

export const description: INodeProperties[] = forOperation('proposal', 'get', [
	{
		...proposalId,
		description: 'The proposal to retrieve, chosen from the list or given by its ID',
	},
]);

/** The proposal with client and proposal_items (money in cents). */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const id = proposalIdOf(this, itemIndex);
	return await hivestrRequest(this, itemIndex, {
		method: 'GET',
		path: pathOf`/public/proposals/${id}`,
	});
}
