import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { forOperation, optionalFields } from '../../../shared/descriptions';
import { locatorId } from '../../../shared/locators';
import { pathOf } from '../../../shared/request';
import { requireSomeField } from '../../../shared/validate';
import { sonarRequest } from '../../transport';
import { dealBody, dealFields, dealLocator, statusOptions } from './fields';

export const description: INodeProperties[] = forOperation('deal', 'update', [
	{ ...dealLocator, description: 'The deal to change, from the list or by its UUID' },
	optionalFields('updateFields', 'Update Fields', [
		...dealFields,
		{
			displayName: 'Is Starred',
			name: 'is_starred',
			type: 'boolean',
			default: false,
			description: 'Whether the deal is starred',
		},
		{
			displayName: 'Loss Reason',
			name: 'loss_reason',
			type: 'string',
			default: '',
			description: 'Why the deal was lost; sent as loss_reason',
		},
		{
			displayName: 'Status',
			name: 'status',
			type: 'options',
			options: statusOptions,
			default: 'ativo',
			description:
				'Sonar accepts status on update; its document shows the values ativo and arquivado (Archive is the documented way to archive)',
		},
		{
			displayName: 'Title',
			name: 'title',
			type: 'string',
			default: '',
			description: 'New title of the deal as free text',
		},
	]),
]);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const dealId = locatorId(this, 'dealId', 'Deal', itemIndex);
	const fields = this.getNodeParameter('updateFields', itemIndex, {}) as IDataObject;
	const body = dealBody(this, fields, itemIndex);
	requireSomeField(this, body, 'Update Fields', itemIndex);
	return await sonarRequest(this, itemIndex, {
		method: 'PUT',
		path: pathOf`/deals/${dealId}`,
		body,
	});
}
