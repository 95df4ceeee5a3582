import type { INodeProperties } from 'n8n-workflow';

import { forOperation } from '../../../shared/descriptions';
import { getRecord } from '../../../shared/record-operations';
import { woofedRequest } from '../../transport';
import { DEAL_SIMPLIFIED_FIELDS, dealModes } from './fields';

export const description: INodeProperties[] = forOperation('deal', 'get', [
	{
		displayName: 'Deal',
		name: 'dealId',
		type: 'resourceLocator',
		required: true,
		default: { mode: 'list', value: '' },
		description:
			'The deal to retrieve, from the list or by its numeric ID; the output also holds its contact, stage, pipeline, deal_assignees and deal_products',
		...dealModes,
	},
	{
		displayName: 'Simplify',
		name: 'simplify',
		type: 'boolean',
		default: false,
		description:
			'Whether to return only ID, name, status, stage_id, pipeline_id, contact_id, total_deal_products_amount_in_cents, won_at, lost_at and updated_at instead of every field (nested records included)',
	},
]);

export const execute = getRecord(woofedRequest, {
	parameter: 'dealId',
	label: 'Deal',
	path: '/deals',
	simplifiedFields: DEAL_SIMPLIFIED_FIELDS,
});
