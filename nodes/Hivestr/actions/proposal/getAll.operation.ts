import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import {
	forOperation,
	optionalFields,
	pageLimitOf,
	returnAllAndLimit,
} from '../../../shared/descriptions';
import { apiFields, rulesFor } from '../../../shared/validate';
import { locatorValue } from '../../../shared/locators';
import { clientIdField } from '../client/locator';
import { hivestrList } from '../../transport';
import { PROPOSAL_STATUSES, proposalStatusOptions } from './fields';

export const description: INodeProperties[] = forOperation('proposal', 'getAll', [
	...returnAllAndLimit(),
	optionalFields('filters', 'Filters', [
		{ ...clientIdField('client_id', 'Only proposals of this client', false) },
		{
			displayName: 'Created From',
			name: 'start_date',
			type: 'dateTime',
			default: '',
			description: 'Only proposals created on or after this date (sent as YYYY-MM-DD)',
		},
		{
			displayName: 'Created To',
			name: 'end_date',
			type: 'dateTime',
			default: '',
			description: 'Only proposals created on or before this date (sent as YYYY-MM-DD)',
		},
		{
			displayName: 'Status',
			name: 'status',
			type: 'options',
			options: [{ name: 'All', value: 'all' }, ...proposalStatusOptions],
			default: 'all',
		},
	]),
]);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject[]> {
	const filters = this.getNodeParameter('filters', itemIndex, {}) as IDataObject;
	const rule = rulesFor(this, itemIndex);
	const qs = apiFields(
		{ ...filters, client_id: locatorValue(filters.client_id) as string },
		{
			start_date: rule.date('Created From'),
			end_date: rule.date('Created To'),
			status: rule.oneOf('Status', ['all', ...PROPOSAL_STATUSES]),
		},
	);
	return await hivestrList(
		this,
		itemIndex,
		{ method: 'GET', path: '/public/proposals', qs },
		pageLimitOf(this, itemIndex),
	);
}
