import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { forOperation } from '../../../shared/descriptions';
import { locatorId } from '../../../shared/locators';
import { pathOf } from '../../../shared/request';
import { simplifiedIfAsked } from '../../../shared/simplify';
import { ecosysRequest } from '../../transport';
import { VEHICLE_SIMPLIFIED_FIELDS, vehicleModes } from './fields';

export const description: INodeProperties[] = forOperation('vehicle', 'get', [
	{
		displayName:
			"Getting one vehicle by ID is not in Ecosys Auto's API docs: it follows the REST pattern of the platform Ecosys Auto shares with Sonar Marketing",
		name: 'platformNotice',
		type: 'notice',
		default: '',
	},
	{
		displayName: 'Vehicle',
		name: 'vehicleId',
		type: 'resourceLocator',
		required: true,
		default: { mode: 'list', value: '' },
		description: 'The vehicle to retrieve, from the list or by its UUID',
		...vehicleModes,
	},
	{
		displayName: 'Simplify',
		name: 'simplify',
		type: 'boolean',
		default: false,
		description:
			'Whether to return only ID, title, plate, year_model, price, mileage, phase, status, store_id and client_id instead of every field',
	},
]);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const vehicleId = locatorId(this, 'vehicleId', 'Vehicle', itemIndex);
	const vehicle = await ecosysRequest(this, itemIndex, {
		method: 'GET',
		path: pathOf`/vehicles/${vehicleId}`,
	});
	return simplifiedIfAsked(this, itemIndex, vehicle, VEHICLE_SIMPLIFIED_FIELDS);
}
