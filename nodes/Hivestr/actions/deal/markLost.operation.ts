import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { forOperation, idField } from '../../../shared/descriptions';
import { pathOf } from '../../../shared/request';
import { requiredText } from '../../../shared/validate';
import { hivestrRequest } from '../../transport';
import { cardIdDescription } from './fields';

export const description: INodeProperties[] = forOperation('deal', 'markLost', [
	idField('dealId', 'Card ID', cardIdDescription),
	{
		displayName: 'Reason',
		name: 'reason',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. Client chose a competitor',
		description: 'Why the deal was lost; Hivestr records it as a note on the client',
	},
]);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const dealId = requiredText(this, 'dealId', 'Card ID', itemIndex);
	const reason = requiredText(this, 'reason', 'Reason', itemIndex);
	return await hivestrRequest(this, itemIndex, {
		method: 'POST',
		path: pathOf`/public/pipeline/deals/${dealId}/mark-lost`,
		body: { reason },
	});
}
