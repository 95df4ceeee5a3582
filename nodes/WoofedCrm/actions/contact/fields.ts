import type {
	IDataObject,
	IExecuteFunctions,
	INodeProperties,
	INodePropertyMode,
} from 'n8n-workflow';

import { apiFields, tagList } from '../../../shared/validate';
import { addCustomAttributes, customAttributeRows } from '../customAttributes';

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
		description: 'Full name of the person as free text, e.g. Tim Maia',
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
	return addCustomAttributes(context, itemIndex, body);
}

/** The contact's Custom Attributes rows (Create and Create or Update). */
export const contactCustomAttributes: INodeProperties = {
	displayName: 'Custom Attributes',
	name: 'customAttributes',
	type: 'fixedCollection',
	typeOptions: { multipleValues: true },
	placeholder: 'Add Attribute',
	default: {},
	description:
		'Free-form custom fields of the contact, sent as the custom_attributes object (e.g. source = Website)',
	options: customAttributeRows,
};

/** What Simplify keeps of a contact (the contact fields of WoofedCRM's API docs a user most needs). */
export const CONTACT_SIMPLIFIED_FIELDS = [
	'id',
	'full_name',
	'email',
	'phone',
	'label_list',
	'created_at',
	'updated_at',
] as const;

/** The Contact picker's modes: a contact from a searchable list (searched by name), or its numeric ID. */
export const contactModes: { modes: INodePropertyMode[] } = {
	modes: [
		{
			displayName: 'From List',
			name: 'list',
			type: 'list',
			placeholder: 'Select a contact...',
			typeOptions: { searchListMethod: 'searchContacts', searchable: true },
		},
		{
			displayName: 'By ID',
			name: 'id',
			type: 'string',
			placeholder: 'e.g. 42',
			validation: [
				{
					type: 'regex',
					properties: {
						regex: '^\\s*[0-9]+\\s*$',
						errorMessage: 'A WoofedCRM contact ID is a whole number, e.g. 42',
					},
				},
			],
		},
	],
};
