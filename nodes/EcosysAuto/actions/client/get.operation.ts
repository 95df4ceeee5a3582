import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { forOperation, idField } from '../../../shared/descriptions';
import { pathOf } from '../../../shared/request';
import { requiredText } from '../../../shared/validate';
import { ecosysRequest } from '../../transport';

export const description: INodeProperties[] = forOperation('client', 'get', [
	{
		displayName:
			"Getting one client by ID is not in Ecosys Auto's API docs: it follows the REST pattern of the platform Ecosys Auto shares with Sonar Marketing",
		name: 'platformNotice',
		type: 'notice',
		default: '',
	},
	idField('clientId', 'Client ID', 'UUID of the client to retrieve'),
]);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const clientId = requiredText(this, 'clientId', 'Client ID', itemIndex);
	return await ecosysRequest(this, itemIndex, {
		method: 'GET',
		path: pathOf`/clients/${clientId}`,
	});
}
