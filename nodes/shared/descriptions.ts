import type { IExecuteFunctions, INodeProperties, INodePropertyCollection } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import type { PageLimit } from './paginate';
import { invalid } from './validate';

/** Shows properties only for one resource's operation. */
export function forOperation(
	resource: string,
	operation: string,
	properties: INodeProperties[],
): INodeProperties[] {
	return updateDisplayOptions(
		{ show: { resource: [resource], operation: [operation] } },
		properties,
	);
}

/** Return All toggle and Limit, capped only by what one page may hold when relevant. */
export function returnAllAndLimit(): INodeProperties[] {
	return [
		{
			displayName: 'Return All',
			name: 'returnAll',
			type: 'boolean',
			default: false,
			description: 'Whether to return all results or only up to a given limit',
		},
		{
			displayName: 'Limit',
			name: 'limit',
			type: 'number',
			typeOptions: { minValue: 1 },
			default: 50,
			description: 'Max number of results to return',
			displayOptions: { show: { returnAll: [false] } },
		},
	];
}

/**
 * Reads the Return All / Limit pair written by `returnAllAndLimit`. A Limit below 1 (an
 * expression or an AI Agent's `$fromAI` can send 0) is refused before any request, so it is
 * never mistaken for an empty list.
 */
export function pageLimitOf(context: IExecuteFunctions, itemIndex: number): PageLimit {
	const returnAll = context.getNodeParameter('returnAll', itemIndex, false) as boolean;
	if (returnAll) return { returnAll, limit: 0 };
	const raw = context.getNodeParameter('limit', itemIndex, 50) as unknown;
	const limit = typeof raw === 'string' && raw.trim() !== '' ? Number(raw) : raw;
	if (typeof limit !== 'number' || !Number.isInteger(limit) || limit < 1) {
		throw invalid(
			context,
			itemIndex,
			'"Limit" must be a whole number of 1 or more',
			`Got ${JSON.stringify(raw) ?? String(raw)} on item ${itemIndex}. Set Limit to how many records to return, or turn on Return All.`,
		);
	}
	return { returnAll, limit };
}

/** An "Add Field" collection of optional fields. */
export function optionalFields(
	name: string,
	displayName: string,
	options: INodeProperties[] | INodePropertyCollection[],
): INodeProperties {
	return {
		displayName,
		name,
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options: [...options].sort((a, b) => a.displayName.localeCompare(b.displayName)),
	};
}
