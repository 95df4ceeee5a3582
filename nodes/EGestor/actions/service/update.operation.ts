import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { forOperation, optionalFields } from '../../../shared/descriptions';
import { requireSomeField } from '../../../shared/validate';
import { eGestorRequest } from '../../transport';
import { codeField, codeOf, recordPath } from '../common';
import { textField } from '../fields';
import { serviceBody, serviceFields } from './fields';
import { service } from './info';

export const description: INodeProperties[] = forOperation('service', 'update', [
	codeField(service, 'to update'),
	optionalFields('updateFields', 'Update Fields', [
		textField('Description', 'descricao', 'Name of the service as shown on sales and invoices'),
		...serviceFields,
	]),
]);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const code = codeOf(this, service, itemIndex);
	const fields = this.getNodeParameter('updateFields', itemIndex, {}) as IDataObject;
	const body = serviceBody(this, fields, itemIndex);
	requireSomeField(this, body, 'Update Fields', itemIndex);
	return await eGestorRequest(this, itemIndex, {
		method: 'PUT',
		path: recordPath(service, code),
		body,
	});
}
