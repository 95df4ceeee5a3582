import type { IDataObject } from 'n8n-workflow';
import { NodeApiError } from 'n8n-workflow';

import { recordOf, refuseFailedEnvelope } from './envelopes';
import type { PageLimit } from './paginate';
import { paginate, totalPagesOf } from './paginate';
import { apiRequest, jsonBodyOf } from './request';
import type { ApiRequest, ApiResponse, ClientContext, VendorProfile } from './types';

/** A vendor's requests as its operations send them, made from its profile by `vendorClient`. */
export interface VendorClient {
	/** The answer as it came, after the core's retries. */
	send(context: ClientContext, itemIndex: number, request: ApiRequest): Promise<ApiResponse>;
	/** The whole JSON body of the answer; a `{success: false}` envelope is refused. */
	body(context: ClientContext, itemIndex: number, request: ApiRequest): Promise<IDataObject>;
	/** The item's record out of the answer, as the profile's `envelope` holds it. */
	request(context: ClientContext, itemIndex: number, request: ApiRequest): Promise<IDataObject>;
	/** The record and the HTTP status it came with (e.g. 201 created, 200 updated). */
	answer(
		context: ClientContext,
		itemIndex: number,
		request: ApiRequest,
	): Promise<{ status: number; record: IDataObject }>;
	/** A list read over as many pages as Return All / Limit asks for. */
	list(
		context: ClientContext,
		itemIndex: number,
		request: ApiRequest,
		pageLimit: PageLimit,
	): Promise<IDataObject[]>;
	/**
	 * A list whose paging the document does not show: asked for without page parameters, so a
	 * server that lists it whole answers once; when the answer states more pages, the next ones
	 * are read with the page size the server reported, until Limit records are in. Also returns
	 * the first answer (its envelope may hold more than the records).
	 */
	all(
		context: ClientContext,
		itemIndex: number,
		request: ApiRequest,
		pageLimit?: PageLimit,
	): Promise<{ records: IDataObject[]; first: IDataObject }>;
}

/** The one way every vendor sends, reads and lists: its profile says what differs. */
export function vendorClient(vendor: VendorProfile): VendorClient {
	const { pagination } = vendor;

	const withPrefix = async (context: ClientContext, itemIndex: number, request: ApiRequest) =>
		vendor.pathPrefix === undefined
			? request
			: { ...request, path: (await vendor.pathPrefix(context, itemIndex)) + request.path };

	const explained = (error: unknown, request: ApiRequest): unknown => {
		if (error instanceof NodeApiError) vendor.explainError?.(error, request);
		return error;
	};

	const send: VendorClient['send'] = async (context, itemIndex, request) => {
		const sent = await withPrefix(context, itemIndex, request);
		try {
			return await apiRequest.call(context, vendor, sent, itemIndex);
		} catch (error) {
			throw explained(error, request);
		}
	};

	const body: VendorClient['body'] = async (context, itemIndex, request) => {
		const response = await send(context, itemIndex, request);
		const json = jsonBodyOf(context, vendor, request, response, itemIndex);
		if ((vendor.envelope ?? 'none') !== 'none') {
			// A 200 with {success: false} is the vendor refusing: an error, never an empty item.
			refuseFailedEnvelope({
				context,
				vendor,
				request,
				response: { ...response, body: json },
				itemIndex,
			});
		}
		return json;
	};

	const answer: VendorClient['answer'] = async (context, itemIndex, request) => {
		const response = await send(context, itemIndex, request);
		const record = recordOf({ context, vendor, request, response, itemIndex });
		return { status: response.status, record };
	};

	const list: VendorClient['list'] = async (context, itemIndex, request, pageLimit) => {
		const sent = await withPrefix(context, itemIndex, request);
		try {
			return await paginate.call(context, vendor, sent, pageLimit, itemIndex);
		} catch (error) {
			throw explained(error, request);
		}
	};

	const all: VendorClient['all'] = async (
		context,
		itemIndex,
		request,
		{ returnAll, limit } = { returnAll: true, limit: 0 },
	) => {
		const first = await body(context, itemIndex, request);
		const records = [...pagination.items(first)];
		const pages = Number(totalPagesOf(pagination)?.(first));
		const size = Number(pagination.reportedSize?.(first));
		const enough = () => !returnAll && records.length >= limit;
		for (let page = 2; Number.isInteger(pages) && page <= pages && !enough(); page++) {
			const qs: IDataObject = { ...request.qs, [pagination.pageParam]: page };
			if (pagination.sizeParam !== undefined && Number.isInteger(size) && size > 0) {
				qs[pagination.sizeParam] = size;
			}
			const more = pagination.items(await body(context, itemIndex, { ...request, qs }));
			// An empty page, or the first page again (a server ignoring `page`), ends the list.
			if (more.length === 0 || JSON.stringify(more[0]) === JSON.stringify(records[0])) break;
			records.push(...more);
		}
		return { records: returnAll ? records : records.slice(0, Math.max(0, limit)), first };
	};

	return {
		send,
		body,
		request: async (context, itemIndex, request) =>
			(await answer(context, itemIndex, request)).record,
		answer,
		list,
		all,
	};
}
