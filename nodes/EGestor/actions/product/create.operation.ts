import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { forOperation, optionalFields } from '../../../shared/descriptions';
import { requiredText } from '../../../shared/validate';
import { eGestorCreate } from '../../transport';
import { product } from '../resources';
import { productBody, productFields } from './fields';

export const description: INodeProperties[] = forOperation('product', 'create', [
	{
		displayName: 'Description',
		name: 'descricao',
		type: 'string',
		required: true,
		default: '',
		description: 'Name of the product as shown on sales and invoices (API field descricao)',
	},
	optionalFields('additionalFields', 'Additional Fields', productFields),
]);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const descricao = requiredText(this, 'descricao', 'Description', itemIndex);
	const fields = this.getNodeParameter('additionalFields', itemIndex, {}) as IDataObject;
	const body = { descricao, ...productBody(this, fields, itemIndex) };
	return await eGestorCreate(this, itemIndex, product.path, body);
}
