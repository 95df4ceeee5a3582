import type { IDataObject, ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';

import { apiRequest } from '../../shared/request';
import { hivestr } from '../transport';

/** Clients for the Client pickers, searched by name, e-mail, company, CNPJ or CPF. */
export async function searchClients(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	const page = Number(paginationToken ?? 1) || 1;
	const qs: IDataObject = { page, limit: 50 };
	if (filter !== undefined && filter.trim() !== '') qs.search = filter.trim();
	const { body } = await apiRequest.call(this, hivestr, {
		method: 'GET',
		path: '/public/clients',
		qs,
	});
	const { data, pagination } = body as {
		data?: IDataObject[];
		pagination?: { total_pages?: number };
	};
	const results = (Array.isArray(data) ? data : []).map((client) => {
		const company = typeof client.company_name === 'string' ? ` (${client.company_name})` : '';
		return {
			name: `${String(client.name ?? client.id)}${company}`,
			value: String(client.id),
		};
	});
	const totalPages = Number(pagination?.total_pages);
	return {
		results,
		paginationToken:
			Number.isFinite(totalPages) && page < totalPages ? String(page + 1) : undefined,
	};
}
