import type { IDataObject, INodeListSearchItems } from 'n8n-workflow';

import type { ListSearchMethod } from '../../shared/list-search';
import { labelMatches, labelText as text, listSearchPage } from '../../shared/list-search';
import { hivestr } from '../transport';

/**
 * One page of a Hivestr list per call (per keystroke or scroll), through the shared request
 * core and so on the credential's rate budget; n8n asks for the next page with the token.
 * Where the list takes a search (`searchParam`), the typed text is sent; where hivestr.txt
 * names none, the page is filtered here on the label, so a search reads no more than a page.
 */
function searchList(options: {
	path: string;
	pageSize: number;
	label: (record: IDataObject) => string;
	searchParam?: string;
}): ListSearchMethod {
	const { path, pageSize, label, searchParam } = options;
	return async function (filter, paginationToken) {
		const search = (filter ?? '').trim();
		const qs = searchParam !== undefined && search !== '' ? { [searchParam]: search } : {};
		const { records, paginationToken: next } = await listSearchPage(
			this,
			hivestr,
			{ method: 'GET', path, qs },
			{ paginationToken, pageSize },
		);
		const results: INodeListSearchItems[] = records.map((record) => ({
			name: label(record),
			value: String(record.id),
		}));
		return {
			results:
				searchParam === undefined ? results.filter((item) => labelMatches(item, search)) : results,
			paginationToken: next,
		};
	};
}

/** A client as its picker lists it: name, then company name (GET /clients). */
function clientLabel(client: IDataObject): string {
	const name = text(client.name) || String(client.id);
	const company = text(client.company_name);
	return company === '' ? name : `${name} (${company})`;
}

/**
 * A pipeline card as its picker lists it: title, then stage. hivestr.txt shows no card list
 * answer; the fields are those a card is created with (POST /pipeline/deals: title,
 * pipeline_stage) and that a created client's pipeline_deal holds.
 */
function cardLabel(card: IDataObject): string {
	const title = text(card.title) || `Card ${String(card.id)}`;
	const stage = text(card.pipeline_stage);
	return stage === '' ? title : `${title} (${stage})`;
}

/** A proposal as its picker lists it: number and title, then client (GET /proposals). */
function proposalLabel(proposal: IDataObject): string {
	const title =
		[text(proposal.proposal_number), text(proposal.title)].filter(Boolean).join(' · ') ||
		`Proposal ${String(proposal.id)}`;
	const client = text((proposal.client as IDataObject | null | undefined)?.name);
	return client === '' ? title : `${title} (${client})`;
}

/** A media vehicle as its picker lists it: name, then media type and city (GET /inventory/list). */
function inventoryLabel(media: IDataObject): string {
	const name = text(media.name) || `Inventory item ${String(media.id)}`;
	const detail = [text(media.media_type), text(media.city)].filter(Boolean).join(', ');
	return detail === '' ? name : `${name} (${detail})`;
}

/** Clients for the Client pickers, 50 a page, searched by Hivestr (search: name, e-mail, company, CNPJ, CPF). */
export const searchClients = searchList({
	path: '/public/clients',
	pageSize: 50,
	label: clientLabel,
	searchParam: 'search',
});

/** Cards for the Pipeline Card pickers, 100 a page; GET /pipeline/deals has no text search. */
export const searchCards = searchList({
	path: '/public/pipeline/deals',
	pageSize: 100,
	label: cardLabel,
});

/** Proposals for the Proposal pickers, 100 a page; GET /proposals has no text search. */
export const searchProposals = searchList({
	path: '/public/proposals',
	pageSize: 100,
	label: proposalLabel,
});

/** Media vehicles for the Inventory Item picker, 100 a page (the documented maximum); no text search. */
export const searchInventory = searchList({
	path: '/public/inventory/list',
	pageSize: 100,
	label: inventoryLabel,
});
