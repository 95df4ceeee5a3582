import type { INodeProperties } from 'n8n-workflow';

import { tagList } from '../../../shared/validate';
import { tagsField, taxGroupField } from '../recordFields';
import { checkedBody } from '../updateOperation';

/** Fields a product accepts besides its description, on create and on update. */
export const productFields: INodeProperties[] = [
	{
		displayName: 'CEST Code',
		name: 'codigoCEST',
		type: 'string',
		default: '',
		description: 'CEST code (API field codigoCEST)',
	},
	{
		displayName: 'Control Stock',
		name: 'controlarEstoque',
		type: 'boolean',
		default: false,
		description: 'Whether eGestor tracks the stock of this product (API field controlarEstoque)',
	},
	{
		displayName: 'Cost Price (BRL)',
		name: 'precoCusto',
		type: 'number',
		typeOptions: { minValue: 0, numberPrecision: 4 },
		default: 0,
		description: 'Cost price in reais (BRL, not cents) (API field precoCusto)',
	},
	{
		displayName: 'EAN/GTIN',
		name: 'refEanGtin',
		type: 'string',
		default: '',
		description: 'Barcode (EAN/GTIN) (API field refEanGtin)',
	},
	{
		displayName: 'Gross Weight',
		name: 'pesoBruto',
		type: 'number',
		typeOptions: { minValue: 0, numberPrecision: 3 },
		default: 0,
		description: "Gross weight; its unit is not in eGestor's API docs (API field pesoBruto)",
	},
	{
		displayName: 'Internal Notes',
		name: 'anotacoesInternas',
		type: 'string',
		default: '',
		description: 'Internal notes (API field anotacoesInternas)',
		typeOptions: { rows: 2 },
	},
	{
		displayName: 'IPI Exception',
		name: 'excecaoIPI',
		type: 'number',
		default: 0,
		description: 'IPI exception code (API field excecaoIPI)',
	},
	{
		displayName: 'Minimum Stock',
		name: 'estoqueMinimo',
		type: 'number',
		default: 0,
		description: 'Minimum stock level (API field estoqueMinimo)',
	},
	{
		displayName: 'NCM',
		name: 'ncm',
		type: 'string',
		default: '',
		description: 'Mercosur nomenclature code (NCM) (API field ncm)',
	},
	{
		displayName: 'Net Weight',
		name: 'pesoLiquido',
		type: 'number',
		typeOptions: { minValue: 0, numberPrecision: 3 },
		default: 0,
		description: "Net weight; its unit is not in eGestor's API docs (API field pesoLiquido)",
	},
	{
		displayName: 'NF-E Notes',
		name: 'anotacoesNFE',
		type: 'string',
		default: '',
		description: 'Notes printed on the NF-e (API field anotacoesNFE)',
		typeOptions: { rows: 2 },
	},
	{
		displayName: 'Own Code',
		name: 'codigoProprio',
		type: 'string',
		default: '',
		description: 'Your own product code / SKU (API field codigoProprio)',
	},
	{
		displayName: 'Profit Margin',
		name: 'margemLucro',
		type: 'number',
		typeOptions: { numberPrecision: 2 },
		default: 0,
		description: "Profit margin; its unit is not in eGestor's API docs (API field margemLucro)",
	},
	{
		displayName: 'Sale Price (BRL)',
		name: 'precoVenda',
		type: 'number',
		typeOptions: { minValue: 0, numberPrecision: 4 },
		default: 0,
		description: 'Sale price in reais (BRL, not cents) (API field precoVenda)',
	},
	{
		displayName: 'Stock',
		name: 'estoque',
		type: 'number',
		default: 0,
		description: 'Quantity in stock (API field estoque)',
	},
	tagsField,
	taxGroupField,
	{
		displayName: 'Tax Origin',
		name: 'origemFiscal',
		type: 'options',
		options: [
			{ name: '0 - Nacional (Domestic)', value: 0 },
			{ name: '1 - Estrangeira, Importação Direta (Imported Directly)', value: 1 },
			{ name: '2 - Estrangeira, Mercado Interno (Foreign, Bought in Brazil)', value: 2 },
			{ name: '3 - Nacional, Importado 40–70% (Domestic, 40–70% Imported Content)', value: 3 },
			{ name: '4 - Nacional, Processo Produtivo Básico (Domestic, PPB)', value: 4 },
			{ name: '5 - Nacional, Importado Até 40% (Domestic, up to 40% Imported Content)', value: 5 },
			{ name: '6 - Estrangeira Direta, Sem Similar (Imported Directly, CAMEX List)', value: 6 },
			{ name: '7 - Estrangeira Interna, Sem Similar (Foreign, CAMEX List)', value: 7 },
			{
				name: '8 - Nacional, Importado Acima De 70% (Domestic, over 70% Imported Content)',
				value: 8,
			},
		],
		default: 0,
		description:
			"Fiscal origin of the goods. The values are the NF-e origin table's; eGestor's API docs show only 0 (not in eGestor's API docs). (API field origemFiscal)",
	},
	{
		displayName: 'Taxable Unit',
		name: 'unidadeTributada',
		type: 'string',
		default: '',
		description: 'Taxable unit, e.g. UN (API field unidadeTributada)',
		placeholder: 'UN',
	},
];

/** The user's product fields as the API body, checked before sending. */
export const productBody = checkedBody((rule) => ({
	estoque: rule.number('Stock'),
	estoqueMinimo: rule.number('Minimum Stock'),
	margemLucro: rule.number('Profit Margin'),
	precoCusto: rule.number('Cost Price (BRL)', { min: 0 }),
	precoVenda: rule.number('Sale Price (BRL)', { min: 0 }),
	origemFiscal: (value) =>
		rule.oneOf(
			'Tax Origin',
			[0, 1, 2, 3, 4, 5, 6, 7, 8],
		)(typeof value === 'string' && value.trim() !== '' ? Number(value) : value),
	excecaoIPI: rule.number('IPI Exception'),
	codigoGrupoTributos: rule.number('Tax Group Code'),
	pesoBruto: rule.number('Gross Weight', { min: 0 }),
	pesoLiquido: rule.number('Net Weight', { min: 0 }),
	tags: tagList,
}));
