import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { forOperation } from '../../../shared/descriptions';
import { pathOf } from '../../../shared/request';
import { clientIdField } from './locator';
import { locatorId } from '../../../shared/locators';
import { hivestrRequest } from '../../transport';

export const description: INodeProperties[] = forOperation('client', 'get', [
	{
		...clientIdField,
		description: 'The client to retrieve, with its proposals and proposal_stats',
	},
]);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const clientId = locatorId(this, 'clientId', 'Client', itemIndex);
	return await hivestrRequest(this, itemIndex, {
		method: 'GET',
		path: pathOf`/public/clients/${clientId}`,
	});
}
