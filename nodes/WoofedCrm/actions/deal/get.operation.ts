import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { forOperation } from '../../../shared/descriptions';
import { locatorId } from '../../../shared/locators';
import { pathOf } from '../../../shared/request';
import { simplifiedIfAsked } from '../../../shared/simplify';
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

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const dealId = locatorId(this, 'dealId', 'Deal', itemIndex);
	const deal = await woofedRequest(this, itemIndex, {
		method: 'GET',
		path: pathOf`/deals/${dealId}`,
	});
	return simplifiedIfAsked(this, itemIndex, deal, DEAL_SIMPLIFIED_FIELDS);
}
