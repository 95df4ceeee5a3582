import type { ResourceInfo } from '../common';

export const contact: ResourceInfo = {
	resource: 'contact',
	path: '/contatos',
	noun: 'contact',
	idName: 'contactId',
	label: 'Contact',
	// Simplify keeps these fields (README, "Simplify"): from the document's Contatos list and read examples.
	simpleFields: [
		'codigo',
		'nome',
		'fantasia',
		'tipo',
		'cpfcnpj',
		'emails',
		'fones',
		'cidade',
		'uf',
	],
	locator: {
		displayName: 'Contact',
		name: 'contactId',
		type: 'resourceLocator',
		required: true,
		default: { mode: 'list', value: '' },
		description:
			'The contact: pick it from the list (searched by the text you type) or give its code (codigo), a whole number from 1',
		modes: [
			{
				displayName: 'From List',
				name: 'list',
				type: 'list',
				typeOptions: { searchListMethod: 'searchContacts', searchable: true },
			},
			{
				displayName: 'By ID',
				name: 'id',
				type: 'string',
				placeholder: 'e.g. 324',
				validation: [
					{
						type: 'regex',
						properties: {
							regex: '[1-9][0-9]*',
							errorMessage: 'The code (codigo) is a whole number from 1',
						},
					},
				],
			},
		],
	},
};
