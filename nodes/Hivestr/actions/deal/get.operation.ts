import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { forOperation, idField } from '../../../shared/descriptions';
import { pathOf } from '../../../shared/request';
import { requiredText } from '../../../shared/validate';
import { hivestrRequest } from '../../transport';
import { cardIdDescription } from './fields';

export const description: INodeProperties[] = forOperation('deal', 'get', [
	idField('dealId', 'Card ID', cardIdDescription),
]);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const dealId = requiredText(this, 'dealId', 'Card ID', itemIndex);
	return await hivestrRequest(this, itemIndex, {
		method: 'GET',
		path: pathOf`/public/pipeline/deals/${dealId}`,
	});
}
