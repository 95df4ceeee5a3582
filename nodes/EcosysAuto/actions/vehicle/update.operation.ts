import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { forOperation, optionalFields } from '../../../shared/descriptions';
import { locatorId } from '../../../shared/locators';
import { pathOf } from '../../../shared/request';
import { requireSomeField } from '../../../shared/validate';
import { ecosysRequest } from '../../transport';
import { withWarnings } from '../../validators';
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

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const vehicleId = locatorId(this, 'vehicleId', 'Vehicle', itemIndex);
	const fields = this.getNodeParameter('updateFields', itemIndex, {}) as IDataObject;
	const warnings: string[] = [];
	const body = vehicleBody(this, fields, itemIndex, warnings);
	requireSomeField(this, body, 'Update Fields', itemIndex);
	const vehicle = await ecosysRequest(this, itemIndex, {
		method: 'PUT',
		path: pathOf`/vehicles/${vehicleId}`,
		body,
	});
	return withWarnings(vehicle, warnings);
}
