import type { INodeProperties } from 'n8n-workflow';

import { forOperation } from '../../../shared/descriptions';
import { getRecord } from '../../../shared/record-operations';
import { pickerModes } from '../locators';
import { INVENTORY_SIMPLIFIED_FIELDS } from '../simplifiedFields';
import { hivestrRequest } from '../../transport';

const inventoryId: INodeProperties = {
	displayName: 'Inventory Item',
	name: 'inventoryId',
	type: 'resourceLocator',
	required: true,
	default: { mode: 'list', value: '' },
	description:
		'The media vehicle, chosen from the list (by name, media type or city) or given by its ID; TV and radio items come with their media_schedules (programming)',
	...pickerModes('searchInventory'),
};

export const description: INodeProperties[] = forOperation('inventory', 'get', [
	inventoryId,
	{
		displayName: 'Simplify',
		name: 'simplify',
		type: 'boolean',
		default: false,
		description:
			'Whether to return only ID, name, media_type, city, state, base_price, unit_price, audience, is_active and is_occupied of the media vehicle instead of every field, TV and radio media_schedules among them',
	},
]);

export const execute = getRecord(hivestrRequest, {
	parameter: inventoryId.name,
	label: inventoryId.displayName,
	path: '/public/inventory',
	simplifiedFields: INVENTORY_SIMPLIFIED_FIELDS,
});
