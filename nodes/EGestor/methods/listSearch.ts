import type {
	IDataObject,
	ILoadOptionsFunctions,
	INodeListSearchItems,
	INodeListSearchResult,
} from 'n8n-workflow';

import { contact, payable, product, receivable, sale, service } from '../actions/resources';
import { eGestorRequest } from '../transport';

type ListSearch = (
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
) => Promise<INodeListSearchResult>;

/**
 * A record picker (From List) of a code field. Each keystroke reads one 50-record page of the
 * list at `path` through eGestor's transport (rate budget of 60 requests a minute, errors as
 * eGestor words them) with the typed text as `filtro`; scrolling down reads the next page.
 * Nothing here reads every page. Each record is shown as `label` names it.
 */
function searchPage(path: string, label: (record: IDataObject) => string): ListSearch {
	return async function (this: ILoadOptionsFunctions, filter?: string, paginationToken?: string) {
		const page = Math.max(1, Math.trunc(Number(paginationToken ?? 1)) || 1);
		const qs: IDataObject = { page };
		const text = (filter ?? '').trim();
		if (text !== '') qs.filtro = text;
		const body = await eGestorRequest(this, 0, { method: 'GET', path, qs });
		const data = Array.isArray(body.data) ? (body.data as IDataObject[]) : [];
		const results: INodeListSearchItems[] = data
			.filter((record) => record.codigo !== undefined && record.codigo !== null)
			.map((record) => ({ name: label(record), value: String(record.codigo) }));
		const lastPage = Number(body.last_page);
		return {
			results,
			paginationToken: Number.isFinite(lastPage) && page < lastPage ? String(page + 1) : undefined,
		};
	};
}

/** A field as text, or undefined when it is empty. */
function textOf(value: unknown): string | undefined {
	if (typeof value === 'number') return String(value);
	if (typeof value !== 'string') return undefined;
	const text = value.trim();
	return text === '' ? undefined : text;
}

/** A label's parts joined with " · ", then the code: "Caneca preta · ref 204 (code 1)". */
function labelOf(parts: Array<string | undefined>, codigo: unknown, fallback: string): string {
	const shown = parts.filter((part): part is string => part !== undefined);
	return `${shown.length === 0 ? fallback : shown.join(' · ')} (code ${String(codigo)})`;
}

/** An amount in reais as eGestor gives it (a number, or text such as "50.00"). */
function reais(value: unknown): string | undefined {
	const text = textOf(value);
	return text === undefined ? undefined : `R$ ${text}`;
}

export const searchContacts = searchPage(contact.path, (record) => {
	const place = [textOf(record.cidade), textOf(record.uf)].filter(Boolean).join('/');
	return labelOf([textOf(record.nome), place === '' ? undefined : place], record.codigo, 'Contact');
});

export const searchProducts = searchPage(product.path, (record) => {
	const own = textOf(record.codigoProprio);
	return labelOf(
		[textOf(record.descricao), own === undefined ? undefined : `ref ${own}`],
		record.codigo,
		'Product',
	);
});

export const searchServices = searchPage(service.path, (record) =>
	labelOf([textOf(record.descricao), reais(record.precoVenda)], record.codigo, 'Service'),
);

export const searchSales = searchPage(sale.path, (record) =>
	labelOf(
		[textOf(record.nomeContato), textOf(record.dtVenda), reais(record.valorTotal)],
		record.codigo,
		'Sale',
	),
);

/** A receivable or payable: description, contact, due date (or the list's date) and amount. */
function entryLabel(fallback: string) {
	return (record: IDataObject) =>
		labelOf(
			[
				textOf(record.descricao),
				textOf(record.contato),
				textOf(record.dtVenc) ?? textOf(record.data),
				reais(record.valor),
			],
			record.codigo,
			fallback,
		);
}

export const searchReceivables = searchPage(receivable.path, entryLabel('Receivable'));

export const searchPayables = searchPage(payable.path, entryLabel('Payable'));
