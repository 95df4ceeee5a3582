import type {
	IDataObject,
	IExecuteFunctions,
	INodeProperties,
	INodePropertyMode,
} from 'n8n-workflow';

import { forOperation, optionalFields, pageLimitOf, returnAllAndLimit } from './descriptions';
import { sortOptions, sortParam } from './envelopes';
import type { PageLimit } from './paginate';
import type { DealListSpec } from './pipeline-deals';
import {
	DEAL_SIMPLIFIED_FIELDS,
	dealBody,
	dealFilterQuery,
	dealFilters,
	dealSortFields,
} from './pipeline-deals';
import { getRecord, updateRecord } from './record-operations';
import { simplifiedIfAsked } from './simplify';
import type { ApiRequest, Operation } from './types';
import { requiredText } from './validate';

/**
 * The deal operations of the CRM platform several vendors share (see pipeline-deals.ts), each
 * sent through the vendor's own transport.
 */

/** How a vendor sends one request and reads one list (its transport's helpers). */
export interface DealTransport {
	request(context: IExecuteFunctions, itemIndex: number, request: ApiRequest): Promise<IDataObject>;
	list(
		context: IExecuteFunctions,
		itemIndex: number,
		request: ApiRequest,
		pageLimit: PageLimit,
	): Promise<IDataObject[]>;
}

/** Deal → Create on the platform: the Title, and the vendor's deal fields. */
export function createDealOperation(spec: {
	transport: DealTransport;
	/** The vendor's deal fields (Additional Fields). */
	fields: INodeProperties[];
	/** The vendor's Title property. */
	title: INodeProperties;
}): Operation {
	return {
		description: forOperation('deal', 'create', [
			spec.title,
			optionalFields('additionalFields', 'Additional Fields', spec.fields),
		]),
		async execute(this: IExecuteFunctions, itemIndex: number) {
			const name = requiredText(this, 'title', 'Title', itemIndex);
			const additional = this.getNodeParameter('additionalFields', itemIndex, {}) as IDataObject;
			const body = { title: name, ...dealBody(this, additional, itemIndex) };
			return await spec.transport.request(this, itemIndex, {
				method: 'POST',
				path: '/deals',
				body,
			});
		},
	};
}

/** Deal → Get Many on the platform, with the vendor's phases and statuses as filters. */
export function getManyDealsOperation(transport: DealTransport, spec: DealListSpec): Operation {
	return {
		description: forOperation('deal', 'getAll', [
			...(spec.notice === undefined ? [] : [spec.notice]),
			...returnAllAndLimit(),
			{
				displayName: 'Simplify',
				name: 'simplify',
				type: 'boolean',
				default: false,
				description:
					'Whether to return only ID, title, value, phase, status, probability, expected_close_date, client_id, created_at and updated_at of each deal instead of every field',
			},
			optionalFields('filters', 'Filters', dealFilters(spec)),
			optionalFields('options', 'Options', sortOptions(dealSortFields, 'created_at')),
		]),
		async execute(this: IExecuteFunctions, itemIndex: number) {
			const filters = this.getNodeParameter('filters', itemIndex, {}) as IDataObject;
			const options = this.getNodeParameter('options', itemIndex, {}) as IDataObject;
			const qs = {
				...dealFilterQuery(this, filters, itemIndex),
				...sortParam(options, 'created_at'),
			};
			const request: ApiRequest = { method: 'GET', path: '/deals', qs };
			const deals = await transport.list(this, itemIndex, request, pageLimitOf(this, itemIndex));
			return simplifiedIfAsked(this, itemIndex, deals, DEAL_SIMPLIFIED_FIELDS);
		},
	};
}

/** What Get and Update of a vendor's deal are made of. */
interface DealRecordSpec {
	transport: DealTransport;
	/** The modes of the vendor's Deal picker (parameter `dealId`). */
	dealModes: { modes: INodePropertyMode[] };
	/** A notice property above the fields, when the vendor's documents do not show the operation. */
	notice?: INodeProperties;
}

/** Deal → Get on the platform: GET /deals/{id}, simplified when asked. */
export function getDealOperation(spec: DealRecordSpec): Operation {
	return {
		description: forOperation('deal', 'get', [
			...(spec.notice === undefined ? [] : [spec.notice]),
			{
				displayName: 'Deal',
				name: 'dealId',
				type: 'resourceLocator',
				required: true,
				default: { mode: 'list', value: '' },
				description: 'The deal to retrieve, from the list or by its UUID',
				...spec.dealModes,
			},
			{
				displayName: 'Simplify',
				name: 'simplify',
				type: 'boolean',
				default: false,
				description:
					'Whether to return only ID, title, value, phase, status, probability, expected_close_date, client_id, created_at and updated_at instead of every field',
			},
		]),
		execute: getRecord(spec.transport.request, {
			parameter: 'dealId',
			label: 'Deal',
			path: '/deals',
			simplifiedFields: DEAL_SIMPLIFIED_FIELDS,
		}),
	};
}

/** Deal → Update on the platform: PUT /deals/{id} with the fields given (at least one). */
export function updateDealOperation(
	spec: DealRecordSpec & {
		/** Every field Update Fields offers: the vendor's deal fields and its update-only ones. */
		fields: INodeProperties[];
	},
): Operation {
	return {
		description: forOperation('deal', 'update', [
			{
				displayName: 'Deal',
				name: 'dealId',
				type: 'resourceLocator',
				required: true,
				default: { mode: 'list', value: '' },
				description: 'The deal to change, from the list or by its UUID',
				...spec.dealModes,
			},
			optionalFields('updateFields', 'Update Fields', spec.fields),
		]),
		execute: updateRecord(spec.transport.request, {
			parameter: 'dealId',
			label: 'Deal',
			path: '/deals',
			body: dealBody,
		}),
	};
}
