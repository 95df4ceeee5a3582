import { textField } from '../fields';
import type { Clearable } from '../update';
import { updateOperation } from '../update';
import { productBody, productFields } from './fields';
import { product } from './info';

const clearable: Clearable[] = [
	{ name: 'Own Code', value: 'codigoProprio', empty: '' },
	{ name: 'EAN/GTIN', value: 'refEanGtin', empty: '' },
	{ name: 'NCM', value: 'ncm', empty: '' },
	{ name: 'CEST Code', value: 'codigoCEST', empty: '' },
	{ name: 'NF-E Notes', value: 'anotacoesNFE', empty: '' },
	{ name: 'Internal Notes', value: 'anotacoesInternas', empty: '' },
	{ name: 'Tags', value: 'tags', empty: [] },
];

export const { description, execute } = updateOperation({
	info: product,
	fields: [
		textField('Description', 'descricao', 'Name of the product as shown on sales and invoices'),
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
