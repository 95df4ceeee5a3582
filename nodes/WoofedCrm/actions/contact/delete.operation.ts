import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { forOperation, idField } from '../../../shared/descriptions';
import { pathOf } from '../../../shared/request';
import { requiredText } from '../../../shared/validate';
import { woofedRequest } from '../../transport';

export const description: INodeProperties[] = forOperation('contact', 'delete', [
	idField(
		'contactId',
		'Contact ID',
		'Numeric ID of the contact to delete; WoofedCRM also removes its deals, and this cannot be undone',
	),
]);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const contactId = requiredText(this, 'contactId', 'Contact ID', itemIndex);
	// WoofedCRM answers 204 with no body.
	await woofedRequest(this, itemIndex, {
		method: 'DELETE',
		path: pathOf`/contacts/${contactId}`,
	});
	return { deleted: true, id: Number.isNaN(Number(contactId)) ? contactId : Number(contactId) };
}
