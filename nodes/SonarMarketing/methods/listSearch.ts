import type { ListSearchMethod } from '../../shared/list-search';
import { listSearchPage } from '../../shared/list-search';
import { platformDealLabel } from '../../shared/pipeline-deals';
import { sonarMarketing } from '../transport';

/**
 * Deals for the Deal pickers: one page of GET /deals (50 deals) per call, searched with the
 * documented `search` parameter (title or description), newest first (the documented default).
 */
export const searchDeals: ListSearchMethod = async function (filter, paginationToken) {
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
};
