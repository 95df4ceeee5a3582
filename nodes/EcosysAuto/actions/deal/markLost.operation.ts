import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { forOperation, idField } from '../../../shared/descriptions';
import { pathOf } from '../../../shared/request';
import { requiredText } from '../../../shared/validate';
import { ecosysRequest } from '../../transport';

export const description: INodeProperties[] = forOperation('deal', 'markLost', [
	idField('dealId', 'Deal ID', 'UUID of the deal that was lost'),
	{
		displayName: 'Loss Reason',
		name: 'lossReason',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'Client bought at another store',
		description: 'Why the deal was lost (motivo da perda); sent as loss_reason',
	},
]);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const dealId = requiredText(this, 'dealId', 'Deal ID', itemIndex);
	const lossReason = requiredText(this, 'lossReason', 'Loss Reason', itemIndex);
	return await ecosysRequest(this, itemIndex, {
		method: 'PUT',
		effect: 'additive', // a status change, not documented as idempotent
		path: pathOf`/deals/${dealId}`,
		body: { status: 'perdido', loss_reason: lossReason },
	});
}
