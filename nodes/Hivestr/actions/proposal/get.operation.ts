import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { forOperation } from '../../../shared/descriptions';
import { locatorId } from '../../../shared/locators';
import { pathOf } from '../../../shared/request';
import { simplifiedIfAsked } from '../../../shared/simplify';
import { hivestrRequest } from '../../transport';
import { pickerModes } from '../locators';
import { PROPOSAL_SIMPLIFIED_FIELDS } from '../simplifiedFields';

export const description: INodeProperties[] = forOperation('proposal', 'get', [
	{
		displayName: 'Proposal',
		name: 'proposalId',
		type: 'resourceLocator',
		required: true,
		default: { mode: 'list', value: '' },
		...pickerModes('searchProposals'),
		description: 'The proposal to retrieve, chosen from the list or given by its ID',
	},
	{
		displayName: 'Simplify',
		name: 'simplify',
		type: 'boolean',
		default: false,
		description:
			'Whether to return only ID, proposal_number, title, status, final_value, campaign_start_date, campaign_end_date, valid_until, created_at and client of the proposal instead of every field, proposal_items among them',
	},
]);

/** The proposal with client and proposal_items (money in cents). */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const id = locatorId(this, 'proposalId', 'Proposal', itemIndex);
	const proposal = await hivestrRequest(this, itemIndex, {
		method: 'GET',
		path: pathOf`/public/proposals/${id}`,
	});
	return simplifiedIfAsked(this, itemIndex, proposal, PROPOSAL_SIMPLIFIED_FIELDS);
}
