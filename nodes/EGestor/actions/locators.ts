import type { INodeProperties, INodePropertyMode } from 'n8n-workflow';

/**
 * The record code fields, each a resource locator: From List (a searchable picker) or By ID
 * (eGestor's codes are whole numbers from 1: "codigo (required, number, 1)" in every
 * Detalhar of the document).
 */
function codeModes(
	searchListMethod: string,
	placeholder = 'e.g. 324',
): { modes: INodePropertyMode[] } {
	return {
		modes: [
			{
				displayName: 'From List',
				name: 'list',
				type: 'list',
				typeOptions: { searchListMethod, searchable: true },
			},
			{
				displayName: 'By ID',
				name: 'id',
				type: 'string',
				placeholder,
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
	};
}

export const contactCode: INodeProperties = {
	displayName: 'Contact',
	name: 'contactId',
	type: 'resourceLocator',
	required: true,
	default: { mode: 'list', value: '' },
	description:
		'The contact: pick it from the list (searched by the text you type) or give its code (codigo), a whole number from 1',
	...codeModes('searchContacts'),
};

export const productCode: INodeProperties = {
	displayName: 'Product',
	name: 'productId',
	type: 'resourceLocator',
	required: true,
	default: { mode: 'list', value: '' },
	description:
		'The product: pick it from the list (searched by the text you type) or give its code (codigo), a whole number from 1',
	...codeModes('searchProducts'),
};

export const serviceCode: INodeProperties = {
	displayName: 'Service',
	name: 'serviceId',
	type: 'resourceLocator',
	required: true,
	default: { mode: 'list', value: '' },
	description:
		'The service: pick it from the list (searched by the text you type) or give its code (codigo), a whole number from 1',
	...codeModes('searchServices'),
};

export const saleCode: INodeProperties = {
	displayName: 'Sale',
	name: 'saleId',
	type: 'resourceLocator',
	required: true,
	default: { mode: 'list', value: '' },
	description:
		'The sale: pick it from the list (searched by the text you type) or give its code (codigo), a whole number from 1',
	...codeModes('searchSales'),
};

export const receivableCode: INodeProperties = {
	displayName: 'Receivable',
	name: 'receivableId',
	type: 'resourceLocator',
	required: true,
	default: { mode: 'list', value: '' },
	description:
		'The receivable: pick it from the list (searched by the text you type) or give its code (codigo), a whole number from 1',
	...codeModes('searchReceivables'),
};

export const payableCode: INodeProperties = {
	displayName: 'Payable',
	name: 'payableId',
	type: 'resourceLocator',
	required: true,
	default: { mode: 'list', value: '' },
	description:
		'The payable: pick it from the list (searched by the text you type) or give its code (codigo), a whole number from 1',
	...codeModes('searchPayables'),
};

/** A receivable's or payable's contact, under Update Fields. */
export const entryContact: INodeProperties = {
	displayName: 'Contact',
	name: 'codContato',
	type: 'resourceLocator',
	default: { mode: 'list', value: '' },
	description:
		'The contact: pick it from the list or give its code (codigo), a whole number (API field codContato)',
	...codeModes('searchContacts'),
};

/** A new sale's customer, under Additional Fields. */
export const saleContact: INodeProperties = {
	displayName: "Contact (Not in eGestor's API Docs for Create)",
	name: 'codContato',
	type: 'resourceLocator',
	default: { mode: 'list', value: '' },
	description:
		"The customer: pick it from the list or give its code (codigo), a whole number from 1; eGestor's API docs show it only in answers, not in the create body (not in eGestor's API docs for create) (API field codContato)",
	...codeModes('searchContacts'),
};

/** The product of a sale's product line. */
export const saleLineProduct: INodeProperties = {
	displayName: 'Product',
	name: 'codProduto',
	type: 'resourceLocator',
	required: true,
	default: { mode: 'list', value: '' },
	description:
		'The product: pick it from the list or give its code (codigo), a whole number from 1 (API field codProduto)',
	...codeModes('searchProducts', 'e.g. 17'),
};
