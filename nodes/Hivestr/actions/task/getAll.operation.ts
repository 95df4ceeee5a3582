import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { forOperation, pageLimitOf, returnAllAndLimit } from '../../../shared/descriptions';
import { pathOf } from '../../../shared/request';
import { hivestrAll } from '../../transport';
import { cardIdOf } from '../deal/fields';
import { cardIdField } from './fields';

export const description: INodeProperties[] = forOperation('task', 'getAll', [
	cardIdField,
	...returnAllAndLimit(),
]);

/**
 * The card's tasks. hivestr.txt does not say whether this list is paged: it is read whole,
 * and when Hivestr answers with pages (`pagination.total_pages`) the next pages are read too.
 */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject[]> {
	const dealId = cardIdOf(this, itemIndex);
	const { records } = await hivestrAll(
		this,
		itemIndex,
		{ method: 'GET', path: pathOf`/public/pipeline/deals/${dealId}/tasks` },
		pageLimitOf(this, itemIndex),
	);
	return records;
}
