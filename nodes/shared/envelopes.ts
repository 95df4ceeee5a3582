import type { IDataObject, INodeProperties } from 'n8n-workflow';

import { itemsUnderData, untilTotalPages } from './paginate';
import type { PageStrategy, VendorErrorDetails } from './types';

/**
 * The `{success, data}` envelope several vendors share (one platform serves more than one
 * brand): records under `data`, lists paged with `?page=&limit=` and described by
 * `pagination: {page, limit, total, pages}`, errors as `{success: false, error: {code, message}}`.
 */

/** The vendor's message and code out of `{success: false, error: {code, message}}`. */
export function successEnvelopeErrorDetails(body: unknown): VendorErrorDetails {
	const { error, message } = body as {
		error?: { code?: string; message?: string };
		message?: string;
	};
	return {
		message: error?.message ?? message,
		description: error?.code === undefined ? undefined : `Error code: ${error.code}`,
	};
}

/** Pages of `{data: [...], pagination: {pages}}`, read with `page` and `limit` up to `maxPageSize`. */
export function pagesPagination(maxPageSize: number): PageStrategy {
	return {
		pageParam: 'page',
		sizeParam: 'limit',
		maxPageSize,
		items: itemsUnderData,
		nextPage: untilTotalPages(
			(body) => (body as { pagination?: { pages?: unknown } }).pagination?.pages,
		),
	};
}

/** The "Options" fields that pick a sort field and direction for `sortParam`. */
export function sortOptions(
	fields: Array<{ name: string; value: string }>,
	defaultField: string,
): INodeProperties[] {
	return [
		{
			displayName: 'Sort By',
			name: 'sortBy',
			type: 'options',
			options: fields,
			default: defaultField,
		},
		{
			displayName: 'Sort Direction',
			name: 'sortDirection',
			type: 'options',
			options: [
				{ name: 'Ascending', value: 'asc' },
				{ name: 'Descending', value: 'desc' },
			],
			default: 'desc',
		},
	];
}

/** `sort=field` ascending or `sort=-field` descending, or nothing when neither was set. */
export function sortParam(options: IDataObject, defaultField: string): IDataObject {
	if (options.sortBy === undefined && options.sortDirection === undefined) return {};
	const direction = options.sortDirection === 'asc' ? '' : '-';
	return { sort: `${direction}${String(options.sortBy ?? defaultField)}` };
}
