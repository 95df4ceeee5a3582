import type { INodeProperties } from 'n8n-workflow';

import { forOperation } from '../../../shared/descriptions';
import { getRecord } from '../../../shared/record-operations';
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
export const execute = getRecord(hivestrRequest, {
	parameter: 'proposalId',
	label: 'Proposal',
	path: '/public/proposals',
	simplifiedFields: PROPOSAL_SIMPLIFIED_FIELDS,
});
