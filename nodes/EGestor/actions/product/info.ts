import type { ResourceInfo } from '../common';

export const product: ResourceInfo = {
	resource: 'product',
	path: '/produtos',
	noun: 'product',
	idName: 'productId',
	label: 'Product',
	// Simplify keeps these fields (README, "Simplify"): from the document's Produtos list and read examples.
	simpleFields: [
		'codigo',
		'descricao',
		'codigoProprio',
		'precoVenda',
		'precoCusto',
		'estoque',
		'controlarEstoque',
		'unidadeTributada',
	],
	locator: {
		displayName: 'Product',
		name: 'productId',
		type: 'resourceLocator',
		required: true,
		default: { mode: 'list', value: '' },
		description:
			'The product: pick it from the list (searched by the text you type) or give its code (codigo), a whole number from 1',
		modes: [
			{
				displayName: 'From List',
				name: 'list',
				type: 'list',
				typeOptions: { searchListMethod: 'searchProducts', searchable: true },
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
