import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { apiFields, rulesFor } from '../../../shared/validate';
import { listOf, numberField, tagsField, textField } from '../fields';

/** Fields a product accepts besides its description, on create and on update. */
export const productFields: INodeProperties[] = [
	textField('Own Code', 'codigoProprio', 'Your own product code / SKU'),
	numberField('Stock', 'estoque', 'Quantity in stock'),
	numberField('Minimum Stock', 'estoqueMinimo', 'Minimum stock level'),
	{
		displayName: 'Control Stock',
		name: 'controlarEstoque',
		type: 'boolean',
		default: false,
		description: 'Whether eGestor tracks the stock of this product (API field controlarEstoque)',
	},
	numberField(
		'Profit Margin',
		'margemLucro',
		"Profit margin; its unit is not in eGestor's API docs",
		{
			numberPrecision: 2,
		},
	),
	numberField('Cost Price (BRL)', 'precoCusto', 'Cost price in reais (BRL, not cents)', {
		minValue: 0,
		numberPrecision: 4,
	}),
	numberField('Sale Price (BRL)', 'precoVenda', 'Sale price in reais (BRL, not cents)', {
		minValue: 0,
		numberPrecision: 4,
	}),
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
	textField('Taxable Unit', 'unidadeTributada', 'Taxable unit, e.g. UN', { placeholder: 'UN' }),
	textField('EAN/GTIN', 'refEanGtin', 'Barcode (EAN/GTIN)'),
	textField('NCM', 'ncm', 'Mercosur nomenclature code (NCM)'),
	textField('CEST Code', 'codigoCEST', 'CEST code'),
	numberField('IPI Exception', 'excecaoIPI', 'IPI exception code'),
	numberField('Tax Group Code', 'codigoGrupoTributos', 'Code of the tax group in eGestor'),
	textField('NF-e Notes', 'anotacoesNFE', 'Notes printed on the NF-e', {
		typeOptions: { rows: 2 },
	}),
	textField('Internal Notes', 'anotacoesInternas', 'Internal notes', { typeOptions: { rows: 2 } }),
	numberField('Gross Weight', 'pesoBruto', "Gross weight; its unit is not in eGestor's API docs", {
		minValue: 0,
		numberPrecision: 3,
	}),
	numberField('Net Weight', 'pesoLiquido', "Net weight; its unit is not in eGestor's API docs", {
		minValue: 0,
		numberPrecision: 3,
	}),
	tagsField(),
];

/** The user's product fields as the API body, checked before sending. */
export function productBody(
	context: IExecuteFunctions,
	fields: IDataObject,
	itemIndex: number,
): IDataObject {
	const rule = rulesFor(context, itemIndex);
	return apiFields(fields, {
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
		tags: listOf,
	});
}
