import type { ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';

import { listSearchPage } from '../../shared/list-search';
import { platformDealLabel } from '../../shared/pipeline-deals';
import { sonarMarketing } from '../transport';

/**
 * Deals for the Deal pickers: one page of GET /deals (50 deals) per call, searched with the
 * documented `search` parameter (title or description), newest first (the documented default).
 */
export async function searchDeals(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	const search = (filter ?? '').trim();
	const { records, paginationToken: next } = await listSearchPage(
		this,
		sonarMarketing,
		{ method: 'GET', path: '/deals', qs: search === '' ? {} : { search } },
		{ paginationToken, pageSize: 50 },
	);
	return {
		results: records.map((deal) => ({ name: platformDealLabel(deal), value: String(deal.id) })),
		paginationToken: next,
	};
}
