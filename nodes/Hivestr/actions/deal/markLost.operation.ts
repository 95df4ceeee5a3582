import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { forOperation } from '../../../shared/descriptions';
import { pathOf } from '../../../shared/request';
import { requiredTextOf } from '../../../shared/validate';
import { hivestrRequest } from '../../transport';
import { cardId, cardIdOf } from './fields';

const reasonField: INodeProperties = {
	displayName: 'Reason',
	name: 'reason',
	type: 'string',
	required: true,
	default: '',
	placeholder: 'e.g. Client chose a competitor',
	description: 'Why the deal was lost; Hivestr records it as a note on the client',
};

export const description: INodeProperties[] = forOperation('deal', 'markLost', [
	cardId,
	reasonField,
]);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const dealId = cardIdOf(this, itemIndex);
	const reason = requiredTextOf(this, reasonField, itemIndex);
	return await hivestrRequest(this, itemIndex, {
		method: 'POST',
		path: pathOf`/public/pipeline/deals/${dealId}/mark-lost`,
		body: { reason },
	});
}
