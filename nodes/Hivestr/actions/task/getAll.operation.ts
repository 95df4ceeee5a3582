import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { forOperation, pageLimitOf, returnAllAndLimit } from '../../../shared/descriptions';
import { pathOf } from '../../../shared/request';
import { requiredText } from '../../../shared/validate';
import { limitedTo } from '../../helpers';
import { hivestrAll } from '../../transport';
import { cardIdField } from './fields';

export const description: INodeProperties[] = forOperation('task', 'getAll', [
	cardIdField,
	...returnAllAndLimit(),
]);

/** The card's tasks; Hivestr returns them all at once (no pages), so Limit applies here. */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject[]> {
	const dealId = requiredText(this, 'dealId', 'Card ID', itemIndex);
	const tasks = await hivestrAll(this, itemIndex, {
		method: 'GET',
		path: pathOf`/public/pipeline/deals/${dealId}/tasks`,
	});
	return limitedTo(tasks, pageLimitOf(this, itemIndex));
}
