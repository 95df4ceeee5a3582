import type { ResourceInfo } from '../common';

export const sale: ResourceInfo = {
	resource: 'sale',
	path: '/vendas',
	noun: 'sale',
	idName: 'saleId',
	label: 'Sale',
	// Simplify keeps these fields (README, "Simplify"): from the document's Vendas list and read examples.
	simpleFields: [
		'codigo',
		'codContato',
		'nomeContato',
		'codVendedor',
		'dtVenda',
		'dtEntrega',
		'valorTotal',
		'valorFinanc',
		'situacao',
	],
	locator: {
		displayName: 'Sale',
		name: 'saleId',
		type: 'resourceLocator',
		required: true,
		default: { mode: 'list', value: '' },
		description:
			'The sale: pick it from the list (searched by the text you type) or give its code (codigo), a whole number from 1',
		modes: [
			{
				displayName: 'From List',
				name: 'list',
				type: 'list',
				typeOptions: { searchListMethod: 'searchSales', searchable: true },
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
