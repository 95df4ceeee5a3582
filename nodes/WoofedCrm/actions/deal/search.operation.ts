import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { forOperation, pageLimitOf, returnAllAndLimit } from '../../../shared/descriptions';
import { simplifiedIfAsked } from '../../../shared/simplify';
import { woofedList } from '../../transport';
import { searchFields, searchQueryOf } from '../common';
import { DEAL_SIMPLIFIED_FIELDS } from './fields';

/** The fields WoofedCRM's deal search documents (vendor-docs "Buscar negócios" body). */
const searchableFields = [
	{ name: 'Contact ID', value: 'contact_id' },
	{ name: 'Created At', value: 'created_at' },
	{ name: 'ID', value: 'id' },
	{ name: 'Name', value: 'name' },
	{ name: 'Pipeline ID', value: 'pipeline_id' },
	{ name: 'Stage ID', value: 'stage_id' },
	{ name: 'Status', value: 'status' },
	{ name: 'Updated At', value: 'updated_at' },
];

export const description: INodeProperties[] = forOperation('deal', 'search', [
	...returnAllAndLimit(),
	{
		displayName: 'Simplify',
		name: 'simplify',
		type: 'boolean',
		default: false,
		description:
			'Whether to return only ID, name, status, stage_id, pipeline_id, contact_id, total_deal_products_amount_in_cents, won_at, lost_at and updated_at of each deal instead of every field',
	},
	...searchFields(searchableFields, 'name', 'deal'),
]);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject[]> {
	const query = searchQueryOf(this, itemIndex);
	const records = await woofedList(
		this,
		itemIndex,
		{ method: 'POST', effect: 'read', path: '/deals/search', body: { query } },
		pageLimitOf(this, itemIndex),
	);
	return simplifiedIfAsked(this, itemIndex, records, DEAL_SIMPLIFIED_FIELDS);
}
