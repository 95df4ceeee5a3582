import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { forOperation, optionalFields } from '../../../shared/descriptions';
import { pathOf } from '../../../shared/request';
import { apiFields, requireSomeField, rulesFor } from '../../../shared/validate';
import { clientIdField } from './locator';
import { locatorId } from '../../../shared/locators';
import { hivestrRequest } from '../../transport';
import { clientFields, clientStatusOptions } from './fields';

export const description: INodeProperties[] = forOperation('client', 'update', [
	{ ...clientIdField, description: 'The client to update' },
	optionalFields('updateFields', 'Update Fields', [
		...clientFields,
		{
			displayName: 'Name',
			name: 'name',
			type: 'string',
			default: '',
			description: 'Name of the client',
		},
	]),
]);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const clientId = locatorId(this, 'clientId', 'Client', itemIndex);
	const body = apiFields(this.getNodeParameter('updateFields', itemIndex, {}) as IDataObject, {
		status: rulesFor(this, itemIndex).oneOf(
			'Status',
			clientStatusOptions.map((option) => option.value),
		),
	});
	requireSomeField(this, body, 'Update Fields', itemIndex);
	return await hivestrRequest(this, itemIndex, {
		method: 'PUT',
		path: pathOf`/public/clients/${clientId}`,
		body,
	});
}
