import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { forOperation } from '../../../shared/descriptions';
import { pathOf } from '../../../shared/request';
import { hivestrRequest } from '../../transport';
import { cardId, cardIdOf } from './fields';

export const description: INodeProperties[] = forOperation('deal', 'get', [cardId]);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const dealId = cardIdOf(this, itemIndex);
	return await hivestrRequest(this, itemIndex, {
		method: 'GET',
		path: pathOf`/public/pipeline/deals/${dealId}`,
	});
}
