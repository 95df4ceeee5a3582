import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { forOperation } from '../../../shared/descriptions';
import type { CheckedProperty } from '../../../shared/validate';
import { filteredList, listProperties } from '../filteredList';
import { pickerModes } from '../locators';
import { PROPOSAL_SIMPLIFIED_FIELDS } from '../simplifiedFields';
import { PROPOSAL_STATUSES, proposalStatusOptions } from './settings';

/** The filters GET /proposals takes, under Filters. */
const filters: CheckedProperty[] = [
	{
		property: {
			displayName: 'Client',
			name: 'client_id',
			type: 'resourceLocator',
			default: { mode: 'list', value: '' },
			...pickerModes('searchClients'),
			description: 'Only proposals of this client',
		},
	},
	{
		property: {
			displayName: 'Created From',
			name: 'start_date',
			type: 'dateTime',
			default: '',
			description: 'Only proposals created on or after this date (sent as YYYY-MM-DD)',
		},
		rule: (check, label) => check.date(label),
	},
	{
		property: {
			displayName: 'Created To',
			name: 'end_date',
			type: 'dateTime',
			default: '',
			description: 'Only proposals created on or before this date (sent as YYYY-MM-DD)',
		},
		rule: (check, label) => check.date(label),
	},
	{
		property: {
			displayName: 'Status',
			name: 'status',
			type: 'options',
			options: [{ name: 'All', value: 'all' }, ...proposalStatusOptions],
			default: 'all',
		},
		rule: (check, label) => check.oneOf(label, ['all', ...PROPOSAL_STATUSES]),
	},
];

export const description = forOperation(
	'proposal',
	'getAll',
	listProperties(filters, {
		displayName: 'Simplify',
		name: 'simplify',
		type: 'boolean',
		default: false,
		description:
			'Whether to return only ID, proposal_number, title, status, final_value, campaign_start_date, campaign_end_date, valid_until, created_at and client of each proposal instead of every field',
	}),
);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject[]> {
	return await filteredList(this, itemIndex, {
		path: '/public/proposals',
		filters,
		simplifiedFields: PROPOSAL_SIMPLIFIED_FIELDS,
	});
}
