import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { apiFields } from '../../../shared/validate';
import { brazilRules } from '../../validators';

export const typeOptions = [
	{ name: 'Pessoa Física (PF, Individual)', value: 'PF' },
	{ name: 'Pessoa Jurídica (PJ, Company)', value: 'PJ' },
];

/** Statuses of a client; the API returns `active` for a new client. */
export const statusOptions = [
	{ name: 'Active', value: 'active' },
	{ name: 'Inactive', value: 'inactive' },
];

const addressFields: INodeProperties[] = [
	{ displayName: 'Street', name: 'street', type: 'string', default: '' },
	{ displayName: 'Number', name: 'number', type: 'string', default: '' },
	{ displayName: 'Complement', name: 'complement', type: 'string', default: '' },
	{ displayName: 'Neighborhood', name: 'neighborhood', type: 'string', default: '' },
	{ displayName: 'City', name: 'city', type: 'string', default: '' },
	{
		displayName: 'State',
		name: 'state',
		type: 'string',
		default: '',
		placeholder: 'SP',
		description: 'Two-letter state code (UF)',
	},
	{
		displayName: 'ZIP Code',
		name: 'zip_code',
		type: 'string',
		default: '',
		placeholder: '01310-100',
		description: 'CEP',
	},
];

export const cpfField: INodeProperties = {
	displayName: 'CPF',
	name: 'cpf',
	type: 'string',
	default: '',
	placeholder: '123.456.789-09',
	description:
		'Individual taxpayer number (11 digits, with or without dots and dash); check digits are verified before sending',
};

export const cnpjField: INodeProperties = {
	displayName: 'CNPJ',
	name: 'cnpj',
	type: 'string',
	default: '',
	placeholder: '11.222.333/0001-81',
	description:
		'Company taxpayer number (14 digits, with or without punctuation); check digits are verified before sending',
};

/** Optional fields a client accepts on create and on update. */
export const clientFields: INodeProperties[] = [
	{
		displayName: 'Address',
		name: 'address',
		type: 'fixedCollection',
		default: {},
		description: 'Postal address (endereço) of the client',
		options: [{ displayName: 'Address', name: 'value', values: addressFields }],
	},
	{
		displayName: 'Email',
		name: 'email',
		type: 'string',
		placeholder: 'name@email.com',
		default: '',
	},
	{
		displayName: 'Phone',
		name: 'phone',
		type: 'string',
		default: '',
		placeholder: '+55 11 99999-8888',
	},
	{
		displayName: 'Segment',
		name: 'segment',
		type: 'string',
		default: '',
		placeholder: 'premium',
		description: 'Segment (segmento) the dealer groups the client under, e.g. premium',
	},
];

/** Turns the user's fields into the API body: CPF/CNPJ checked and formatted, address unwrapped. */
export function clientBody(
	context: IExecuteFunctions,
	fields: IDataObject,
	itemIndex: number,
): IDataObject {
	const rule = brazilRules(context, itemIndex);
	const body = apiFields(fields, {
		cpf: rule.cpf('CPF'),
		cnpj: rule.cnpj('CNPJ'),
		address: (value) => apiFields(((value as IDataObject).value as IDataObject) ?? {}),
	});
	if (body.address !== undefined && Object.keys(body.address as IDataObject).length === 0) {
		delete body.address;
	}
	return body;
}
