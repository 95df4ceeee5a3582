import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { pathOf } from '../../shared/request';
import { invalid, trimmedText } from '../../shared/validate';
import {
	contactCode,
	payableCode,
	productCode,
	receivableCode,
	saleCode,
	serviceCode,
} from './locators';

/** One eGestor resource: its node value, API path, record code field and Simplify's fields. */
export interface ResourceInfo {
	resource: string;
	/** API path of the collection, e.g. "/contatos". */
	path: string;
	/** The record code field ("codigo"): a resource locator (From List / By ID). */
	locator: INodeProperties;
	/** The fields Simplify keeps, in output order (README, "Simplify"). */
	simpleFields: readonly string[];
}

// Each list of Simplify's fields comes from the document's list and read examples of the resource.
export const contact: ResourceInfo = {
	resource: 'contact',
	path: '/contatos',
	locator: contactCode,
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
};

export const product: ResourceInfo = {
	resource: 'product',
	path: '/produtos',
	locator: productCode,
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
};

export const service: ResourceInfo = {
	resource: 'service',
	path: '/servicos',
	locator: serviceCode,
	simpleFields: ['codigo', 'descricao', 'precoVenda', 'itemListaServico', 'dtCad'],
};

export const sale: ResourceInfo = {
	resource: 'sale',
	path: '/vendas',
	locator: saleCode,
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
};

/** Recebimentos and Pagamentos list and read the same fields. */
const entrySimpleFields = [
	'codigo',
	'descricao',
	'valor',
	'situacao',
	'dtVenc',
	'dtPgto',
	'codContato',
	'data',
	'contato',
];

export const receivable: ResourceInfo = {
	resource: 'receivable',
	path: '/recebimentos',
	locator: receivableCode,
	simpleFields: entrySimpleFields,
};

export const payable: ResourceInfo = {
	resource: 'payable',
	path: '/pagamentos',
	locator: payableCode,
	simpleFields: entrySimpleFields,
};

/**
 * The record code of one item, checked before any request: a resource locator's value (From
 * List or By ID), or the plain text or number an older workflow stored. eGestor's codes are
 * numbers ("codigo (required, number, 1)" in every Detalhar of the document).
 */
export function codeOf(context: IExecuteFunctions, info: ResourceInfo, itemIndex: number): string {
	const { name, displayName } = info.locator;
	const code = trimmedText(context.getNodeParameter(name, itemIndex, '', { extractValue: true }));
	if (code === '') {
		throw invalid(
			context,
			itemIndex,
			`"${displayName}" is required`,
			`Pick a ${info.resource} from the list or enter its code on item ${itemIndex}.`,
		);
	}
	if (!/^[1-9]\d*$/.test(code)) {
		throw invalid(
			context,
			itemIndex,
			`"${displayName}" must be a ${info.resource} code (codigo): a whole number from 1`,
			`Got "${code}" on item ${itemIndex}.`,
		);
	}
	return code;
}

/** `<collection>/<code><suffix>` with the code percent-encoded. */
export function recordPath(info: ResourceInfo, code: string, suffix = ''): string {
	return `${info.path}${pathOf`/${code}`}${suffix}`;
}
