import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { forOperation } from '../../../shared/descriptions';
import { locatorId } from '../../../shared/locators';
import { DEAL_SIMPLIFIED_FIELDS } from '../../../shared/pipeline-deals';
import { pathOf } from '../../../shared/request';
import { simplifiedIfAsked, simplifyField } from '../../../shared/simplify';
import { ecosysRequest } from '../../transport';
import { dealLocator } from './fields';

export const description: INodeProperties[] = forOperation('deal', 'get', [
	{
		displayName:
			"Getting one deal by ID is not in Ecosys Auto's API docs: it follows Sonar Marketing's documentation of the same platform",
		name: 'platformNotice',
		type: 'notice',
		default: '',
	},
	{ ...dealLocator, description: 'The deal to retrieve, from the list or by its UUID' },
	{
		...simplifyField,
		description:
			'Whether to return only ID, title, value, phase, status, probability, expected_close_date, client_id, created_at and updated_at instead of every field',
	},
]);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const dealId = locatorId(this, 'dealId', 'Deal', itemIndex);
	const deal = await ecosysRequest(this, itemIndex, {
		method: 'GET',
		path: pathOf`/deals/${dealId}`,
	});
	return simplifiedIfAsked(this, itemIndex, deal, DEAL_SIMPLIFIED_FIELDS);
}
