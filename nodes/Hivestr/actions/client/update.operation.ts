import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { forOperation, optionalFields } from '../../../shared/descriptions';
import { pathOf } from '../../../shared/request';
import { apiFields, requireSomeField } from '../../../shared/validate';
import { clientIdField, idOf } from '../../helpers';
import { hivestrRequest } from '../../transport';
import { clientFields } from './fields';

export const description: INodeProperties[] = forOperation('client', 'update', [
	clientIdField('clientId', 'The client to update'),
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
	const clientId = idOf(this, 'clientId', 'Client', itemIndex);
	const body = apiFields(this.getNodeParameter('updateFields', itemIndex, {}) as IDataObject);
	requireSomeField(this, body, 'Update Fields', itemIndex);
	return await hivestrRequest(this, itemIndex, {
		method: 'PUT',
		path: pathOf`/public/clients/${clientId}`,
		body,
	});
}
