import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { forOperation, idField } from '../../../shared/descriptions';
import { pathOf } from '../../../shared/request';
import { requiredText } from '../../../shared/validate';
import { ecosysRequest } from '../../transport';

export const description: INodeProperties[] = forOperation('vehicle', 'get', [
	{
		displayName:
			"Getting one vehicle by ID is not in Ecosys Auto's API docs: it follows the REST pattern of the platform Ecosys Auto shares with Sonar Marketing",
		name: 'platformNotice',
		type: 'notice',
		default: '',
	},
	idField('vehicleId', 'Vehicle ID', 'UUID of the vehicle to retrieve'),
]);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const vehicleId = requiredText(this, 'vehicleId', 'Vehicle ID', itemIndex);
	return await ecosysRequest(this, itemIndex, {
		method: 'GET',
		path: pathOf`/vehicles/${vehicleId}`,
	});
}
