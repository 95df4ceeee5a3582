import type { IDataObject, INodeListSearchItems } from 'n8n-workflow';
import { NodeApiError } from 'n8n-workflow';

import type { ListSearchMethod } from '../../shared/list-search';
import { labelMatches, labelText as text } from '../../shared/list-search';
import { woofedSearchPage } from '../transport';

// Newest first in the pickers; a sort key is always sent, as WoofedCRM's search has no order.
const NEWEST_FIRST = 'id desc';

/** A contact as its picker lists it: full name, then e-mail or phone. */
function contactLabel(contact: IDataObject): string {
	const name = text(contact.full_name) || `Contact ${String(contact.id)}`;
	const detail = text(contact.email) || text(contact.phone);
	return detail === '' ? name : `${name} (${detail})`;
}

/** A deal as its picker lists it: name, then status. */
function dealLabel(deal: IDataObject): string {
	const name = text(deal.name) || `Deal ${String(deal.id)}`;
	const status = text(deal.status);
	return status === '' ? name : `${name} (${status})`;
}

const itemsOf = (records: IDataObject[], label: (record: IDataObject) => string) =>
	records.map((record): INodeListSearchItems => ({
		name: label(record),
		value: String(record.id),
	}));

/** Contacts for the Contact pickers: one page (10) per call, searched by name (full_name_cont). */
export const searchContacts: ListSearchMethod = async function (filter, paginationToken) {
	const search = (filter ?? '').trim();
	const query: IDataObject = { s: NEWEST_FIRST };
	if (search !== '') query.full_name_cont = search;
	const page = await woofedSearchPage(this, '/contacts/search', query, paginationToken);
	return { results: itemsOf(page.records, contactLabel), paginationToken: page.paginationToken };
};

/**
 * Deals for the Deal pickers: one page (10) per call, searched by name (name_cont, as the
 * deal search documents). Some WoofedCRM versions allow no deal field in a search (422): then
 * the page is read without the condition and filtered here on the label.
 */
export const searchDeals: ListSearchMethod = async function (filter, paginationToken) {
	const search = (filter ?? '').trim();
	if (search !== '') {
		const attempt = await woofedSearchPage(
			this,
			'/deals/search',
			{ name_cont: search, s: NEWEST_FIRST },
			paginationToken,
		).then(
			(page) => ({ page, refusal: undefined }),
			(refusal: unknown) => ({ page: undefined, refusal }),
		);
		if (attempt.page !== undefined) {
			return {
				results: itemsOf(attempt.page.records, dealLabel),
				paginationToken: attempt.page.paginationToken,
			};
		}
		const refusedSearch =
			attempt.refusal instanceof NodeApiError && attempt.refusal.httpCode === '422';
		if (!refusedSearch) throw attempt.refusal;
	}
	const page = await woofedSearchPage(this, '/deals/search', { s: NEWEST_FIRST }, paginationToken);
	return {
		results: itemsOf(page.records, dealLabel).filter((item) => labelMatches(item, search)),
		paginationToken: page.paginationToken,
	};
};
