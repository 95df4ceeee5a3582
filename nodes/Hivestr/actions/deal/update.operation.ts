import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { forOperation, optionalFields } from '../../../shared/descriptions';
import { pathOf } from '../../../shared/request';
import { checkedCollection, invalid, propertiesOf } from '../../../shared/validate';
import { hivestrRequest } from '../../transport';
import { cardFields, cardId, cardIdOf } from './fields';

export const description: INodeProperties[] = forOperation('deal', 'update', [
	cardId,
	{
		displayName:
			'Set at least one of Title, Estimated Value, Notes or User ID. To change the stage use Move Stage; to lose the card use Mark Lost.',
		name: 'updateNotice',
		type: 'notice',
		default: '',
	},
	optionalFields('updateFields', 'Update Fields', [
		...propertiesOf(cardFields),
		{
			displayName: 'Title',
			name: 'title',
			type: 'string',
			default: '',
			description: 'New title of the card',
		},
	]),
]);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const dealId = cardIdOf(this, itemIndex);
	const body = checkedCollection(this, itemIndex, { name: 'updateFields', fields: cardFields });
	if (Object.keys(body).length === 0) {
		throw invalid(
			this,
			itemIndex,
			'Set at least one of Title, Estimated Value (Cents), Notes or User ID',
			`Item ${itemIndex} would send a card update with no fields; Hivestr needs at least one.`,
		);
	}
	return await hivestrRequest(this, itemIndex, {
		method: 'PATCH',
		path: pathOf`/public/pipeline/deals/${dealId}`,
		body,
	});
}
