import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import {
	forOperation,
	optionalFields,
	pageLimitOf,
	returnAllAndLimit,
} from '../../../shared/descriptions';
import { apiFields, rulesFor } from '../../../shared/validate';
import { sonarList } from '../../transport';
import { phaseOptions, statusOptions } from './fields';

const sortFields = [
	{ name: 'Created At', value: 'created_at' },
	{ name: 'Expected Close Date', value: 'expected_close_date' },
	{ name: 'Phase', value: 'phase' },
	{ name: 'Title', value: 'title' },
	{ name: 'Updated At', value: 'updated_at' },
	{ name: 'Value', value: 'value' },
];

export const description: INodeProperties[] = forOperation('deal', 'getAll', [
	...returnAllAndLimit(),
	optionalFields('filters', 'Filters', [
		{ displayName: 'Client ID', name: 'client_id', type: 'string', default: '' },
		{
			displayName: 'Created From',
			name: 'from',
			type: 'dateTime',
			default: '',
			description: 'Only deals created on or after this date',
		},
		{
			displayName: 'Created To',
			name: 'to',
			type: 'dateTime',
			default: '',
			description: 'Only deals created on or before this date',
		},
		{
			displayName: 'Max Value (BRL)',
			name: 'max_value',
			type: 'number',
			typeOptions: { minValue: 0 },
			default: 0,
		},
		{
			displayName: 'Min Value (BRL)',
			name: 'min_value',
			type: 'number',
			typeOptions: { minValue: 0 },
			default: 0,
		},
		{
			displayName: 'Phase',
			name: 'phase',
			type: 'options',
			options: phaseOptions,
			default: 'lead',
		},
		{ displayName: 'Responsible ID', name: 'responsible_id', type: 'string', default: '' },
		{
			displayName: 'Search',
			name: 'search',
			type: 'string',
			default: '',
			description: 'Text to look for in the title or description',
		},
		{ displayName: 'Source', name: 'source', type: 'string', default: '' },
		{
			displayName: 'Status',
			name: 'status',
			type: 'options',
			options: statusOptions,
			default: 'ativo',
		},
	]),
	optionalFields('options', 'Options', [
		{
			displayName: 'Sort By',
			name: 'sortBy',
			type: 'options',
			options: sortFields,
			default: 'created_at',
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
	]),
]);

function filterQuery(
	context: IExecuteFunctions,
	filters: IDataObject,
	itemIndex: number,
): IDataObject {
	const rule = rulesFor(context, itemIndex);
	return apiFields(filters, {
		from: rule.date('Created From'),
		to: rule.date('Created To'),
		min_value: rule.number('Min Value (BRL)', { min: 0 }),
		max_value: rule.number('Max Value (BRL)', { min: 0 }),
	});
}

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject[]> {
	const qs = filterQuery(
		this,
		this.getNodeParameter('filters', itemIndex, {}) as IDataObject,
		itemIndex,
	);
	const options = this.getNodeParameter('options', itemIndex, {}) as IDataObject;
	if (options.sortBy !== undefined || options.sortDirection !== undefined) {
		const direction = options.sortDirection === 'asc' ? '' : '-';
		qs.sort = `${direction}${String(options.sortBy ?? 'created_at')}`;
	}
	return await sonarList(
		this,
		itemIndex,
		{ method: 'GET', path: '/deals', qs },
		pageLimitOf(this, itemIndex),
	);
}
