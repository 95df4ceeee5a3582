import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { forOperation, idField, optionalFields } from '../../../shared/descriptions';
import { pathOf } from '../../../shared/request';
import { requireSomeField, requiredText } from '../../../shared/validate';
import { ecosysRequest } from '../../transport';
import { phaseOptions, statusOptions, vehicleBody, vehicleFields } from './fields';

export const description: INodeProperties[] = forOperation('vehicle', 'update', [
	idField('vehicleId', 'Vehicle ID', 'UUID of the vehicle to update'),
	optionalFields('updateFields', 'Update Fields', [
		...vehicleFields,
		{
			displayName: 'Phase',
			name: 'phase',
			type: 'options',
			options: phaseOptions,
			default: 'entrada',
			description:
				'Inventory phase (fase). Use an expression for a phase your account has besides entrada.',
		},
		{
			displayName: 'Status',
			name: 'status',
			type: 'options',
			options: statusOptions,
			default: 'ativo',
			description: 'Use an expression for a status your account has besides ativo',
		},
		{
			displayName: 'Store ID',
			name: 'store_id',
			type: 'string',
			default: '',
			description: 'UUID of the store (loja) to move the vehicle to',
		},
		{ displayName: 'Title', name: 'title', type: 'string', default: '' },
	]),
]);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const vehicleId = requiredText(this, 'vehicleId', 'Vehicle ID', itemIndex);
	const fields = this.getNodeParameter('updateFields', itemIndex, {}) as IDataObject;
	const body = vehicleBody(this, fields, itemIndex);
	requireSomeField(this, body, 'Update Fields', itemIndex);
	return await ecosysRequest(this, itemIndex, {
		method: 'PUT',
		path: pathOf`/vehicles/${vehicleId}`,
		body,
	});
}
