import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { forOperation } from '../../../shared/descriptions';
import { pathOf } from '../../../shared/request';
import { hivestrRequest } from '../../transport';
import { listOrIdModes, pickedId } from '../locators';

const inventoryId: INodeProperties = {
	displayName: 'Inventory Item',
	name: 'inventoryId',
	type: 'resourceLocator',
	required: true,
	default: { mode: 'list', value: '' },
	description:
		'The media vehicle, chosen from the list (by name, media type or city) or given by its ID; TV and radio items come with their media_schedules (programming)',
	...listOrIdModes('searchInventory'),
};

export const description: INodeProperties[] = forOperation('inventory', 'get', [inventoryId]);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const id = pickedId(this, inventoryId, itemIndex);
	return await hivestrRequest(this, itemIndex, {
		method: 'GET',
		path: pathOf`/public/inventory/${id}`,
	});
}
