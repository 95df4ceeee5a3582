import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { forOperation, optionalFields } from '../../../shared/descriptions';
import {
	apiFields,
	checkedDate,
	checkedNumber,
	invalid,
	rulesFor,
	tagList,
} from '../../../shared/validate';
import { eGestorCreate } from '../../transport';
import { sale } from '../resources';
import { locatorValue } from '../../../shared/locators';
import { saleContact, saleLineProduct } from '../locators';
import { tagsField } from '../recordFields';

export const description: INodeProperties[] = forOperation('sale', 'create', [
	{
		displayName: 'Sale Date',
		name: 'dtVenda',
		type: 'string',
		default: '',
		placeholder: 'YYYY-MM-DD',
		description: 'Date of the sale, as YYYY-MM-DD (API field dtVenda)',
		required: true,
	},
	{
		displayName: 'Products',
		name: 'produtos',
		type: 'fixedCollection',
		typeOptions: { multipleValues: true },
		placeholder: 'Add Product',
		default: {},
		description: 'Products sold (API field produtos)',
		options: [
			{
				displayName: 'Product',
				name: 'product',
				values: [
					{
						displayName: 'Discount (BRL)',
						name: 'vDesc',
						type: 'number',
						typeOptions: { minValue: 0, numberPrecision: 2 },
						default: 0,
						description: 'Discount in reais (BRL, not cents), sent as typed (API field vDesc)',
					},
					{
						displayName: 'Notes',
						name: 'obs',
						type: 'string',
						default: '',
						description: 'Notes on this product line (API field obs)',
					},
					saleLineProduct,
					{
						displayName: 'Quantity',
						name: 'quant',
						type: 'number',
						default: 1,
						description: 'Quantity sold, a number from 0 (API field quant)',
					},
					{
						displayName: 'Unit Price (BRL)',
						name: 'preco',
						type: 'string',
						default: '',
						placeholder: 'e.g. 3438.00',
						description:
							"Unit price in reais (BRL, not cents), sent as typed, 0 included. Left empty, no price is sent; eGestor's API docs do not say which price it then uses. (API field preco)",
					},
				],
			},
		],
	},
	{
		displayName: 'Installments',
		name: 'financeiros',
		type: 'fixedCollection',
		typeOptions: { multipleValues: true },
		placeholder: 'Add Installment',
		default: {},
		description: 'Installments of the sale, each with its due date (API field financeiros)',
		options: [
			{
				displayName: 'Installment',
				name: 'installment',
				values: [
					{
						displayName: 'Due Date',
						name: 'dtVenc',
						type: 'string',
						default: '',
						placeholder: 'YYYY-MM-DD',
						description: 'Due date of the installment, as YYYY-MM-DD (API field dtVenc)',
						required: true,
					},
					{
						displayName: "Amount (BRL) (Not in eGestor's API Docs for Create)",
						name: 'valor',
						type: 'string',
						default: '',
						placeholder: 'e.g. 500.00',
						description:
							"Amount of the installment in reais (BRL, not cents), sent as typed. eGestor's API docs show it only in answers, not in the create body (not in eGestor's API docs for create). Left empty, it is not sent. (API field valor)",
					},
				],
			},
		],
	},
	{
		displayName: 'Custom Fields',
		name: 'customizado',
		type: 'fixedCollection',
		typeOptions: { multipleValues: true },
		placeholder: 'Add Custom Field',
		default: {},
		description:
			'Values of the sale custom fields xCampo1–4, listed with the labels set in eGestor (API field customizado)',
		options: [
			{
				displayName: 'Field',
				name: 'field',
				values: [
					{
						displayName: 'Field Name or ID',
						name: 'name',
						type: 'options',
						typeOptions: { loadOptionsMethod: 'getSaleCustomFields' },
						default: '',
						description:
							'Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>',
					},
					{
						displayName: 'Value',
						name: 'value',
						type: 'string',
						default: '',
					},
				],
			},
		],
	},
	optionalFields('additionalFields', 'Additional Fields', [
		saleContact,
		{
			displayName: 'Salesperson Code',
			name: 'codVendedor',
			type: 'number',
			default: 0,
			description:
				'Code of the salesperson in eGestor, a whole number from 1 (API field codVendedor)',
		},
		{
			displayName: "Delivery Date (Not in eGestor's API Docs for Create)",
			name: 'dtEntrega',
			type: 'string',
			default: '',
			placeholder: 'YYYY-MM-DD',
			description:
				"Delivery date, as YYYY-MM-DD. eGestor's API docs show it only in answers, not in the create body (not in eGestor's API docs for create). (API field dtEntrega)",
		},
		tagsField,
	]),
	{
		displayName:
			'eGestor does not allow sales to be edited: to change one, delete it and create it again',
		name: 'notice',
		type: 'notice',
		default: '',
	},
]);

/** A value the user left empty (an untouched text field, or an expression giving nothing). */
function isEmpty(value: unknown): boolean {
	return (
		value === undefined || value === null || (typeof value === 'string' && value.trim() === '')
	);
}

function entries(value: unknown, key: string): IDataObject[] {
	const list = (value as IDataObject | undefined)?.[key];
	return Array.isArray(list) ? (list as IDataObject[]) : [];
}

/** The product lines, checked. */
function products(context: IExecuteFunctions, itemIndex: number): IDataObject[] | undefined {
	const lines = entries(context.getNodeParameter('produtos', itemIndex, {}), 'product');
	if (lines.length === 0) return undefined;
	return lines.map((line, n) => {
		const label = (field: string) => `Products › ${n + 1} › ${field}`;
		const code = checkedNumber(
			context,
			locatorValue(line.codProduto),
			label('Product'),
			itemIndex,
			{
				min: 1,
			},
		);
		if (!Number.isInteger(code))
			throw invalid(
				context,
				itemIndex,
				`"${label('Product')}" must be a whole number`,
				`Got "${code}" on item ${itemIndex}.`,
			);
		const body: IDataObject = {
			codProduto: code,
			quant: checkedNumber(context, line.quant ?? 1, label('Quantity'), itemIndex, { min: 0 }),
		};
		body.vDesc = checkedNumber(context, line.vDesc ?? 0, label('Discount (BRL)'), itemIndex, {
			min: 0,
		});
		if (!isEmpty(line.preco)) {
			body.preco = checkedNumber(context, line.preco, label('Unit Price (BRL)'), itemIndex, {
				min: 0,
			});
		}
		const obs = String(line.obs ?? '').trim();
		if (obs !== '') body.obs = obs;
		return body;
	});
}

/** The installments, checked. */
function installments(context: IExecuteFunctions, itemIndex: number): IDataObject[] | undefined {
	const lines = entries(context.getNodeParameter('financeiros', itemIndex, {}), 'installment');
	if (lines.length === 0) return undefined;
	return lines.map((line, n) => {
		const label = (field: string) => `Installments › ${n + 1} › ${field}`;
		const body: IDataObject = {
			dtVenc: checkedDate(context, line.dtVenc, label('Due Date'), itemIndex),
		};
		if (!isEmpty(line.valor)) {
			body.valor = checkedNumber(context, line.valor, label('Amount (BRL)'), itemIndex, {
				min: 0,
			});
		}
		return body;
	});
}

/** The custom field values, each of xCampo1–4 at most once. */
function customFields(context: IExecuteFunctions, itemIndex: number): IDataObject | undefined {
	const lines = entries(context.getNodeParameter('customizado', itemIndex, {}), 'field');
	if (lines.length === 0) return undefined;
	const fields: IDataObject = {};
	for (const line of lines) {
		const name = String(line.name ?? '').trim();
		if (!/^xCampo[1-4]$/.test(name)) {
			throw invalid(
				context,
				itemIndex,
				`"Custom Fields" must be xCampo1 to xCampo4, not "${name}"`,
				`Choose xCampo1, xCampo2, xCampo3 or xCampo4 on item ${itemIndex}.`,
			);
		}
		if (name in fields) {
			throw invalid(
				context,
				itemIndex,
				`"Custom Fields" sets ${name} more than once`,
				`Set each custom field once on item ${itemIndex}.`,
			);
		}
		fields[name] = String(line.value ?? '');
	}
	return fields;
}

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const dtVenda = checkedDate(
		this,
		this.getNodeParameter('dtVenda', itemIndex, ''),
		'Sale Date',
		itemIndex,
	);
	const rule = rulesFor(this, itemIndex);
	const extra = apiFields(this.getNodeParameter('additionalFields', itemIndex, {}) as IDataObject, {
		codContato: (value) => rule.number('Contact', { min: 1 })(locatorValue(value)),
		codVendedor: rule.number('Salesperson Code', { min: 1 }),
		dtEntrega: rule.date('Delivery Date'),
		tags: tagList,
	});
	const body: IDataObject = { dtVenda, ...extra };
	const customizado = customFields(this, itemIndex);
	const produtos = products(this, itemIndex);
	const financeiros = installments(this, itemIndex);
	if (customizado !== undefined) body.customizado = customizado;
	if (produtos !== undefined) body.produtos = produtos;
	if (financeiros !== undefined) body.financeiros = financeiros;
	return await eGestorCreate(this, itemIndex, sale.path, body);
}
