import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { forOperation, optionalFields } from '../../../shared/descriptions';
import { apiFields, invalid } from '../../../shared/validate';
import { woofedRequestWithStatus } from '../../transport';
import { contactModes } from '../contact/fields';
import { upsertContact } from '../contact/upsert.operation';
import { addCustomAttributes } from '../customAttributes';
import { dealBody, dealCustomAttributes, dealFields, idValue } from './fields';

export const description: INodeProperties[] = forOperation('deal', 'upsert', [
	{
		displayName:
			'WoofedCRM finds the deal to update by its contact only: the first deal of the contact is updated, whatever its name, pipeline or status; else a deal is created. The output says which: upsertResult is "created" or "updated".',
		name: 'upsertNotice',
		type: 'notice',
		default: '',
	},
	{
		displayName: 'Stage Name or ID',
		name: 'stage_id',
		type: 'options',
		typeOptions: { loadOptionsMethod: 'getStages' },
		default: '',
		description:
			'Stage (kanban column) the deal goes to, listed as Pipeline › Stage. Leave empty to keep the stage of an existing deal; a new deal then needs a Pipeline ID (WoofedCRM puts it in the first stage) or WoofedCRM refuses it. The list comes from GET /pipelines (not in WoofedCRM\'s API docs). Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
	},
	{
		displayName: 'Contact',
		name: 'contact_id',
		type: 'resourceLocator',
		default: { mode: 'list', value: '' },
		description:
			'The contact, from the list or by its numeric ID; its first deal is updated, else a deal is created. Leave empty to use Contact Attributes.',
		...contactModes,
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
			description: 'E-mail address the contact is found by, or created with',
		},
		{
			displayName: 'Full Name',
			name: 'full_name',
			type: 'string',
			default: '',
			description: 'Full name of the person as free text, used when the contact is created',
		},
		{
			displayName: 'Phone',
			name: 'phone',
			type: 'string',
			default: '',
			placeholder: '+5541996910256',
			description: 'Phone in E.164 format',
		},
	]),
	{
		displayName: 'Resolve Contact First',
		name: 'resolveContactFirst',
		type: 'boolean',
		default: true,
		description:
			"Whether to find or create the contact first (Contact › Create or Update with the Contact Attributes' e-mail, phone and name), then upsert the deal by that contact's ID, so that the same input run twice updates the deal instead of adding one. When off, the attributes are sent as contact_attributes, which WoofedCRM's server does not use to find the deal.",
	},
	optionalFields('additionalFields', 'Additional Fields', dealFields),
	dealCustomAttributes,
]);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const stageId = String(this.getNodeParameter('stage_id', itemIndex, '') ?? '').trim();
	let contactId = String(
		this.getNodeParameter('contact_id', itemIndex, '', { extractValue: true }) ?? '',
	).trim();
	const contactAttributes = apiFields(
		this.getNodeParameter('contactAttributes', itemIndex, {}) as IDataObject,
		{ id: idValue },
	);
	if (contactId === '' && Object.keys(contactAttributes).length === 0) {
		throw invalid(
			this,
			itemIndex,
			'Give a Contact ID or Contact Attributes',
			`Item ${itemIndex}: the deal must belong to a contact, found by ID or by its attributes (e-mail, phone, name).`,
		);
	}
	const resolveFirst = this.getNodeParameter('resolveContactFirst', itemIndex, true) as boolean;
	const fields = this.getNodeParameter('additionalFields', itemIndex, {}) as IDataObject;
	const body: IDataObject = dealBody(this, fields, itemIndex);
	if (stageId !== '') body.stage_id = idValue(stageId) as number;
	addCustomAttributes(this, itemIndex, body);

	let contact: IDataObject | undefined;
	if (contactId === '' && resolveFirst) {
		const { id, ...attributes } = contactAttributes;
		if (id !== undefined) {
			contactId = String(id);
		} else if (attributes.email === undefined && attributes.phone === undefined) {
			throw invalid(
				this,
				itemIndex,
				'Contact Attributes need an Email, a Phone or a Contact ID',
				`Item ${itemIndex}: "Resolve Contact First" finds the contact by e-mail or phone; add one, or turn the option off.`,
			);
		} else {
			contact = await upsertContact(this, itemIndex, attributes);
			contactId = String(contact.id);
		}
	}
	if (contactId !== '') body.contact_id = idValue(contactId) as number;
	else body.contact_attributes = contactAttributes;

	const { status, record } = await woofedRequestWithStatus(this, itemIndex, {
		method: 'POST',
		path: '/deals/upsert',
		body,
	});
	// WoofedCRM answers 201 when it created the deal and 200 when it updated one.
	const result: IDataObject = { ...record, upsertResult: status === 201 ? 'created' : 'updated' };
	if (contact !== undefined) {
		result.contactUpsertResult = contact.upsertResult;
	}
	return result;
}
