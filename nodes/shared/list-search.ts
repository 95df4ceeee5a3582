import type {
	IDataObject,
	ILoadOptionsFunctions,
	INodeListSearchItems,
	INodeListSearchResult,
} from 'n8n-workflow';

import { apiRequest, jsonBodyOf } from './request';
import type { ApiRequest, VendorProfile } from './types';

/** A node's `methods.listSearch` entry: one page of a picker's list per call. */
export type ListSearchMethod = (
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
) => Promise<INodeListSearchResult>;

/** Text for a picker's label: a string, trimmed; anything else is empty. */
export const labelText = (value: unknown) => (typeof value === 'string' ? value.trim() : '');

/**
 * One page of a vendor list for a resource locator's "From List" mode: exactly one request per
 * call (per keystroke or scroll), never a whole list, through the shared request core and so
 * on the credential's rate budget. n8n asks for the next page with the token returned here.
 */
export async function listSearchPage(
	context: ILoadOptionsFunctions,
	vendor: VendorProfile,
	request: ApiRequest,
	{ paginationToken, pageSize }: { paginationToken?: string; pageSize?: number },
): Promise<{ records: IDataObject[]; paginationToken?: string }> {
	const strategy = vendor.pagination;
	const page = Math.max(1, Math.floor(Number(paginationToken ?? 1)) || 1);
	const qs: IDataObject = { ...request.qs, [strategy.pageParam]: page };
	if (strategy.sizeParam !== undefined && pageSize !== undefined) {
		qs[strategy.sizeParam] = Math.min(pageSize, strategy.maxPageSize);
	}
	const sent: ApiRequest = { ...request, qs };
	const response = await apiRequest.call(context, vendor, sent);
	const body = jsonBodyOf(context, vendor, sent, response, 0);
	const records = strategy
		.items(body)
		.filter((record) => typeof record === 'object' && record !== null);
	const next = strategy.nextPage(body, page);
	return {
		records,
		paginationToken: next !== undefined && next > page ? String(next) : undefined,
	};
}

/** Whether a result's label holds the typed text, ignoring case and accents. */
export function labelMatches(item: INodeListSearchItems, filter: string | undefined): boolean {
	const fold = (text: string) =>
		text
			.normalize('NFD')
			.replace(/[\u0300-\u036f]/g, '')
			.toLowerCase();
	const wanted = fold((filter ?? '').trim());
	return wanted === '' || fold(item.name).includes(wanted);
}
