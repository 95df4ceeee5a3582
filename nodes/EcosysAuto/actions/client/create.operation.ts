import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { forOperation, optionalFields } from '../../../shared/descriptions';
import { withWarnings } from '../../../shared/record-operations';
import { invalid, requiredText } from '../../../shared/validate';
import { ecosysRequest } from '../../transport';
import { clientBody, clientFields, cnpjField, cpfField, typeOptions } from './fields';

export const description: INodeProperties[] = forOperation('client', 'create', [
	{
		displayName: 'Type',
		name: 'type',
		type: 'options',
		options: typeOptions,
		required: true,
		default: 'PF',
		description:
			"PF for an individual (with CPF), PJ for a company (with CNPJ, not in Ecosys Auto's API docs)",
	},
	{
		displayName: 'Name',
		name: 'name',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'João da Silva',
		description: 'Full name of the person, or legal name of the company',
	},
	{ ...cpfField, displayOptions: { show: { type: ['PF'] } } },
	{ ...cnpjField, displayOptions: { show: { type: ['PJ'] } } },
	optionalFields('additionalFields', 'Additional Fields', clientFields),
]);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const type = requiredText(this, 'type', 'Type', itemIndex).toUpperCase();
	if (type !== 'PF' && type !== 'PJ') {
		throw invalid(
			this,
			itemIndex,
			'"Type" must be PF or PJ',
			`Got "${type}" on item ${itemIndex}. PF is an individual (CPF), PJ a company (CNPJ).`,
		);
	}
	const name = requiredText(this, 'name', 'Name', itemIndex);
	const document =
		type === 'PJ'
			? { cnpj: this.getNodeParameter('cnpj', itemIndex, '') }
			: { cpf: this.getNodeParameter('cpf', itemIndex, '') };
	const fields = this.getNodeParameter('additionalFields', itemIndex, {}) as IDataObject;
	const warnings: string[] = [];
	const body = { type, name, ...clientBody(this, { ...document, ...fields }, itemIndex, warnings) };
	const client = await ecosysRequest(this, itemIndex, { method: 'POST', path: '/clients', body });
	return withWarnings(client, warnings);
}
