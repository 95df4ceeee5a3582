import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import {
	forOperation,
	optionalFields,
	pageLimitOf,
	returnAllAndLimit,
} from '../../../shared/descriptions';
import { apiFields, rulesFor } from '../../../shared/validate';
import { hivestrList } from '../../transport';

export const description: INodeProperties[] = forOperation('inventory', 'getAll', [
	...returnAllAndLimit(),
	optionalFields('filters', 'Filters', [
		{
			displayName: 'Active',
			name: 'is_active',
			type: 'options',
			options: [
				{ name: 'All', value: 'all' },
				{ name: 'Active Only', value: 'true' },
				{ name: 'Inactive Only', value: 'false' },
			],
			default: 'all',
			description: 'Whether to list active, inactive or all media (API field is_active)',
		},
		{
			displayName: 'City',
			name: 'city',
			type: 'string',
			default: '',
			placeholder: 'e.g. Brasília',
			description: 'City name',
		},
		{
			displayName: 'Media Type',
			name: 'media_type',
			type: 'options',
			options: [
				{ name: 'All', value: 'all' },
				{ name: 'DOOH (Digital Out-of-Home)', value: 'DOOH' },
				{ name: 'OOH (Out-of-Home)', value: 'OOH' },
				{ name: 'Radio', value: 'RADIO' },
				{ name: 'TV', value: 'TV' },
			],
			default: 'all',
		},
		{
			displayName: 'State',
			name: 'state',
			type: 'string',
			default: '',
			placeholder: 'e.g. DF',
			description: 'Two-letter state code (UF)',
		},
	]),
]);

/** Media vehicles (panels, screens, TV/radio) of the media owner; prices are in cents. */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject[]> {
	const rule = rulesFor(this, itemIndex);
	// hivestr.txt › GET /inventory/list: media_type OOH, DOOH, TV, RADIO, all; is_active true, false, all.
	const qs = apiFields(this.getNodeParameter('filters', itemIndex, {}) as IDataObject, {
		media_type: rule.oneOf('Media Type', ['all', 'DOOH', 'OOH', 'RADIO', 'TV']),
		is_active: rule.oneOf('Active', ['all', 'true', 'false']),
	});
	return await hivestrList(
		this,
		itemIndex,
		{ method: 'GET', path: '/public/inventory/list', qs },
		pageLimitOf(this, itemIndex),
	);
}
