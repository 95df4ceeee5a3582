import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { forOperation, optionalFields } from '../../../shared/descriptions';
import { requiredText } from '../../../shared/validate';
import { ecosysRequest } from '../../transport';
import { dealBody, dealFields } from './fields';

export const description: INodeProperties[] = forOperation('deal', 'create', [
	{
		displayName: 'Title',
		name: 'title',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'Venda Honda Civic 2024 — João da Silva',
		description: 'Title of the deal (negócio), e.g. the vehicle and the client',
	},
	optionalFields('additionalFields', 'Additional Fields', dealFields),
]);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const title = requiredText(this, 'title', 'Title', itemIndex);
	const fields = this.getNodeParameter('additionalFields', itemIndex, {}) as IDataObject;
	const body = { title, ...dealBody(this, fields, itemIndex) };
	return await ecosysRequest(this, itemIndex, { method: 'POST', path: '/deals', body });
}
