import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { forOperation, pageLimitOf, returnAllAndLimit } from '../../../shared/descriptions';
import { woofedList } from '../../transport';
import { searchFields, searchQueryOf } from '../common';

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
	...searchFields(searchableFields, 'name', 'deal'),
]);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject[]> {
	const query = searchQueryOf(this, itemIndex);
	return await woofedList(
		this,
		itemIndex,
		{ method: 'POST', path: '/deals/search', body: { query } },
		pageLimitOf(this, itemIndex),
	);
}
