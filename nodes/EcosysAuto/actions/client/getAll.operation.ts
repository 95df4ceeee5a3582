import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import {
	forOperation,
	optionalFields,
	pageLimitOf,
	returnAllAndLimit,
} from '../../../shared/descriptions';
import { sortOptions, sortParam } from '../../../shared/envelopes';
import { apiFields } from '../../../shared/validate';
import { ecosysList } from '../../transport';
import { statusOptions, typeOptions } from './fields';

const sortFields = [
	{ name: 'Created At', value: 'created_at' },
	{ name: 'Name', value: 'name' },
	{ name: 'Updated At', value: 'updated_at' },
];

export const description: INodeProperties[] = forOperation('client', 'getAll', [
	...returnAllAndLimit(),
	optionalFields('filters', 'Filters', [
		{
			displayName: 'Search',
			name: 'search',
			type: 'string',
			default: '',
			description: 'Text to look for in the name, e-mail or document of the client',
		},
		{
			displayName: 'Segment',
			name: 'segment',
			type: 'string',
			default: '',
			placeholder: 'premium',
		},
		{
			displayName: 'Status',
			name: 'status',
			type: 'options',
			options: statusOptions,
			default: 'active',
		},
		{
			displayName: 'Store ID',
			name: 'store_id',
			type: 'string',
			default: '',
			description: 'Only clients of this store (UUID)',
		},
		{ displayName: 'Type', name: 'type', type: 'options', options: typeOptions, default: 'PF' },
	]),
	optionalFields('options', 'Options', sortOptions(sortFields, 'created_at')),
]);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject[]> {
	const filters = this.getNodeParameter('filters', itemIndex, {}) as IDataObject;
	const options = this.getNodeParameter('options', itemIndex, {}) as IDataObject;
	const qs = { ...apiFields(filters), ...sortParam(options, 'created_at') };
	return await ecosysList(
		this,
		itemIndex,
		{ method: 'GET', path: '/clients', qs },
		pageLimitOf(this, itemIndex),
	);
}
