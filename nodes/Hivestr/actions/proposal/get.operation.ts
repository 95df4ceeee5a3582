import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { forOperation } from '../../../shared/descriptions';
import { pathOf } from '../../../shared/request';
import { simplifiedIfAsked, simplifyField } from '../../../shared/simplify';
import { hivestrRequest } from '../../transport';
import { PROPOSAL_SIMPLIFIED_FIELDS } from '../simplifiedFields';
import { pickedId } from '../locators';
import { proposalId } from './settings';

export const description: INodeProperties[] = forOperation('proposal', 'get', [
	{
		...proposalId,
		description: 'The proposal to retrieve, chosen from the list or given by its ID',
	},
	{
		...simplifyField,
		description:
			'Whether to return only ID, proposal_number, title, status, final_value, campaign_start_date, campaign_end_date, valid_until, created_at and client of the proposal instead of every field, proposal_items among them',
	},
]);

/** The proposal with client and proposal_items (money in cents). */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const id = pickedId(this, proposalId, itemIndex);
	const proposal = await hivestrRequest(this, itemIndex, {
		method: 'GET',
		path: pathOf`/public/proposals/${id}`,
	});
	return simplifiedIfAsked(this, itemIndex, proposal, PROPOSAL_SIMPLIFIED_FIELDS);
}
