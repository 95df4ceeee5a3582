import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { forOperation, idField } from '../../../shared/descriptions';
import { pathOf } from '../../../shared/request';
import { requiredText } from '../../../shared/validate';
import { hivestrRequest } from '../../transport';

export const description: INodeProperties[] = forOperation('inventory', 'get', [
	idField(
		'inventoryId',
		'Inventory Item ID',
		'ID of the media vehicle; TV and radio items come with their media_schedules (programming)',
	),
]);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const id = requiredText(this, 'inventoryId', 'Inventory Item ID', itemIndex);
	return await hivestrRequest(this, itemIndex, {
		method: 'GET',
		path: pathOf`/public/inventory/${id}`,
	});
}
