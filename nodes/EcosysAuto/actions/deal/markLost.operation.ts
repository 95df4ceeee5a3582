import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { forOperation } from '../../../shared/descriptions';
import { locatorId } from '../../../shared/locators';
import { pathOf } from '../../../shared/request';
import { requiredText } from '../../../shared/validate';
import { ecosysRequest } from '../../transport';
import { dealModes } from './fields';

export const description: INodeProperties[] = forOperation('deal', 'markLost', [
	{
		displayName: 'Deal',
		name: 'dealId',
		type: 'resourceLocator',
		required: true,
		default: { mode: 'list', value: '' },
		description: 'The deal that was lost, from the list or by its UUID',
		...dealModes,
	},
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
	const dealId = locatorId(this, 'dealId', 'Deal', itemIndex);
	const lossReason = requiredText(this, 'lossReason', 'Loss Reason', itemIndex);
	return await ecosysRequest(this, itemIndex, {
		method: 'PUT',
		effect: 'additive', // a status change, not documented as idempotent
		path: pathOf`/deals/${dealId}`,
		body: { status: 'perdido', loss_reason: lossReason },
	});
}
