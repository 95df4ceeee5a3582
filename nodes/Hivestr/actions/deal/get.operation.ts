import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { forOperation } from '../../../shared/descriptions';
import { pathOf } from '../../../shared/request';
import { CARD_SIMPLIFIED_FIELDS } from '../simplifiedFields';
import { simplifiedRecord } from '../simplifiedRecord';
import { cardId, cardIdOf } from './fields';

export const description: INodeProperties[] = forOperation('deal', 'get', [
	cardId,
	{
		displayName: 'Simplify',
		name: 'simplify',
		type: 'boolean',
		default: false,
		description:
			'Whether to return only ID, title, pipeline_stage, estimated_value, client_id, user_id and tasks_summary of the card instead of every field',
	},
]);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const dealId = cardIdOf(this, itemIndex);
	return await simplifiedRecord(this, itemIndex, {
		path: pathOf`/public/pipeline/deals/${dealId}`,
		simplifiedFields: CARD_SIMPLIFIED_FIELDS,
	});
}
