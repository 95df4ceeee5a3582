import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { forOperation } from '../../../shared/descriptions';
import { pathOf } from '../../../shared/request';
import { clientIdField, clientIdOf } from './locator';
import { hivestrRequest } from '../../transport';

export const description: INodeProperties[] = forOperation('client', 'get', [
	{
		...clientIdField,
		description: 'The client to retrieve, with its proposals and proposal_stats',
	},
]);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const clientId = clientIdOf(this, itemIndex);
	return await hivestrRequest(this, itemIndex, {
		method: 'GET',
		path: pathOf`/public/clients/${clientId}`,
	});
}
