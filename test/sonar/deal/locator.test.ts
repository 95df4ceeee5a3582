import { SonarMarketingApi } from '../../../credentials/SonarMarketingApi.credentials';
import { searchDeals } from '../../../nodes/SonarMarketing/methods/listSearch';
import { SonarMarketing } from '../../../nodes/SonarMarketing/SonarMarketing.node';
import { startSonar } from '../../../sandbox';
import type { Sandbox } from '../../../sandbox';
import { listSearchContext } from '../../harness/list-search';
import { allowLoopback, call } from '../../sandbox/client';
import { sonarApi, sonarHarness, sonarNode } from '../sonar-harness';

/** The document's GET /v1/deals example deal (every field it shows). */
const documented = {
	id: '550e8400-e29b-41d4-a716-446655440000',
	title: 'Gestão de Redes Sociais - TechStore',
	description: 'Proposta para gestão completa de redes sociais',
	value: 8000,
	currency: 'BRL',
	phase: 'proposta',
	priority: 'alta',
	status: 'ativo',
	probability: 70,
	expected_close_date: '2026-03-15',
	source: 'indicacao',
	tags: ['social-media'],
	is_starred: false,
	client_id: 'cli-uuid',
	client: { id: 'cli-uuid', name: 'TechStore Brasil Ltda' },
	responsible_id: 'user-uuid',
	ai_summary: null,
	ai_win_probability: null,
	created_at: '2026-02-15T10:30:00Z',
	updated_at: '2026-03-04T14:20:00Z',
};
const simplifiedKeys = [
	'id',
	'title',
	'value',
	'phase',
	'status',
	'probability',
	'expected_close_date',
	'client_id',
	'created_at',
	'updated_at',
];

describe('Sonar Marketing › Deal picker (list search) on the sandbox', () => {
	allowLoopback();
	let sandbox: Sandbox;
	beforeEach(async () => {
		sandbox = await startSonar();
	});
	afterEach(async () => await sandbox.stop());

	const picker = () =>
		listSearchContext({
			nodeName: 'sonarMarketing',
			node: new SonarMarketing(),
			credentialTypes: [new SonarMarketingApi()],
			credentialType: 'sonarMarketingApi',
			credentialData: sandbox.credentials,
			parameters: { resource: 'deal', operation: 'get' },
			parameter: 'dealId',
		});

	it('is wired to the node', () => {
		expect(new SonarMarketing().methods.listSearch.searchDeals).toBe(searchDeals);
	});

	it('searches by the typed text (search) and labels each deal with its title and client', async () => {
		const { context, requests } = picker();
		const result = await searchDeals.call(context, ' techstore ');
		const all = await call(sandbox.baseUrl, 'GET', '/deals', {
			token: sandbox.credentials.apiKey,
			query: { search: 'techstore' },
		});
		expect(result).toEqual({
			results: [
				{
					name: 'Gestão de Redes Sociais - TechStore (TechStore Brasil Ltda)',
					value: all.body.data[0].id,
				},
			],
			paginationToken: undefined,
		});
		expect(requests).toHaveBeenCalledTimes(1);
		expect(requests.mock.calls[0][1]).toMatchObject({
			method: 'GET',
			url: '/deals',
			qs: { search: 'techstore', page: 1, limit: 50 },
		});
	});

	it('reads one page of 50 per call and hands n8n the next page as its token', async () => {
		for (let index = 0; index < 60; index++) {
			await call(sandbox.baseUrl, 'POST', '/deals', {
				token: sandbox.credentials.apiKey,
				body: { title: `Deal ${index}` },
			});
		}
		const first = picker();
		const page1 = await searchDeals.call(first.context);
		expect(page1.results).toHaveLength(50);
		expect(page1.paginationToken).toBe('2');
		expect(first.requests).toHaveBeenCalledTimes(1);

		const second = picker();
		const page2 = await searchDeals.call(second.context, undefined, '2');
		expect(page2.results).toHaveLength(12);
		expect(page2.paginationToken).toBeUndefined();
		expect(second.requests).toHaveBeenCalledTimes(1);
		const ids = new Set([...page1.results, ...page2.results].map((item) => item.value));
		expect(ids.size).toBe(62);
	});
});

describe('Sonar Marketing › Deal locator and Simplify', () => {
	it.each([
		['From List', { __rl: true, mode: 'list', value: 'd-1' }, 'get', '/api/v1/deals/d-1'],
		['By ID', { __rl: true, mode: 'id', value: ' d/2 ' }, 'get', '/api/v1/deals/d%2F2'],
		['a plain ID saved before the locator', 'd-3', 'get', '/api/v1/deals/d-3'],
	])('Get reads the deal chosen %s', async (_mode, dealId, operation, path) => {
		const api = sonarApi().get(path).reply(200, { success: true, data: documented });
		const result = await sonarHarness().runChain(
			[{}],
			[sonarNode('Get', { resource: 'deal', operation, dealId })],
		);
		expect(result.error).toBeUndefined();
		expect(result.output('Get')).toEqual([documented]);
		expect(api.isDone()).toBe(true);
	});

	it('Update and Archive send the locator value in the path', async () => {
		const api = sonarApi()
			.put('/api/v1/deals/d-1', { phase: 'proposta' })
			.reply(200, { success: true, data: { id: 'd-1', phase: 'proposta' } })
			.delete('/api/v1/deals/d-1')
			.reply(200, { success: true, data: { id: 'd-1', status: 'arquivado' } });
		const dealId = { __rl: true, mode: 'list', value: 'd-1' };
		const result = await sonarHarness().runChain(
			[{}],
			[
				sonarNode('Update', {
					resource: 'deal',
					operation: 'update',
					dealId,
					updateFields: { phase: 'proposta' },
				}),
				sonarNode('Archive', { resource: 'deal', operation: 'archive', dealId }),
			],
		);
		expect(result.error).toBeUndefined();
		expect(result.output('Archive')).toEqual([{ id: 'd-1', status: 'arquivado' }]);
		expect(api.isDone()).toBe(true);
	});

	it('refuses an empty locator before any request', async () => {
		const result = await sonarHarness().runChain(
			[{}],
			[
				sonarNode('Get', {
					resource: 'deal',
					operation: 'get',
					dealId: { __rl: true, mode: 'id', value: '  ' },
				}),
			],
		);
		expect(result.error?.message).toBe('"Deal" is required');
	});

	it.each([
		[true, simplifiedKeys],
		[false, Object.keys(documented)],
	])('Get with Simplify %s outputs exactly these keys', async (simplify, keys) => {
		sonarApi().get('/api/v1/deals/d-1').reply(200, { success: true, data: documented });
		const result = await sonarHarness().runChain(
			[{}],
			[sonarNode('Get', { resource: 'deal', operation: 'get', dealId: 'd-1', simplify })],
		);
		expect(result.error).toBeUndefined();
		expect(Object.keys(result.output('Get')[0])).toEqual(keys);
	});

	it.each([
		[true, simplifiedKeys],
		[false, Object.keys(documented)],
	])('Get Many with Simplify %s outputs exactly these keys per deal', async (simplify, keys) => {
		sonarApi()
			.get('/api/v1/deals')
			.query({ page: '1', limit: '2' })
			.reply(200, {
				success: true,
				data: [documented, { ...documented, id: 'd-2' }],
				pagination: { page: 1, limit: 2, total: 2, pages: 1 },
			});
		const result = await sonarHarness().runChain(
			[{}],
			[sonarNode('List', { resource: 'deal', operation: 'getAll', limit: 2, simplify })],
		);
		expect(result.error).toBeUndefined();
		const deals = result.output('List');
		expect(deals.map((deal) => Object.keys(deal))).toEqual([keys, keys]);
		if (simplify) {
			expect(deals[1]).toEqual({
				id: 'd-2',
				title: 'Gestão de Redes Sociais - TechStore',
				value: 8000,
				phase: 'proposta',
				status: 'ativo',
				probability: 70,
				expected_close_date: '2026-03-15',
				client_id: 'cli-uuid',
				created_at: '2026-02-15T10:30:00Z',
				updated_at: '2026-03-04T14:20:00Z',
			});
		}
	});

	it('Simplify is off unless set, so workflows saved before it keep every field', () => {
		const simplify = new SonarMarketing().description.properties.filter(
			(property) => property.name === 'simplify',
		);
		expect(simplify.map((property) => property.default)).toEqual([false, false]);
	});
});
