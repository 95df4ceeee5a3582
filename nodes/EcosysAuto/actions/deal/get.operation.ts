import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { forOperation, idField } from '../../../shared/descriptions';
import { pathOf } from '../../../shared/request';
import { requiredText } from '../../../shared/validate';
import { ecosysRequest } from '../../transport';

export const description: INodeProperties[] = forOperation('deal', 'get', [
	{
		displayName:
			"Getting one deal by ID is not in Ecosys Auto's API docs: it follows Sonar Marketing's documentation of the same platform",
		name: 'platformNotice',
		type: 'notice',
		default: '',
	},
	idField('dealId', 'Deal ID', 'UUID of the deal to retrieve'),
]);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const dealId = requiredText(this, 'dealId', 'Deal ID', itemIndex);
	return await ecosysRequest(this, itemIndex, { method: 'GET', path: pathOf`/deals/${dealId}` });
}
