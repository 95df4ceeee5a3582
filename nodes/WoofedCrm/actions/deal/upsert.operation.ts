import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { forOperation, optionalFields } from '../../../shared/descriptions';
import { apiFields, requiredText } from '../../../shared/validate';
import { woofedRequest } from '../../transport';
import { customAttributesField, customAttributesOf } from '../common';
import { contactIdField, dealBody, dealFields, idValue, stageField } from './fields';

export const description: INodeProperties[] = forOperation('deal', 'upsert', [
	{
		displayName:
			'WoofedCRM finds the deal to update by its contact only: an upsert for a contact that already has a deal updates that deal, whatever its name',
		name: 'upsertNotice',
		type: 'notice',
		default: '',
	},
	stageField(true),
	{
		...contactIdField,
		description:
			'Numeric ID of the contact; the existing deal of this contact is updated, else a deal is created. Leave empty to use Contact Attributes.',
	},
	optionalFields('contactAttributes', 'Contact Attributes', [
		{
			displayName: 'Contact ID',
			name: 'id',
			type: 'string',
			default: '',
			description: 'Numeric ID of an existing contact',
		},
		{
			displayName: 'Email',
			name: 'email',
			type: 'string',
			placeholder: 'name@email.com',
			default: '',
		},
		{ displayName: 'Full Name', name: 'full_name', type: 'string', default: '' },
		{
			displayName: 'Phone',
			name: 'phone',
			type: 'string',
			default: '',
			placeholder: '+5541996910256',
			description: 'Phone in E.164 format',
		},
	]),
	optionalFields('additionalFields', 'Additional Fields', dealFields),
	customAttributesField('deal'),
]);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const stageId = requiredText(this, 'stage_id', 'Stage', itemIndex);
	const contactId = String(this.getNodeParameter('contact_id', itemIndex, '') ?? '').trim();
	const contactAttributes = apiFields(
		this.getNodeParameter('contactAttributes', itemIndex, {}) as IDataObject,
		{ id: idValue },
	);
	if (contactId === '' && Object.keys(contactAttributes).length === 0) {
		throw new NodeOperationError(this.getNode(), 'Give a Contact ID or Contact Attributes', {
			itemIndex,
			description: `Item ${itemIndex}: the deal must belong to a contact, found by ID or by its attributes (e-mail, phone, name).`,
		});
	}
	const fields = this.getNodeParameter('additionalFields', itemIndex, {}) as IDataObject;
	const body: IDataObject = {
		...dealBody(this, fields, itemIndex),
		stage_id: idValue(stageId) as number,
	};
	if (contactId !== '') body.contact_id = idValue(contactId) as number;
	if (Object.keys(contactAttributes).length > 0) body.contact_attributes = contactAttributes;
	const customAttributes = customAttributesOf(this, itemIndex);
	if (customAttributes !== undefined) body.custom_attributes = customAttributes;
	return await woofedRequest(this, itemIndex, { method: 'POST', path: '/deals/upsert', body });
}
