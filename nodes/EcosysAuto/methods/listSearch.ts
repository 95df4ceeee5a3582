import type {
	IDataObject,
	ILoadOptionsFunctions,
	INodeListSearchItems,
	INodeListSearchResult,
} from 'n8n-workflow';

import { labelMatches, listSearchPage } from '../../shared/list-search';
import { platformDealLabel } from '../../shared/pipeline-deals';
import { ecosysAuto } from '../transport';

const text = (value: unknown) => (typeof value === 'string' ? value.trim() : '');

/**
 * One page (50 records) of an Ecosys Auto list per call. The quickstart names no search
 * parameter for these lists, so the typed text is sent as `search` (which the API may honour
 * or ignore) and the page is also filtered here on the label, so the list is right either way.
 */
async function searchList(
	context: ILoadOptionsFunctions,
	path: string,
	label: (record: IDataObject) => string,
	filter: string | undefined,
	paginationToken: string | undefined,
): Promise<INodeListSearchResult> {
	const search = (filter ?? '').trim();
	const { records, paginationToken: next } = await listSearchPage(
		context,
		ecosysAuto,
		{ method: 'GET', path, qs: search === '' ? {} : { search } },
		{ paginationToken, pageSize: 50 },
	);
	const results: INodeListSearchItems[] = records
		.map((record) => ({ name: label(record), value: String(record.id) }))
		.filter((item) => labelMatches(item, search));
	return { results, paginationToken: next };
}

/** A client as its picker lists it: name, then e-mail (or CPF/CNPJ when it has none). */
function clientLabel(client: IDataObject): string {
	const name = text(client.name) || `Client ${String(client.id)}`;
	const detail = text(client.email) || text(client.cpf) || text(client.cnpj);
	return detail === '' ? name : `${name} (${detail})`;
}

/** A vehicle as its picker lists it: listing title, then plate. */
function vehicleLabel(vehicle: IDataObject): string {
	const title =
		text(vehicle.title) ||
		[text(vehicle.brand), text(vehicle.model)].filter(Boolean).join(' ') ||
		`Vehicle ${String(vehicle.id)}`;
	const plate = text(vehicle.plate);
	return plate === '' ? title : `${title} (${plate})`;
}

/** Clients for the Client pickers, by name, e-mail, CPF or CNPJ. */
export async function searchClients(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	return await searchList(this, '/clients', clientLabel, filter, paginationToken);
}

/** Vehicles for the Vehicle pickers, by title or plate. */
export async function searchVehicles(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	return await searchList(this, '/vehicles', vehicleLabel, filter, paginationToken);
}

/** Deals for the Deal pickers, by title (or client name). */
export async function searchDeals(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	return await searchList(this, '/deals', platformDealLabel, filter, paginationToken);
}
