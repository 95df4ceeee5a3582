import type { IDataObject } from 'n8n-workflow';

import { textField } from '../fields';
import type { Clearable } from '../update';
import { updateOperation } from '../update';
import { contactBody, contactFields, typeField } from './fields';
import { contact } from './info';

/** What Fields to Clear offers: text fields as "", lists as [] (Contatos › Editar example). */
const clearable: Clearable[] = [
	{ name: 'Trade Name', value: 'fantasia', empty: '' },
	{ name: 'Contact Person', value: 'nomeParaContato', empty: '' },
	{ name: 'CPF/CNPJ', value: 'cpfcnpj', empty: '' },
	{ name: 'Birth Date', value: 'dtNasc', empty: '' },
	{ name: 'Emails', value: 'emails', empty: [] },
	{ name: 'Phones', value: 'fones', empty: [] },
	{ name: 'Street', value: 'logradouro', empty: '' },
	{ name: 'Number', value: 'numero', empty: '' },
	{ name: 'Complement', value: 'complemento', empty: '' },
	{ name: 'District', value: 'bairro', empty: '' },
	{ name: 'City', value: 'cidade', empty: '' },
	{ name: 'IBGE City Code', value: 'codIBGE', empty: '' },
	{ name: 'State', value: 'uf', empty: '' },
	{ name: 'Country', value: 'pais', empty: '' },
	{ name: 'Municipal Registration', value: 'inscricaoMunicipal', empty: '' },
	{ name: 'State Registration', value: 'inscricaoEstadual', empty: '' },
	{ name: 'State Registration ST', value: 'inscricaoEstadualST', empty: '' },
	{ name: 'SUFRAMA', value: 'suframa', empty: '' },
	{ name: 'Notes', value: 'obs', empty: '' },
	{ name: 'Tags', value: 'tags', empty: [] },
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
	info: contact,
	fields: [
		textField('Name', 'nome', 'Name of the contact, up to 60 characters'),
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
