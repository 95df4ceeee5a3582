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
