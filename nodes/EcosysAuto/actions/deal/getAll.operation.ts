import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import {
	forOperation,
	optionalFields,
	pageLimitOf,
	returnAllAndLimit,
} from '../../../shared/descriptions';
import { sortOptions, sortParam } from '../../../shared/envelopes';
import { dealFilterQuery, dealFilters, dealSortFields } from '../../../shared/pipeline-deals';
import { ecosysList } from '../../transport';
import { phaseOptions, statusOptions } from './fields';

export const description: INodeProperties[] = forOperation('deal', 'getAll', [
	...returnAllAndLimit(),
	optionalFields('filters', 'Filters', dealFilters(phaseOptions, statusOptions)),
	optionalFields('options', 'Options', sortOptions(dealSortFields, 'created_at')),
]);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject[]> {
	const filters = this.getNodeParameter('filters', itemIndex, {}) as IDataObject;
	const options = this.getNodeParameter('options', itemIndex, {}) as IDataObject;
	const qs = { ...dealFilterQuery(this, filters, itemIndex), ...sortParam(options, 'created_at') };
	return await ecosysList(
		this,
		itemIndex,
		{ method: 'GET', path: '/deals', qs },
		pageLimitOf(this, itemIndex),
	);
}
