import type { IDataObject } from 'n8n-workflow';
import type { RequestBodyMatcher } from 'nock';

import { HivestrApi } from '../../credentials/HivestrApi.credentials';
import { Hivestr } from '../../nodes/Hivestr/Hivestr.node';
import {
	searchCards,
	searchClients,
	searchInventory,
	searchProposals,
} from '../../nodes/Hivestr/methods/listSearch';
import { startHivestr } from '../../sandbox';
import type { Sandbox } from '../../sandbox';
import { listSearchContext } from '../harness/list-search';
import { allowLoopback, call } from '../sandbox/client';
import { bodiesSeen, hivestrApi, runHivestr, tokenExchange } from './hivestr-harness';

const picker = (credentialData: Record<string, string>, resource: string, parameter: string) =>
	listSearchContext({
		nodeName: 'hivestr',
		node: new Hivestr(),
		credentialTypes: [new HivestrApi()],
		credentialType: 'hivestrApi',
		credentialData,
		parameters: { resource, operation: 'get' },
		parameter,
	});

describe('Hivestr › pickers (list search) on the sandbox', () => {
	allowLoopback();
	let sandbox: Sandbox;
	let token: string;
	let proposal: IDataObject;
	beforeEach(async () => {
		sandbox = await startHivestr();
		const exchange = await call(sandbox.baseUrl, 'POST', '/auth/token', {
			body: { api_key: sandbox.credentials.apiKey, api_secret: sandbox.credentials.apiSecret },
		});
		token = String(exchange.body.access_token);
		const clients = await call(sandbox.baseUrl, 'GET', '/public/clients', { token });
		const created = await call(sandbox.baseUrl, 'POST', '/public/proposals', {
			token,
			body: {
				client_id: clients.body.data[0].id,
				title: 'Campanha Verão 2024',
				campaign_start_date: '2024-01-15',
				campaign_end_date: '2024-01-29',
				items: [
					{ vehicle_id: 'inv-dooh-shopping', quantity: 1, unit_price: 500000, final_price: 250005 },
				],
			},
		});
		expect(created.status).toBe(201);
		proposal = created.body.data as IDataObject;
	});
	afterEach(async () => await sandbox.stop());

	const firstId = async (path: string) =>
		String((await call(sandbox.baseUrl, 'GET', path, { token })).body.data[0].id);

	it('are wired to the node', () => {
		expect(new Hivestr().methods.listSearch).toEqual({
			searchCards,
			searchClients,
			searchInventory,
			searchProposals,
		});
	});

	it('the Client picker sends the typed text as search, one page of 50', async () => {
		const { context, requests } = picker(sandbox.credentials, 'client', 'clientId');
		const found = await searchClients.call(context, ' joão ');
		expect(found).toEqual({
			results: [{ name: 'João Silva (Empresa XYZ Ltda)', value: await firstId('/public/clients') }],
			paginationToken: undefined,
		});
		expect(requests).toHaveBeenCalledTimes(1);
		expect(requests.mock.calls[0][1]).toMatchObject({
			method: 'GET',
			url: '/public/clients',
			qs: { search: 'joão', page: 1, limit: 50 },
		});
		const none = await searchClients.call(
			picker(sandbox.credentials, 'client', 'clientId').context,
			'zzz',
		);
		expect(none.results).toEqual([]);
	});

	it.each([
		[
			'deal',
			'dealId',
			searchCards,
			'/public/pipeline/deals',
			'xyz',
			() => 'João Silva — Empresa XYZ Ltda (Prospecção)',
		],
		[
			'proposal',
			'proposalId',
			searchProposals,
			'/public/proposals',
			'VERAO',
			(created: IDataObject) =>
				`${String(created.proposal_number)} · Campanha Verão 2024 (João Silva)`,
		],
		[
			'inventory',
			'inventoryId',
			searchInventory,
			'/public/inventory/list',
			'rádio',
			() => 'Rádio CBN Brasília - Manhã (RADIO, Brasília)',
		],
	])(
		'the %s picker reads one page of 100 and keeps the records whose label holds the text',
		async (resource, parameter, method, path, text, label) => {
			const { context, requests } = picker(sandbox.credentials, resource, parameter);
			const found = await method.call(context, text);
			const id = path === '/public/inventory/list' ? 'inv-radio-cbn' : await firstId(path);
			expect(found).toEqual({
				results: [{ name: label(proposal), value: id }],
				paginationToken: undefined,
			});
			expect(requests).toHaveBeenCalledTimes(1);
			expect(requests.mock.calls[0][1]).toMatchObject({
				method: 'GET',
				url: path,
				qs: { page: 1, limit: 100 },
			});
			expect(Object.keys(requests.mock.calls[0][1].qs ?? {}).sort()).toEqual(['limit', 'page']);
			const none = await method.call(
				picker(sandbox.credentials, resource, parameter).context,
				'zzz',
			);
			expect(none.results).toEqual([]);
		},
	);

	it('the Inventory Item picker lists every media vehicle by name, type and city', async () => {
		const { context } = picker(sandbox.credentials, 'inventory', 'inventoryId');
		const found = await searchInventory.call(context);
		expect(found.results).toEqual([
			{ name: 'Painel Digital Shopping (DOOH, Brasília)', value: 'inv-dooh-shopping' },
			{ name: 'Outdoor Eixo Monumental (OOH, Brasília)', value: 'inv-ooh-eixo' },
			{ name: 'Rádio CBN Brasília - Manhã (RADIO, Brasília)', value: 'inv-radio-cbn' },
			{ name: 'Painel Rodoviária (inativo) (OOH, Goiânia)', value: 'inv-ooh-rodoviaria' },
		]);
	});

	it('reads the page named by the token and hands n8n the next one', async () => {
		for (let index = 0; index < 100; index++) {
			await call(sandbox.baseUrl, 'POST', '/public/clients', {
				token,
				body: { name: `Cliente ${index}` },
			});
		}
		const first = picker(sandbox.credentials, 'deal', 'dealId');
		const page1 = await searchCards.call(first.context);
		expect(page1.results).toHaveLength(100);
		expect(page1.paginationToken).toBe('2');
		expect(first.requests).toHaveBeenCalledTimes(1);
		const second = picker(sandbox.credentials, 'deal', 'dealId');
		const page2 = await searchCards.call(second.context, '', '2');
		expect(page2.results).toHaveLength(1);
		expect(page2.paginationToken).toBeUndefined();
		expect(second.requests.mock.calls[0][1]).toMatchObject({ qs: { page: 2, limit: 100 } });
	});
});

describe('Hivestr › pickers in operations: From List, By ID and a saved plain ID send the same request', () => {
	const rl = (value: string, mode: string) => ({ __rl: true, mode, value });
	const saved = [
		['From List', (id: string) => rl(id, 'list')],
		['By ID', (id: string) => rl(` ${id} `, 'id')],
		['a plain ID saved before the picker', (id: string) => id],
	] as const;

	const cases: Array<[string, IDataObject, string, string, string, IDataObject?]> = [
		['deal get', { resource: 'deal', operation: 'get' }, 'dealId', 'GET', '/pipeline/deals/d-1'],
		[
			'deal moveStage',
			{ resource: 'deal', operation: 'moveStage', pipelineStage: 'Proposta' },
			'dealId',
			'PATCH',
			'/pipeline/deals/d-1/stage',
			{ pipeline_stage: 'Proposta' },
		],
		[
			'task getAll',
			{ resource: 'task', operation: 'getAll', returnAll: true },
			'dealId',
			'GET',
			'/pipeline/deals/d-1/tasks',
		],
		[
			'task create',
			{ resource: 'task', operation: 'create', title: 'Ligar' },
			'dealId',
			'POST',
			'/pipeline/deals/d-1/tasks',
			{ title: 'Ligar' },
		],
		[
			'proposal get',
			{ resource: 'proposal', operation: 'get' },
			'proposalId',
			'GET',
			'/proposals/d-1',
		],
		[
			'proposal update',
			{ resource: 'proposal', operation: 'update', updateFields: { status: 'sent' } },
			'proposalId',
			'PUT',
			'/proposals/d-1',
			{ status: 'sent' },
		],
		[
			'inventory get',
			{ resource: 'inventory', operation: 'get' },
			'inventoryId',
			'GET',
			'/inventory/d-1',
		],
	];

	describe.each(cases)('%s', (_, parameters, field, method, path, body) => {
		it.each(saved)('%s', async (__, value) => {
			tokenExchange();
			const api = hivestrApi()
				.intercept(`/api/v1/public${path}`, method, body as RequestBodyMatcher | undefined)
				.reply(200, { success: true, data: path.endsWith('/tasks') ? [] : { id: 'd-1' } });
			const result = await runHivestr({ ...parameters, [field]: value('d-1') });
			expect(result.error).toBeUndefined();
			expect(api.isDone()).toBe(true);
		});
	});

	it.each([
		['dealId', 'deal', '"Pipeline Card" is required'],
		['proposalId', 'proposal', '"Proposal" is required'],
		['inventoryId', 'inventory', '"Inventory Item" is required'],
	])('an empty %s is refused before any request', async (field, resource, message) => {
		const exchange = tokenExchange();
		const result = await runHivestr({
			resource,
			operation: 'get',
			[field]: rl('={{ " " }}', 'id'),
		});
		expect(result.error?.message).toBe(message);
		expect(exchange.isDone()).toBe(false);
	});

	it.each(saved)("a proposal item's Vehicle: %s sends the same vehicle_id", async (_, value) => {
		tokenExchange();
		const seen = bodiesSeen();
		const api = hivestrApi()
			.post('/api/v1/public/proposals/calculate', seen.match)
			.reply(200, { success: true, data: { items: [] } });
		const result = await runHivestr({
			resource: 'proposal',
			operation: 'calculate',
			campaignStartDate: '2024-01-15',
			campaignEndDate: '2024-01-29',
			calculationItems: { item: [{ vehicle_id: value('inv-dooh-shopping'), is_bonus: false }] },
		});
		expect(result.error).toBeUndefined();
		expect(api.isDone()).toBe(true);
		expect(seen.bodies[0]).toEqual({
			campaign_start_date: '2024-01-15',
			campaign_end_date: '2024-01-29',
			items: [{ vehicle_id: 'inv-dooh-shopping', is_bonus: false }],
		});
	});
});
