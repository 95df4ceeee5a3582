import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { forOperation, optionalFields } from '../../../shared/descriptions';
import { invalid } from '../../../shared/validate';
import { woofedRequestWithStatus } from '../../transport';
import { contactBody, contactCustomAttributes, contactFields } from './fields';

export const description: INodeProperties[] = forOperation('contact', 'upsert', [
	{
		displayName:
			'WoofedCRM updates the first contact whose e-mail or phone CONTAINS the value sent, ignoring case (ana@x.com also matches joana@x.com), and tries Brazilian phones with and without the 9th digit; else it creates a contact. The output says which: upsertResult is "created" or "updated".',
		name: 'upsertNotice',
		type: 'notice',
		default: '',
	},
	optionalFields('contactFields', 'Contact Fields', contactFields),
	contactCustomAttributes,
]);

/** The contact upsert request and its result; also used by Deal › Upsert to resolve the contact. */
export async function upsertContact(
	context: IExecuteFunctions,
	itemIndex: number,
	body: IDataObject,
): Promise<IDataObject> {
	const { status, record } = await woofedRequestWithStatus(context, itemIndex, {
		method: 'POST',
		path: '/contacts/upsert',
		body,
	});
	// WoofedCRM answers 201 when it created the contact and 200 when it updated one.
	return { ...record, upsertResult: status === 201 ? 'created' : 'updated' };
}

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const fields = this.getNodeParameter('contactFields', itemIndex, {}) as IDataObject;
	const body = contactBody(this, fields, itemIndex);
	if (body.email === undefined && body.phone === undefined) {
		throw invalid(
			this,
			itemIndex,
			'Give an Email or a Phone to match the contact by',
			`Item ${itemIndex}: WoofedCRM finds the contact to update by e-mail or phone; add one of them under "Contact Fields".`,
		);
	}
	return await upsertContact(this, itemIndex, body);
}
