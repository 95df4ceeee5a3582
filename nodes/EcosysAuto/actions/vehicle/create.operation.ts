import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { forOperation, optionalFields } from '../../../shared/descriptions';
import { withWarnings } from '../../../shared/record-operations';
import { requiredText } from '../../../shared/validate';
import { ecosysRequest, storeIdFor } from '../../transport';
import { vehicleBody, vehicleFields } from './fields';

export const description: INodeProperties[] = forOperation('vehicle', 'create', [
	{
		displayName: 'Title',
		name: 'title',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'Honda Civic EXL 2.0 2024',
		description: 'Listing title of the vehicle',
	},
	{
		displayName: 'Store ID',
		name: 'storeId',
		type: 'string',
		default: '',
		description:
			"UUID of the store (loja) the vehicle belongs to. Leave empty to use the credential's Default Store ID.",
	},
	optionalFields('additionalFields', 'Additional Fields', vehicleFields),
]);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const title = requiredText(this, 'title', 'Title', itemIndex);
	const fields = this.getNodeParameter('additionalFields', itemIndex, {}) as IDataObject;
	const warnings: string[] = [];
	const details = vehicleBody(this, fields, itemIndex, warnings);
	const storeId = await storeIdFor(
		this,
		this.getNodeParameter('storeId', itemIndex, ''),
		itemIndex,
	);
	const body = { title, store_id: storeId, ...details };
	const vehicle = await ecosysRequest(this, itemIndex, { method: 'POST', path: '/vehicles', body });
	return withWarnings(vehicle, warnings);
}
