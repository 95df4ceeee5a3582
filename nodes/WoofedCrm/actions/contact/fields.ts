import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { apiFields, tagList } from '../../../shared/validate';
import { customAttributesOf } from '../common';

/** Contact fields accepted on create and upsert. */
export const contactFields: INodeProperties[] = [
	{
		displayName: 'Email',
		name: 'email',
		type: 'string',
		placeholder: 'name@email.com',
		default: '',
		description: 'E-mail address; must be valid when given',
	},
	{
		displayName: 'Full Name',
		name: 'full_name',
		type: 'string',
		default: '',
		placeholder: 'Tim Maia',
	},
	{
		displayName: 'Labels',
		name: 'label_list',
		type: 'string',
		default: '',
		placeholder: 'customer, vip',
		description:
			'Comma-separated labels (tags) of the contact, sent as one comma-separated text as WoofedCRM takes it',
	},
	{
		displayName: 'Phone',
		name: 'phone',
		type: 'string',
		default: '',
		placeholder: '+5541996910256',
		description: 'Phone number in E.164 format (+55…)',
	},
];

/** The user's contact fields and custom attribute rows as the API body. */
export function contactBody(
	context: IExecuteFunctions,
	fields: IDataObject,
	itemIndex: number,
): IDataObject {
	// WoofedCRM permits label_list as one value: a JSON array would be dropped by the server.
	const body = apiFields(fields, { label_list: (value) => tagList(value).join(',') });
	if (body.label_list === '') delete body.label_list;
	const customAttributes = customAttributesOf(context, itemIndex);
	if (customAttributes !== undefined) body.custom_attributes = customAttributes;
	return body;
}
