import type {
	IDataObject,
	IExecuteFunctions,
	INodeProperties,
	INodePropertyOptions,
} from 'n8n-workflow';

import {
	forOperation,
	optionalFields,
	pageLimitOf,
	returnAllAndLimit,
} from '../../shared/descriptions';
import { simplifiedIfAsked } from '../../shared/simplify';
import type { Operation } from '../../shared/types';
import { apiFields } from '../../shared/validate';
import { listSortOf, sortedList } from '../sortedList';

/** What a Get Many of an Ecosys Auto list is made of; its UI text is written by the caller. */
interface SortedGetManySpec {
	resource: string;
	/** The list endpoint, e.g. /clients. */
	path: string;
	/** The Simplify toggle, naming the fields it keeps. */
	simplify: INodeProperties;
	filters: INodeProperties[];
	/** The fields the list may be sorted on (the Sort By choices). */
	sortKeys: INodePropertyOptions[];
	simplifiedFields: readonly string[];
	/** The filters as query parameters, checked before sending; sent as typed when absent. */
	query?: (context: IExecuteFunctions, filters: IDataObject, itemIndex: number) => IDataObject;
}

/**
 * Resource → Get Many on a list whose filters and `sort` Ecosys Auto does not document: the
 * node sends them, and sorts the whole list itself when a sort is asked for (`sortedList`).
 */
export function sortedGetManyOperation(spec: SortedGetManySpec): Operation {
	return {
		description: forOperation(spec.resource, 'getAll', [
			...returnAllAndLimit(),
			spec.simplify,
			optionalFields('filters', 'Filters', spec.filters),
			optionalFields('options', 'Options', [
				{
					displayName: 'Sort By',
					name: 'sortBy',
					type: 'options',
					options: spec.sortKeys,
					default: 'created_at',
					description:
						"Sent as sort (not in Ecosys Auto's API docs: the API may ignore it). The node reads the whole list and sorts it itself, so the order is right either way.",
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
					description: 'Ascending (A→Z, oldest or lowest first) or descending (the reverse)',
				},
			]),
		]),
		async execute(this: IExecuteFunctions, itemIndex: number) {
			const filters = this.getNodeParameter('filters', itemIndex, {}) as IDataObject;
			const options = this.getNodeParameter('options', itemIndex, {}) as IDataObject;
			const qs = spec.query?.(this, filters, itemIndex) ?? apiFields(filters);
			const records = await sortedList(
				this,
				itemIndex,
				{ method: 'GET', path: spec.path, qs },
				pageLimitOf(this, itemIndex),
				listSortOf(options),
			);
			return simplifiedIfAsked(this, itemIndex, records, spec.simplifiedFields);
		},
	};
}
