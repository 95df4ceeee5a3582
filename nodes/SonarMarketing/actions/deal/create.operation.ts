import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { forOperation, optionalFields } from '../../../shared/descriptions';
import { requiredText } from '../../../shared/validate';
import { sonarRequest } from '../../transport';
import { dealBody, dealFields } from './fields';

export const description: INodeProperties[] = forOperation('deal', 'create', [
	{
		displayName: 'Title',
		name: 'title',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'Gestão de Redes Sociais - TechStore',
		description: 'Title of the deal',
	},
	optionalFields('additionalFields', 'Additional Fields', dealFields),
]);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const title = requiredText(this, 'title', 'Title', itemIndex);
	const fields = this.getNodeParameter('additionalFields', itemIndex, {}) as IDataObject;
	const body = { title, ...dealBody(this, fields, itemIndex) };
	return await sonarRequest(this, itemIndex, { method: 'POST', path: '/deals', body });
}
