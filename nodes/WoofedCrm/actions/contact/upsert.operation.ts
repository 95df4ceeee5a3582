import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { forOperation, optionalFields } from '../../../shared/descriptions';
import { woofedRequest } from '../../transport';
import { customAttributesField } from '../common';
import { contactBody, contactFields } from './fields';

export const description: INodeProperties[] = forOperation('contact', 'upsert', [
	{
		displayName:
			'WoofedCRM looks for an existing contact with the same e-mail or phone in the account: it is updated when found, else a contact is created',
		name: 'upsertNotice',
		type: 'notice',
		default: '',
	},
	optionalFields('contactFields', 'Contact Fields', contactFields),
	customAttributesField('contact'),
]);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const fields = this.getNodeParameter('contactFields', itemIndex, {}) as IDataObject;
	const body = contactBody(this, fields, itemIndex);
	if (body.email === undefined && body.phone === undefined) {
		throw new NodeOperationError(
			this.getNode(),
			'Give an Email or a Phone to match the contact by',
			{
				itemIndex,
				description: `Item ${itemIndex}: WoofedCRM finds the contact to update by e-mail or phone; add one of them under "Contact Fields".`,
			},
		);
	}
	return await woofedRequest(this, itemIndex, { method: 'POST', path: '/contacts/upsert', body });
}
