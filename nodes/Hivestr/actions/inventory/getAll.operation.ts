import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { forOperation } from '../../../shared/descriptions';
import type { CheckedProperty } from '../../../shared/validate';
import { cityField, stateField } from '../client/fields';
import { filteredList, listProperties } from '../filteredList';
import { INVENTORY_SIMPLIFIED_FIELDS } from '../simplifiedFields';

/** The filters GET /inventory/list takes (hivestr.txt: media_type OOH, DOOH, TV, RADIO, all; is_active true, false, all). */
const filters: CheckedProperty[] = [
	{
		property: {
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
		rule: (check, label) => check.oneOf(label, ['all', 'true', 'false']),
	},
	{ property: cityField },
	{
		property: {
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
		rule: (check, label) => check.oneOf(label, ['all', 'DOOH', 'OOH', 'RADIO', 'TV']),
	},
	{ property: stateField },
];

export const description = forOperation(
	'inventory',
	'getAll',
	listProperties(filters, {
		displayName: 'Simplify',
		name: 'simplify',
		type: 'boolean',
		default: false,
		description:
			'Whether to return only ID, name, media_type, city, state, base_price, unit_price, audience, is_active and is_occupied of each media vehicle instead of every field',
	}),
);

/** Media vehicles (panels, screens, TV/radio) of the media owner; prices are in cents. */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject[]> {
	return await filteredList(this, itemIndex, {
		path: '/public/inventory/list',
		filters,
		simplifiedFields: INVENTORY_SIMPLIFIED_FIELDS,
	});
}
