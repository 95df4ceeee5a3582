import type { IDataObject, INodeListSearchItems } from 'n8n-workflow';

import type { ListSearchMethod } from '../../shared/list-search';
import { labelMatches, labelText as text, listSearchPage } from '../../shared/list-search';
import { platformDealLabel } from '../../shared/pipeline-deals';
import { ecosysAuto } from '../transport';

/**
 * One page (50 records) of an Ecosys Auto list per call. The quickstart names no search
 * parameter for these lists, so the typed text is sent as `search` (which the API may honour
 * or ignore) and the page is also filtered here on the label, so the list is right either way.
 */
function searchList(path: string, label: (record: IDataObject) => string): ListSearchMethod {
	return async function (filter, paginationToken) {
		const search = (filter ?? '').trim();
		const { records, paginationToken: next } = await listSearchPage(
			this,
			ecosysAuto,
			{ method: 'GET', path, qs: search === '' ? {} : { search } },
			{ paginationToken, pageSize: 50 },
		);
		const results: INodeListSearchItems[] = records
			.map((record) => ({ name: label(record), value: String(record.id) }))
			.filter((item) => labelMatches(item, search));
		return { results, paginationToken: next };
	};
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
export const searchClients = searchList('/clients', clientLabel);

/** Vehicles for the Vehicle pickers, by title or plate. */
export const searchVehicles = searchList('/vehicles', vehicleLabel);

/** Deals for the Deal pickers, by title (or client name). */
export const searchDeals = searchList('/deals', platformDealLabel);
