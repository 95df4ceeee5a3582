import { tagsClearable } from '../recordFields';
import { product } from '../resources';
import type { Clearable } from '../updateOperation';
import { updateOperation } from '../updateOperation';
import { productBody, productFields } from './fields';

const clearable: Clearable[] = [
	{
		name: 'Own Code',
		value: 'codigoProprio',
		description: 'Sent as "" (API field codigoProprio)',
		empty: '',
	},
	{
		name: 'EAN/GTIN',
		value: 'refEanGtin',
		description: 'Sent as "" (API field refEanGtin)',
		empty: '',
	},
	{ name: 'NCM', value: 'ncm', description: 'Sent as "" (API field ncm)', empty: '' },
	{
		name: 'CEST Code',
		value: 'codigoCEST',
		description: 'Sent as "" (API field codigoCEST)',
		empty: '',
	},
	{
		name: 'NF-E Notes',
		value: 'anotacoesNFE',
		description: 'Sent as "" (API field anotacoesNFE)',
		empty: '',
	},
	{
		name: 'Internal Notes',
		value: 'anotacoesInternas',
		description: 'Sent as "" (API field anotacoesInternas)',
		empty: '',
	},
	tagsClearable,
];

export const { description, execute } = updateOperation({
	resource: product,
	fields: [
		{
			displayName: 'Description',
			name: 'descricao',
			type: 'string',
			default: '',
			description: 'Name of the product as shown on sales and invoices (API field descricao)',
		},
		...productFields,
	],
	clearable,
	// Produtos › Editar (Update) shows no request body; its 200 body and the create example
	// hold these fields, sent back as read.
	writable: [
		'descricao',
		'codigoProprio',
		'estoque',
		'estoqueMinimo',
		'controlarEstoque',
		'margemLucro',
		'precoCusto',
		'precoVenda',
		'origemFiscal',
		'unidadeTributada',
		'refEanGtin',
		'ncm',
		'codigoCEST',
		'excecaoIPI',
		'codigoGrupoTributos',
		'anotacoesNFE',
		'anotacoesInternas',
		'pesoBruto',
		'pesoLiquido',
		'tags',
	],
	changes: productBody,
});
