import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { forOperation } from '../../../shared/descriptions';
import { pathOf } from '../../../shared/request';
import { requiredTextOf } from '../../../shared/validate';
import { hivestrRequest } from '../../transport';

const inventoryId: INodeProperties = {
	displayName: 'Inventory Item ID',
	name: 'inventoryId',
	type: 'string',
	required: true,
	default: '',
	description:
		'ID of the media vehicle; TV and radio items come with their media_schedules (programming)',
};

export const description: INodeProperties[] = forOperation('inventory', 'get', [inventoryId]);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const id = requiredTextOf(this, inventoryId, itemIndex);
	return await hivestrRequest(this, itemIndex, {
		method: 'GET',
		path: pathOf`/public/inventory/${id}`,
	});
}
