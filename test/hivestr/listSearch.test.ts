import type { ILoadOptionsFunctions, INode } from 'n8n-workflow';

import { Hivestr } from '../../nodes/Hivestr/Hivestr.node';
import { searchClients } from '../../nodes/Hivestr/methods/listSearch';
import { clientListQuery } from '../../sandbox/contracts/hivestr';
import { HIVESTR_ORIGIN, HIVESTR_TOKEN, hivestrApi, queriesSeen } from './hivestr-harness';

/** Just enough of n8n's load-options context: the stored credential and a signed request. */
function loadOptionsContext() {
	const node = { name: 'Hivestr', credentials: {} } as unknown as INode;
	const httpRequestWithAuthentication = jest.fn(async function (
		this: unknown,
		_type: string,
		options: { baseURL: string; url: string; qs: Record<string, string | number> },
	) {
		const url = new URL(options.baseURL + options.url);
		for (const [key, value] of Object.entries(options.qs)) url.searchParams.set(key, String(value));
		const response = await fetch(url, { headers: { authorization: `Bearer ${HIVESTR_TOKEN}` } });
		return { statusCode: response.status, headers: {}, body: (await response.json()) as unknown };
	});
	return {
		getNode: () => node,
		getCredentials: async () => ({ baseUrl: `${HIVESTR_ORIGIN}/api/v1` }),
		helpers: { httpRequestWithAuthentication },
	} as unknown as ILoadOptionsFunctions;
}

describe('Hivestr › client picker (list search)', () => {
	it('is wired to the node', () => {
		expect(new Hivestr().methods.listSearch.searchClients).toBe(searchClients);
	});

	it('searches clients by the typed text and pages on with total_pages', async () => {
		const seen = queriesSeen();
		const api = hivestrApi()
			.get('/api/v1/public/clients')
			.query(seen.match)
			.reply(200, {
				success: true,
				data: [
					{ id: 'c-1', name: 'João Silva', company_name: 'Empresa XYZ' },
					{ id: 'c-2', name: 'Joana Lima', company_name: null },
				],
				pagination: { page: 1, limit: 50, total: 60, total_pages: 2 },
			});

		const result = await searchClients.call(loadOptionsContext(), ' Jo ');

		expect(api.isDone()).toBe(true);
		expect(seen.queries.map((query) => clientListQuery.parse(query))).toEqual([
			{ page: 1, limit: 50, search: 'Jo' },
		]);
		expect(result).toEqual({
			results: [
				{ name: 'João Silva (Empresa XYZ)', value: 'c-1' },
				{ name: 'Joana Lima', value: 'c-2' },
			],
			paginationToken: '2',
		});
	});

	it('reads the page named by the token and stops on the last one', async () => {
		hivestrApi()
			.get('/api/v1/public/clients')
			.query({ page: '2', limit: '50' })
			.reply(200, {
				success: true,
				data: [{ id: 'c-51', name: 'Zeca' }],
				pagination: { page: 2, limit: 50, total: 51, total_pages: 2 },
			});

		const result = await searchClients.call(loadOptionsContext(), undefined, '2');

		expect(result).toEqual({
			results: [{ name: 'Zeca', value: 'c-51' }],
			paginationToken: undefined,
		});
	});
});
