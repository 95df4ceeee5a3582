import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import {
	forOperation,
	optionalFields,
	pageLimitOf,
	returnAllAndLimit,
} from '../../../shared/descriptions';
import { sortOptions, sortParam } from '../../../shared/envelopes';
import { apiFields, rulesFor } from '../../../shared/validate';
import { ecosysList } from '../../transport';
import { fuelOptions, phaseOptions, statusOptions, transmissionOptions } from './fields';

const sortFields = [
	{ name: 'Created At', value: 'created_at' },
	{ name: 'Mileage', value: 'mileage' },
	{ name: 'Model Year', value: 'year_model' },
	{ name: 'Price', value: 'price' },
	{ name: 'Title', value: 'title' },
	{ name: 'Updated At', value: 'updated_at' },
];

export const description: INodeProperties[] = forOperation('vehicle', 'getAll', [
	...returnAllAndLimit(),
	optionalFields('filters', 'Filters', [
		{ displayName: 'Brand', name: 'brand', type: 'string', default: '', placeholder: 'Honda' },
		{
			displayName: 'Client ID',
			name: 'client_id',
			type: 'string',
			default: '',
			description: 'Only vehicles linked to this client (UUID)',
		},
		{ displayName: 'Fuel', name: 'fuel', type: 'options', options: fuelOptions, default: 'flex' },
		{
			displayName: 'Max Price (BRL)',
			name: 'max_price',
			type: 'number',
			typeOptions: { minValue: 0 },
			default: 0,
		},
		{
			displayName: 'Min Price (BRL)',
			name: 'min_price',
			type: 'number',
			typeOptions: { minValue: 0 },
			default: 0,
		},
		{
			displayName: 'Phase',
			name: 'phase',
			type: 'options',
			options: phaseOptions,
			default: 'entrada',
			description: 'Inventory phase (fase); use an expression for another phase',
		},
		{
			displayName: 'Search',
			name: 'search',
			type: 'string',
			default: '',
			description: 'Text to look for in the title, brand, model or plate',
		},
		{
			displayName: 'Status',
			name: 'status',
			type: 'options',
			options: statusOptions,
			default: 'ativo',
			description: 'Use an expression for a status other than ativo',
		},
		{
			displayName: 'Store ID',
			name: 'store_id',
			type: 'string',
			default: '',
			description: 'Only vehicles of this store (UUID)',
		},
		{
			displayName: 'Transmission',
			name: 'transmission',
			type: 'options',
			options: transmissionOptions,
			default: 'automatico',
		},
	]),
	optionalFields('options', 'Options', sortOptions(sortFields, 'created_at')),
]);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject[]> {
	const rule = rulesFor(this, itemIndex);
	const filters = this.getNodeParameter('filters', itemIndex, {}) as IDataObject;
	const options = this.getNodeParameter('options', itemIndex, {}) as IDataObject;
	const qs = {
		...apiFields(filters, {
			min_price: rule.number('Min Price (BRL)', { min: 0 }),
			max_price: rule.number('Max Price (BRL)', { min: 0 }),
		}),
		...sortParam(options, 'created_at'),
	};
	return await ecosysList(
		this,
		itemIndex,
		{ method: 'GET', path: '/vehicles', qs },
		pageLimitOf(this, itemIndex),
	);
}
