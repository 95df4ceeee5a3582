import type { INodeProperties } from 'n8n-workflow';

import { forOperation } from '../../../shared/descriptions';
import { getRecord } from '../../../shared/record-operations';
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

export const execute = getRecord(ecosysRequest, {
	parameter: 'vehicleId',
	label: 'Vehicle',
	path: '/vehicles',
	simplifiedFields: VEHICLE_SIMPLIFIED_FIELDS,
});
