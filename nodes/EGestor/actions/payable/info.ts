import type { ResourceInfo } from '../common';

export const payable: ResourceInfo = {
	resource: 'payable',
	path: '/pagamentos',
	noun: 'payable',
	idName: 'payableId',
	label: 'Payable',
	// Simplify keeps these fields (README, "Simplify"): from the document's Pagamentos list and read examples.
	simpleFields: [
		'codigo',
		'descricao',
		'valor',
		'situacao',
		'dtVenc',
		'dtPgto',
		'codContato',
		'data',
		'contato',
	],
	locator: {
		displayName: 'Payable',
		name: 'payableId',
		type: 'resourceLocator',
		required: true,
		default: { mode: 'list', value: '' },
		description:
			'The payable: pick it from the list (searched by the text you type) or give its code (codigo), a whole number from 1',
		modes: [
			{
				displayName: 'From List',
				name: 'list',
				type: 'list',
				typeOptions: { searchListMethod: 'searchPayables', searchable: true },
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
