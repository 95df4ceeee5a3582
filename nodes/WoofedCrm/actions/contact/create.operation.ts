import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { forOperation, optionalFields } from '../../../shared/descriptions';
import { requireSomeField } from '../../../shared/validate';
import { woofedRequest } from '../../transport';
import { contactBody, contactCustomAttributes, contactFields } from './fields';

export const description: INodeProperties[] = forOperation('contact', 'create', [
	optionalFields('contactFields', 'Contact Fields', contactFields),
	contactCustomAttributes,
]);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const fields = this.getNodeParameter('contactFields', itemIndex, {}) as IDataObject;
	const body = contactBody(this, fields, itemIndex);
	requireSomeField(this, body, 'Contact Fields', itemIndex);
	return await woofedRequest(this, itemIndex, { method: 'POST', path: '/contacts', body });
}
