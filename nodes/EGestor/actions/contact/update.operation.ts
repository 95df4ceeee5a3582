import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { forOperation, optionalFields } from '../../../shared/descriptions';
import { requireSomeField } from '../../../shared/validate';
import { codeField, codeOf, recordPath } from '../common';
import { textField } from '../fields';
import { eGestorRequest } from '../../transport';
import { contactBody, contactFields, typeField } from './fields';
import { contact } from './info';

export const description: INodeProperties[] = forOperation('contact', 'update', [
	codeField(contact, 'to update'),
	optionalFields('updateFields', 'Update Fields', [
		textField('Name', 'nome', 'Name of the contact, up to 60 characters'),
		typeField(false),
		...contactFields,
	]),
]);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const code = codeOf(this, contact, itemIndex);
	const fields = this.getNodeParameter('updateFields', itemIndex, {}) as IDataObject;
	const body = contactBody(this, fields, itemIndex);
	requireSomeField(this, body, 'Update Fields', itemIndex);
	return await eGestorRequest(this, itemIndex, {
		method: 'PUT',
		path: recordPath(contact, code),
		body,
	});
}
