import type { INodeProperties } from 'n8n-workflow';

import { forOperation, optionalFields } from '../../../shared/descriptions';
import { updateRecord } from '../../../shared/record-operations';
import { ecosysRequest } from '../../transport';
import { phaseField, statusField, vehicleBody, vehicleFields, vehicleModes } from './fields';

export const description: INodeProperties[] = forOperation('vehicle', 'update', [
	{
		displayName: 'Vehicle',
		name: 'vehicleId',
		type: 'resourceLocator',
		required: true,
		default: { mode: 'list', value: '' },
		description: 'The vehicle to change, from the list or by its UUID',
		...vehicleModes,
	},
	optionalFields('updateFields', 'Update Fields', [
		...vehicleFields,
		phaseField,
		statusField,
		{
			displayName: 'Store ID',
			name: 'store_id',
			type: 'string',
			default: '',
			description: 'UUID of the store (loja) to move the vehicle to',
		},
		{
			displayName: 'Title',
			name: 'title',
			type: 'string',
			default: '',
			description: 'New listing title of the vehicle as free text',
		},
	]),
]);

export const execute = updateRecord(ecosysRequest, {
	parameter: 'vehicleId',
	label: 'Vehicle',
	path: '/vehicles',
	body: vehicleBody,
});
