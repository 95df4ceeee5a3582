import type { IDataObject } from 'n8n-workflow';

import { notesClearable, tagsClearable } from '../recordFields';
import { contact } from '../resources';
import type { Clearable } from '../updateOperation';
import { updateOperation } from '../updateOperation';
import { contactBody, contactFields, typeField } from './fields';

/** What Fields to Clear offers: text fields as "", lists as [] (Contatos › Editar example). */
const clearable: Clearable[] = [
	{
		name: 'Trade Name',
		value: 'fantasia',
		description: 'Sent as "" (API field fantasia)',
		empty: '',
	},
	{
		name: 'Contact Person',
		value: 'nomeParaContato',
		description: 'Sent as "" (API field nomeParaContato)',
		empty: '',
	},
	{ name: 'CPF/CNPJ', value: 'cpfcnpj', description: 'Sent as "" (API field cpfcnpj)', empty: '' },
	{ name: 'Birth Date', value: 'dtNasc', description: 'Sent as "" (API field dtNasc)', empty: '' },
	{ name: 'Emails', value: 'emails', description: 'Sent as [] (API field emails)', empty: [] },
	{ name: 'Phones', value: 'fones', description: 'Sent as [] (API field fones)', empty: [] },
	{
		name: 'Street',
		value: 'logradouro',
		description: 'Sent as "" (API field logradouro)',
		empty: '',
	},
	{ name: 'Number', value: 'numero', description: 'Sent as "" (API field numero)', empty: '' },
	{
		name: 'Complement',
		value: 'complemento',
		description: 'Sent as "" (API field complemento)',
		empty: '',
	},
	{ name: 'District', value: 'bairro', description: 'Sent as "" (API field bairro)', empty: '' },
	{ name: 'City', value: 'cidade', description: 'Sent as "" (API field cidade)', empty: '' },
	{
		name: 'IBGE City Code',
		value: 'codIBGE',
		description: 'Sent as "" (API field codIBGE)',
		empty: '',
	},
	{ name: 'State', value: 'uf', description: 'Sent as "" (API field uf)', empty: '' },
	{ name: 'Country', value: 'pais', description: 'Sent as "" (API field pais)', empty: '' },
	{
		name: 'Municipal Registration',
		value: 'inscricaoMunicipal',
		description: 'Sent as "" (API field inscricaoMunicipal)',
		empty: '',
	},
	{
		name: 'State Registration',
		value: 'inscricaoEstadual',
		description: 'Sent as "" (API field inscricaoEstadual)',
		empty: '',
	},
	{
		name: 'State Registration ST',
		value: 'inscricaoEstadualST',
		description: 'Sent as "" (API field inscricaoEstadualST)',
		empty: '',
	},
	{ name: 'SUFRAMA', value: 'suframa', description: 'Sent as "" (API field suframa)', empty: '' },
	notesClearable,
	tagsClearable,
];

/** The contact read gives the contact person as nomeContato (Detalhar) and CEP as text. */
function fromRead(record: IDataObject): IDataObject {
	const read = { ...record };
	if (read.nomeParaContato === undefined && read.nomeContato !== undefined) {
		read.nomeParaContato = read.nomeContato;
	}
	if (typeof read.cep === 'string') {
		const digits = read.cep.replace(/\D/g, '');
		read.cep = digits === '' ? undefined : Number(digits);
	}
	return read;
}

export const { description, execute } = updateOperation({
	resource: contact,
	fields: [
		{
			displayName: 'Name',
			name: 'nome',
			type: 'string',
			default: '',
			description: 'Name of the contact, up to 60 characters (API field nome)',
		},
		typeField(false),
		...contactFields,
	],
	clearable,
	// Contatos › Editar (Update): the request example's fields, and cidade from the attributes.
	writable: [
		'nome',
		'fantasia',
		'nomeParaContato',
		'cpfcnpj',
		'tipo',
		'dtNasc',
		'emails',
		'fones',
		'cep',
		'logradouro',
		'numero',
		'complemento',
		'bairro',
		'cidade',
		'codIBGE',
		'uf',
		'pais',
		'clienteFinal',
		'indicadorIE',
		'inscricaoMunicipal',
		'inscricaoEstadual',
		'inscricaoEstadualST',
		'suframa',
		'obs',
		'tags',
	],
	numbers: ['indicadorIE'],
	changes: contactBody,
	fromRead,
});
