import type {
	IDataObject,
	IExecuteFunctions,
	INodeProperties,
	INodePropertyMode,
} from 'n8n-workflow';

import { apiFields, invalid, jsonObjectOrUndefined } from '../../../shared/validate';
import { brazilRules } from '../../validators';

/** Client types: the quickstart creates a PF and speaks of "clientes PF e PJ". */
export const typeOptions = [
	{ name: 'Individual (PF, Pessoa Física)', value: 'PF' },
	{ name: 'Company (PJ, Pessoa Jurídica)', value: 'PJ' },
];

export const cpfField: INodeProperties = {
	displayName: 'CPF',
	name: 'cpf',
	type: 'string',
	default: '',
	placeholder: '123.456.789-00',
	description:
		'Individual taxpayer number: 11 digits, with or without dots and dash, sent as 000.000.000-00. Check digits that do not match add a warning to the output; the CPF is still sent.',
};

export const cnpjField: INodeProperties = {
	displayName: 'CNPJ',
	name: 'cnpj',
	type: 'string',
	default: '',
	placeholder: '11.222.333/0001-81',
	description:
		"Company taxpayer number: 14 digits, with or without punctuation, sent as 00.000.000/0000-00 in the field cnpj (not in Ecosys Auto's API docs). Check digits that do not match add a warning to the output.",
};

/** Optional fields a client accepts on create and on update. */
export const clientFields: INodeProperties[] = [
	{
		displayName: 'Address (JSON)',
		name: 'address',
		type: 'json',
		default: '{}',
		description:
			'Address object sent as given under address, e.g. {"city": "São Paulo"}. The quickstart says clients have an address but does not show its fields (not in Ecosys Auto\'s API docs).',
	},
	{
		displayName: 'Email',
		name: 'email',
		type: 'string',
		placeholder: 'name@email.com',
		default: '',
		description: 'E-mail address of the client, e.g. joao.silva@email.com',
	},
	{
		displayName: 'Phone',
		name: 'phone',
		type: 'string',
		default: '',
		placeholder: '+55 11 99999-8888',
		description: 'Phone number as text, sent as given, e.g. +55 11 99999-8888',
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

/** The Address (JSON) field as an object: a JSON text or an object from an expression. */
function addressOf(context: IExecuteFunctions, value: unknown, itemIndex: number): unknown {
	const address = jsonObjectOrUndefined(value);
	if (address === undefined) {
		throw invalid(
			context,
			itemIndex,
			'"Address (JSON)" must be a JSON object',
			`Got "${String(value)}" on item ${itemIndex}. Write an object such as {"city": "São Paulo"}.`,
		);
	}
	return Object.keys(address).length === 0 ? undefined : address;
}

/**
 * Turns the user's fields into the API body: CPF/CNPJ format checked and formatted (a check
 * digit mismatch goes to `warnings`), the address parsed.
 */
export function clientBody(
	context: IExecuteFunctions,
	fields: IDataObject,
	itemIndex: number,
	warnings: string[],
): IDataObject {
	const rule = brazilRules(context, itemIndex, warnings);
	const body = apiFields(fields, {
		cpf: rule.cpf('CPF'),
		cnpj: rule.cnpj('CNPJ'),
		address: (value) => addressOf(context, value, itemIndex),
	});
	if (body.address === undefined) delete body.address;
	return body;
}

/** What Simplify keeps of a client (the quickstart's client fields a user most needs). */
export const CLIENT_SIMPLIFIED_FIELDS = [
	'id',
	'type',
	'name',
	'email',
	'phone',
	'cpf',
	'cnpj',
	'segment',
	'status',
	'created_at',
] as const;

/** The Client picker's modes: a client from a searchable list, or its UUID. */
export const clientModes: { modes: INodePropertyMode[] } = {
	modes: [
		{
			displayName: 'From List',
			name: 'list',
			type: 'list',
			placeholder: 'Select a client...',
			typeOptions: { searchListMethod: 'searchClients', searchable: true },
		},
		{
			displayName: 'By ID',
			name: 'id',
			type: 'string',
			placeholder: 'e.g. 3f1c2a9e-5b7d-4e8f-9a1b-2c3d4e5f6a7b',
		},
	],
};
