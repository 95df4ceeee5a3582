import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { forOperation, idField } from '../../../shared/descriptions';
import { pathOf } from '../../../shared/request';
import { requiredText } from '../../../shared/validate';
import { woofedRequest } from '../../transport';

export const description: INodeProperties[] = forOperation('deal', 'get', [
	idField(
		'dealId',
		'Deal ID',
		'Numeric ID of the deal; the output also holds its contact, stage, pipeline, deal_assignees and deal_products',
	),
]);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const dealId = requiredText(this, 'dealId', 'Deal ID', itemIndex);
	return await woofedRequest(this, itemIndex, { method: 'GET', path: pathOf`/deals/${dealId}` });
}
