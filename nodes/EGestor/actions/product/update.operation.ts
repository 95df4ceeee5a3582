import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { forOperation, optionalFields } from '../../../shared/descriptions';
import { requireSomeField } from '../../../shared/validate';
import { eGestorRequest } from '../../transport';
import { codeField, codeOf, recordPath } from '../common';
import { textField } from '../fields';
import { productBody, productFields } from './fields';
import { product } from './info';

export const description: INodeProperties[] = forOperation('product', 'update', [
	codeField(product, 'to update'),
	optionalFields('updateFields', 'Update Fields', [
		textField('Description', 'descricao', 'Name of the product as shown on sales and invoices'),
		...productFields,
	]),
]);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const code = codeOf(this, product, itemIndex);
	const fields = this.getNodeParameter('updateFields', itemIndex, {}) as IDataObject;
	const body = productBody(this, fields, itemIndex);
	requireSomeField(this, body, 'Update Fields', itemIndex);
	return await eGestorRequest(this, itemIndex, {
		method: 'PUT',
		path: recordPath(product, code),
		body,
	});
}
