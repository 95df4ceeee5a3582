import { WoofedCrmApi } from '../../credentials/WoofedCrmApi.credentials';
import { searchContacts, searchDeals } from '../../nodes/WoofedCrm/methods/listSearch';
import { WoofedCrm } from '../../nodes/WoofedCrm/WoofedCrm.node';
import { startWoofed } from '../../sandbox';
import type { Sandbox } from '../../sandbox';
import { listSearchContext } from '../harness/list-search';
import { allowLoopback, call } from '../sandbox/client';
import { ACCOUNT, woofedApi, woofedHarness, woofedNode } from './woofedcrm-harness';

/** The document's "Obter negócio" answer (GET /deals/{id}), nested records included. */
const documentedDeal = {
	id: 1,
	name: 'Lead site: Rubel',
	status: 'open',
	stage_id: 1,
	contact_id: 1,
	custom_attributes: { source: 'Website' },
	created_at: '2025-01-12T18:21:03Z',
	updated_at: '2025-01-12T18:21:03Z',
	pipeline_id: 1,
	position: 1,
	created_by_id: null,
	total_deal_products_amount_in_cents: 0,
	lost_at: null,
	won_at: null,
	lost_reason: '',
	account_id: 1,
	contact: { id: 1, full_name: 'Tim Maia' },
	stage: { id: 1, name: 'Stage 1' },
	pipeline: { id: 1, name: 'sales' },
	deal_assignees: [],
	deal_products: [],
};
/** The document's contact (nested in "Obter negócio"), with the deals and events a Get adds. */
const documentedContact = {
	id: 1,
	full_name: 'Tim Maia',
	phone: '+555678606681',
	email: 'sabina.lockman@robel.example',
	custom_attributes: {},
	additional_attributes: {},
	app_type: null,
	app_id: null,
	created_at: '2025-01-12T18:21:00Z',
	updated_at: '2025-01-12T18:21:00Z',
	account_id: 1,
	label_list: [],
	chatwoot_conversations_label_list: [],
	deals: [],
	events: [],
};
const dealKeys = [
	'id',
	'name',
	'status',
	'stage_id',
	'pipeline_id',
	'contact_id',
	'total_deal_products_amount_in_cents',
	'won_at',
	'lost_at',
	'updated_at',
];
const contactKeys = ['id', 'full_name', 'email', 'phone', 'label_list', 'created_at', 'updated_at'];

const pagy = (data: object[], count = data.length) => ({
	data,
	pagination: {
		page: 1,
		items: 10,
		count,
		pages: 1,
		from: 1,
		last: 1,
		to: count,
		prev: null,
		next: null,
	},
});

describe('WoofedCRM › pickers (list search) on the sandbox', () => {
	allowLoopback();
	let sandbox: Sandbox | undefined;
	afterEach(async () => {
		await sandbox?.stop();
		sandbox = undefined;
	});

	const picker = (parameter: string) =>
		listSearchContext({
			nodeName: 'woofedCrm',
			node: new WoofedCrm(),
			credentialTypes: [new WoofedCrmApi()],
			credentialType: 'woofedCrmApi',
			credentialData: (sandbox as Sandbox).credentials,
			parameters: { resource: 'deal', operation: 'get' },
			parameter,
		});

	it('are wired to the node', () => {
		expect(new WoofedCrm().methods.listSearch).toEqual({ searchContacts, searchDeals });
	});

	it('Contact: searches full_name_cont, newest first, one pagy page, labelled name (e-mail)', async () => {
		sandbox = await startWoofed();
		const { context, requests } = picker('contactId');
		const found = await searchContacts.call(context, 'tim');
		expect(found).toEqual({
			results: [{ name: 'Tim Maia (tim.maia@example.com)', value: '1' }],
			paginationToken: undefined,
		});
		expect(requests).toHaveBeenCalledTimes(1);
		expect(requests.mock.calls[0][1]).toMatchObject({
			method: 'POST',
			url: `/accounts/${sandbox.credentials.accountId}/contacts/search`,
			qs: { page: 1 },
			body: { query: { s: 'id desc', full_name_cont: 'tim' } },
		});
	});

	it('Contact: 10 a page; the token asks for the next page, one request each', async () => {
		sandbox = await startWoofed();
		for (let index = 0; index < 10; index++) {
			await call(
				`${sandbox.baseUrl}/api/v1`,
				'POST',
				`/accounts/${sandbox.credentials.accountId}/contacts`,
				{
					token: sandbox.credentials.apiToken,
					body: { full_name: `Pessoa ${index}` },
				},
			);
		}
		const first = picker('contactId');
		const page1 = await searchContacts.call(first.context);
		expect(page1.results).toHaveLength(10);
		expect(page1.results[0]).toEqual({ name: 'Pessoa 9', value: '12' });
		expect(page1.paginationToken).toBe('2');
		expect(first.requests).toHaveBeenCalledTimes(1);
		const second = picker('contactId');
		const page2 = await searchContacts.call(second.context, undefined, '2');
		expect(page2.results.map((item) => item.name)).toEqual([
			'Padaria Pão Bom (contato@paobom.com.br)',
			'Tim Maia (tim.maia@example.com)',
		]);
		expect(page2.paginationToken).toBeUndefined();
		expect(second.requests).toHaveBeenCalledTimes(1);
	});

	it('Deal: searches name_cont (documented), labelled name (status)', async () => {
		sandbox = await startWoofed();
		const { context, requests } = picker('dealId');
		const found = await searchDeals.call(context, 'rubel');
		expect(found).toEqual({
			results: [{ name: 'Lead site: Rubel (open)', value: '1' }],
			paginationToken: undefined,
		});
		expect(requests).toHaveBeenCalledTimes(1);
		expect(requests.mock.calls[0][1]).toMatchObject({
			body: { query: { name_cont: 'rubel', s: 'id desc' } },
		});
		const none = await searchDeals.call(picker('dealId').context, 'zzz');
		expect(none.results).toEqual([]);
	});

	it('Deal: where the server allows no deal field (422), lists the page and filters it on the label', async () => {
		sandbox = await startWoofed({ dealSearch: 'none' });
		const { context, requests } = picker('dealId');
		const found = await searchDeals.call(context, 'RUBEL');
		expect(found).toEqual({
			results: [{ name: 'Lead site: Rubel (open)', value: '1' }],
			paginationToken: undefined,
		});
		expect(requests).toHaveBeenCalledTimes(2);
		expect(requests.mock.calls[1][1]).toMatchObject({ body: { query: { s: 'id desc' } } });
		const all = await searchDeals.call(picker('dealId').context);
		expect(all.results).toEqual([{ name: 'Lead site: Rubel (open)', value: '1' }]);
	});
});

describe('WoofedCRM › locators in operations', () => {
	const rl = (value: string, mode = 'list') => ({ __rl: true, mode, value });

	it.each([
		['contact', 'get', { contactId: rl('42') }, 'GET', `${ACCOUNT}/contacts/42`],
		['contact', 'get', { contactId: '42' }, 'GET', `${ACCOUNT}/contacts/42`],
		['contact', 'delete', { contactId: rl(' 42 ', 'id') }, 'DELETE', `${ACCOUNT}/contacts/42`],
		['deal', 'get', { dealId: rl('27') }, 'GET', `${ACCOUNT}/deals/27`],
	])(
		'%s %s sends the chosen record in the path (%j)',
		async (resource, operation, ids, method, path) => {
			const api = woofedApi()
				.intercept(path, method)
				.reply(method === 'DELETE' ? 204 : 200, method === 'DELETE' ? '' : { id: 42 });
			const result = await woofedHarness().runChain(
				[{}],
				[woofedNode('Node', { resource, operation, ...ids })],
			);
			expect(result.error).toBeUndefined();
			expect(api.isDone()).toBe(true);
		},
	);

	it('Update, Create (contact), Upsert (contact) and Deal Event take the locator value', async () => {
		const bodies: unknown[] = [];
		const seen = (body: unknown) => bodies.push(body) > 0;
		const api = woofedApi()
			.put(`${ACCOUNT}/deals/27`, seen)
			.reply(200, { id: 27 })
			.post(`${ACCOUNT}/deals`, seen)
			.reply(201, { id: 28 })
			.post(`${ACCOUNT}/deals/upsert`, seen)
			.reply(200, { id: 28 })
			.post(`${ACCOUNT}/deals/27/events`, seen)
			.reply(201, { id: 5 });
		const result = await woofedHarness().runChain(
			[{}],
			[
				woofedNode('Update', {
					resource: 'deal',
					operation: 'update',
					dealId: rl('27'),
					updateFields: { status: 'won', contact_id: rl('43') },
				}),
				woofedNode('Create', {
					resource: 'deal',
					operation: 'create',
					stage_id: 1,
					contact_id: rl('42'),
				}),
				woofedNode('Upsert', {
					resource: 'deal',
					operation: 'upsert',
					stage_id: 1,
					contact_id: rl('42', 'id'),
				}),
				woofedNode('Event', {
					resource: 'dealEvent',
					operation: 'create',
					dealId: rl('27'),
					kind: 'note',
					content: 'Ligou',
				}),
			],
		);
		expect(result.error).toBeUndefined();
		expect(api.isDone()).toBe(true);
		expect(bodies.slice(0, 3)).toEqual([
			{ status: 'won', contact_id: 43 },
			{ stage_id: 1, contact_id: 42 },
			{ stage_id: 1, contact_id: 42 },
		]);
	});
});

describe('WoofedCRM › ID checks before any request', () => {
	it.each([
		[
			'deal',
			'get',
			{ dealId: { __rl: true, mode: 'id', value: 'a/b' } },
			'A WoofedCRM deal ID is a whole number, e.g. 27',
		],
		[
			'contact',
			'get',
			{ contactId: { __rl: true, mode: 'id', value: '4 2' } },
			'A WoofedCRM contact ID is a whole number, e.g. 42',
		],
	])(
		'%s %s refuses a By ID value that is not a number (%j)',
		async (resource, operation, ids, message) => {
			await expect(
				woofedHarness().runChain([{}], [woofedNode('Node', { resource, operation, ...ids })]),
			).rejects.toThrow(message);
		},
	);

	it('a plain ID saved before the locator still goes through pathOf (encoded)', async () => {
		const api = woofedApi().get(`${ACCOUNT}/deals/a%2Fb`).reply(200, { id: 1 });
		const result = await woofedHarness().runChain(
			[{}],
			[woofedNode('Get', { resource: 'deal', operation: 'get', dealId: 'a/b' })],
		);
		expect(result.error).toBeUndefined();
		expect(api.isDone()).toBe(true);
	});
});

describe('WoofedCRM › Simplify', () => {
	it.each([
		[true, dealKeys],
		[false, Object.keys(documentedDeal)],
	])('Deal › Get with Simplify %s outputs exactly these keys', async (simplify, keys) => {
		woofedApi().get(`${ACCOUNT}/deals/1`).reply(200, documentedDeal);
		const result = await woofedHarness().runChain(
			[{}],
			[woofedNode('Get', { resource: 'deal', operation: 'get', dealId: rl1, simplify })],
		);
		expect(result.error).toBeUndefined();
		expect(Object.keys(result.output('Get')[0])).toEqual(keys);
	});

	it.each([
		[true, contactKeys],
		[false, Object.keys(documentedContact)],
	])('Contact › Get with Simplify %s outputs exactly these keys', async (simplify, keys) => {
		woofedApi().get(`${ACCOUNT}/contacts/1`).reply(200, documentedContact);
		const result = await woofedHarness().runChain(
			[{}],
			[woofedNode('Get', { resource: 'contact', operation: 'get', contactId: rl1, simplify })],
		);
		expect(result.error).toBeUndefined();
		expect(Object.keys(result.output('Get')[0])).toEqual(keys);
	});

	it.each([
		['deal', documentedDeal, dealKeys],
		['contact', documentedContact, contactKeys],
	])(
		'%s › Search: Simplify on trims each record, off keeps all',
		async (resource, record, keys) => {
			const run = async (simplify: boolean) => {
				woofedApi()
					.post(`${ACCOUNT}/${resource}s/search`)
					.query({ page: '1' })
					.reply(200, pagy([record, { ...record, id: 2 }]));
				return await woofedHarness().runChain(
					[{}],
					[woofedNode('Search', { resource, operation: 'search', limit: 10, simplify })],
				);
			};
			const on = await run(true);
			expect(on.error).toBeUndefined();
			expect(on.output('Search').map((item) => Object.keys(item))).toEqual([keys, keys]);
			const off = await run(false);
			expect(off.output('Search')).toEqual([record, { ...record, id: 2 }]);
		},
	);
});

const rl1 = { __rl: true, mode: 'list', value: '1' };
