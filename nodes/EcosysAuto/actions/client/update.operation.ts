import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { forOperation, idField, optionalFields } from '../../../shared/descriptions';
import { pathOf } from '../../../shared/request';
import { requireSomeField, requiredText } from '../../../shared/validate';
import { ecosysRequest } from '../../transport';
import {
	clientBody,
	clientFields,
	cnpjField,
	cpfField,
	statusOptions,
	typeOptions,
} from './fields';

export const description: INodeProperties[] = forOperation('client', 'update', [
	idField('clientId', 'Client ID', 'UUID of the client to update'),
	optionalFields('updateFields', 'Update Fields', [
		...clientFields,
		cnpjField,
		cpfField,
		{ displayName: 'Name', name: 'name', type: 'string', default: '' },
		{
			displayName: 'Status',
			name: 'status',
			type: 'options',
			options: statusOptions,
			default: 'active',
		},
		{
			displayName: 'Type',
			name: 'type',
			type: 'options',
			options: typeOptions,
			default: 'PF',
			description: 'PF for an individual (with CPF), PJ for a company (with CNPJ)',
		},
	]),
]);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const clientId = requiredText(this, 'clientId', 'Client ID', itemIndex);
	const fields = this.getNodeParameter('updateFields', itemIndex, {}) as IDataObject;
	const body = clientBody(this, fields, itemIndex);
	requireSomeField(this, body, 'Update Fields', itemIndex);
	return await ecosysRequest(this, itemIndex, {
		method: 'PUT',
		path: pathOf`/clients/${clientId}`,
		body,
	});
}
