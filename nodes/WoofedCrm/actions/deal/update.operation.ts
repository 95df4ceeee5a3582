import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { forOperation, idField, optionalFields } from '../../../shared/descriptions';
import { pathOf } from '../../../shared/request';
import { requireSomeField, requiredText } from '../../../shared/validate';
import { woofedRequest } from '../../transport';
import { customAttributesField, customAttributesOf } from '../common';
import { closingFields, contactIdField, dealBody, dealFields, stageField } from './fields';

export const description: INodeProperties[] = forOperation('deal', 'update', [
	idField('dealId', 'Deal ID', 'Numeric ID of the deal to update'),
	optionalFields('updateFields', 'Update Fields', [
		...dealFields,
		...closingFields,
		contactIdField,
		stageField(false),
	]),
	customAttributesField('deal'),
]);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const dealId = requiredText(this, 'dealId', 'Deal ID', itemIndex);
	const fields = this.getNodeParameter('updateFields', itemIndex, {}) as IDataObject;
	const body = dealBody(this, fields, itemIndex);
	const customAttributes = customAttributesOf(this, itemIndex);
	if (customAttributes !== undefined) body.custom_attributes = customAttributes;
	requireSomeField(this, body, 'Update Fields', itemIndex);
	return await woofedRequest(this, itemIndex, {
		method: 'PUT',
		path: pathOf`/deals/${dealId}`,
		body,
	});
}
