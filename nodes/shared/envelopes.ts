import type { IDataObject, INodeProperties } from 'n8n-workflow';
import { OperationalError } from 'n8n-workflow';

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

/**
 * Pages of `{data: [...], pagination: {pages}}`, read with `page` and `limit` up to
 * `maxPageSize`; `items` reads one page's records (`envelopeItems` refuses a non-envelope).
 */
export function pagesPagination(
	maxPageSize: number,
	items: PageStrategy['items'] = itemsUnderData,
): PageStrategy {
	return {
		pageParam: 'page',
		sizeParam: 'limit',
		maxPageSize,
		items,
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

/** Checks that a successful response really is the envelope, so a proxy page or broken JSON fails loudly. */
function envelopeOf(body: unknown, displayName: string): { data?: unknown } {
	const envelope = typeof body === 'object' && body !== null ? (body as IDataObject) : undefined;
	if (envelope?.success === false) {
		const { message } = successEnvelopeErrorDetails(envelope);
		throw new OperationalError(message ?? `${displayName} refused the request`);
	}
	if (envelope === undefined || !('data' in envelope)) {
		const text = typeof body === 'string' ? body.slice(0, 80) : JSON.stringify(body);
		throw new OperationalError(
			`${displayName} sent a response that is not its JSON envelope: ${String(text)}`,
		);
	}
	return envelope;
}

/** The record under `data` of a `{success, data}` response, refusing any other body. */
export function envelopeData(body: unknown, displayName: string): IDataObject {
	const { data } = envelopeOf(body, displayName);
	if (typeof data !== 'object' || data === null || Array.isArray(data)) {
		throw new OperationalError(`${displayName} sent no record under "data"`);
	}
	return data as IDataObject;
}

/** A page's records under `data`, refusing a body that is not a list page (for `pagesPagination`). */
export function envelopeItems(displayName: string): PageStrategy['items'] {
	return (body) => {
		const { data } = envelopeOf(body, displayName);
		if (!Array.isArray(data)) {
			throw new OperationalError(`${displayName} sent no list under "data"`);
		}
		return data as IDataObject[];
	};
}
