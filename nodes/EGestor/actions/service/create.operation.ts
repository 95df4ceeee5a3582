import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { forOperation, optionalFields } from '../../../shared/descriptions';
import { requiredText } from '../../../shared/validate';
import { eGestorCreate } from '../../transport';
import { service } from '../resources';
import { serviceBody, serviceFields } from './fields';

export const description: INodeProperties[] = forOperation('service', 'create', [
	{
		displayName: 'Description',
		name: 'descricao',
		type: 'string',
		required: true,
		default: '',
		description: 'Name of the service as shown on sales and invoices (API field descricao)',
	},
	optionalFields('additionalFields', 'Additional Fields', serviceFields),
	{
		displayName:
			"eGestor answers this create with an empty body (as its API docs show), so the output holds the fields sent but not the new service's code: to get it, use Service › Get Many with the description as Filter",
		name: 'noCodeNotice',
		type: 'notice',
		default: '',
	},
]);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const descricao = requiredText(this, 'descricao', 'Description', itemIndex);
	const fields = this.getNodeParameter('additionalFields', itemIndex, {}) as IDataObject;
	const body = { descricao, ...serviceBody(this, fields, itemIndex) };
	return await eGestorCreate(this, itemIndex, service.path, body);
}
