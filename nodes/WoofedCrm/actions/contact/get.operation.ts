import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { forOperation, idField } from '../../../shared/descriptions';
import { pathOf } from '../../../shared/request';
import { requiredText } from '../../../shared/validate';
import { woofedRequest } from '../../transport';

export const description: INodeProperties[] = forOperation('contact', 'get', [
	idField(
		'contactId',
		'Contact ID',
		'Numeric ID of the contact; the output also holds its deals and events',
	),
]);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const contactId = requiredText(this, 'contactId', 'Contact ID', itemIndex);
	return await woofedRequest(this, itemIndex, {
		method: 'GET',
		path: pathOf`/contacts/${contactId}`,
	});
}
