import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { forOperation } from '../../../shared/descriptions';
import { locatorId } from '../../../shared/locators';
import { pathOf } from '../../../shared/request';
import { checkedNumber } from '../../../shared/validate';
import { ecosysRequest } from '../../transport';
import { dealModes } from './fields';

export const description: INodeProperties[] = forOperation('deal', 'markWon', [
	{
		displayName: 'Deal',
		name: 'dealId',
		type: 'resourceLocator',
		required: true,
		default: { mode: 'list', value: '' },
		description: 'The deal that was won, from the list or by its UUID',
		...dealModes,
	},
	{
		displayName: 'Final Value (BRL)',
		name: 'finalValue',
		type: 'number',
		typeOptions: { minValue: 0, numberPrecision: 2 },
		required: true,
		default: 0,
		description: 'The price the sale closed at, in reais (BRL, not cents); sent as value',
	},
]);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const dealId = locatorId(this, 'dealId', 'Deal', itemIndex);
	const value = checkedNumber(
		this,
		this.getNodeParameter('finalValue', itemIndex, ''),
		'Final Value (BRL)',
		itemIndex,
		{ min: 0 },
	);
	return await ecosysRequest(this, itemIndex, {
		method: 'PUT',
		effect: 'additive', // a status change, not documented as idempotent
		path: pathOf`/deals/${dealId}`,
		body: { status: 'ganho', value },
	});
}
