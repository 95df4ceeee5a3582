import { EcosysAutoApi } from '../../credentials/EcosysAutoApi.credentials';
import { EcosysAuto } from '../../nodes/EcosysAuto/EcosysAuto.node';
import {
	searchClients,
	searchDeals,
	searchVehicles,
} from '../../nodes/EcosysAuto/methods/listSearch';
import { startEcosys } from '../../sandbox';
import type { Sandbox } from '../../sandbox';
import { listSearchContext } from '../harness/list-search';
import { allowLoopback, call } from '../sandbox/client';
import { ECOSYS_KEY, ecosysApi, ecosysHarness, ecosysNode, page } from './ecosys-harness';

/** The quickstart's client, vehicle and deal answers (every field they show). */
const client = {
	id: 'uuid-do-cliente',
	type: 'PF',
	name: 'João da Silva',
	email: 'joao.silva@email.com',
	cpf: '123.456.789-00',
	phone: '+55 11 99999-8888',
	segment: 'premium',
	status: 'active',
	created_at: '2026-02-04T10:30:00Z',
};
const vehicle = {
	id: 'uuid-do-veiculo',
	title: 'Honda Civic EXL 2.0 2024',
	brand: 'Honda',
	model: 'Civic',
	version: 'EXL 2.0 Flex',
	year_model: 2024,
	price: 142900.0,
	purchase_price: 125000.0,
	mileage: 18500,
	color: 'Preto',
	fuel: 'flex',
	transmission: 'automatico',
	plate: 'ABC1D23',
	phase: 'entrada',
	status: 'ativo',
	store_id: 'uuid-da-sua-loja',
	client_id: 'uuid-do-cliente',
	created_at: '2026-02-04T10:31:00Z',
};
const deal = {
	id: 'uuid-do-negocio',
	title: 'Venda Honda Civic 2024 — João da Silva',
	value: 142900.0,
	phase: 'lead',
	probability: 40,
	status: 'ativo',
	client_id: 'uuid-do-cliente',
	created_at: '2026-02-04T10:32:00Z',
	source: 'showroom',
	tags: ['civic', 'premium'],
};

const picker = (credentialData: Record<string, string>, resource: string, parameter: string) =>
	listSearchContext({
		nodeName: 'ecosysAuto',
		node: new EcosysAuto(),
		credentialTypes: [new EcosysAutoApi()],
		credentialType: 'ecosysAutoApi',
		credentialData,
		parameters: { resource, operation: 'get' },
		parameter,
	});

describe('Ecosys Auto › pickers (list search) on the sandbox', () => {
	allowLoopback();
	let sandbox: Sandbox;
	beforeEach(async () => {
		sandbox = await startEcosys();
	});
	afterEach(async () => await sandbox.stop());

	const idOf = async (path: string) =>
		(await call(sandbox.baseUrl, 'GET', path, { token: sandbox.credentials.apiKey })).body.data[0]
			.id as string;

	it('are wired to the node', () => {
		expect(new EcosysAuto().methods.listSearch).toEqual({
			searchClients,
			searchDeals,
			searchVehicles,
		});
	});

	it.each([
		[
			'client',
			'clientId',
			searchClients,
			'/clients',
			'joão',
			'João da Silva (joao.silva@email.com)',
		],
		[
			'vehicle',
			'vehicleId',
			searchVehicles,
			'/vehicles',
			'abc1d23',
			'Honda Civic EXL 2.0 2024 (ABC1D23)',
		],
		[
			'deal',
			'dealId',
			searchDeals,
			'/deals',
			'civic',
			'Venda Honda Civic 2024 — João da Silva (João da Silva)',
		],
	])(
		'the %s picker searches by the typed text, one page of 50, labelled',
		async (resource, parameter, method, path, text, label) => {
			const { context, requests } = picker(sandbox.credentials, resource, parameter);
			const found = await method.call(context, text);
			expect(found).toEqual({
				results: [{ name: label, value: await idOf(path) }],
				paginationToken: undefined,
			});
			expect(requests).toHaveBeenCalledTimes(1);
			expect(requests.mock.calls[0][1]).toMatchObject({
				method: 'GET',
				url: path,
				qs: { search: text, page: 1, limit: 50 },
			});
			const none = await method.call(
				picker(sandbox.credentials, resource, parameter).context,
				'zzz',
			);
			expect(none.results).toEqual([]);
		},
	);

	it('reads one page per call and hands n8n the next page as its token', async () => {
		for (let index = 0; index < 55; index++) {
			await call(sandbox.baseUrl, 'POST', '/clients', {
				token: sandbox.credentials.apiKey,
				body: { type: 'PF', name: `Cliente ${index}` },
			});
		}
		const first = picker(sandbox.credentials, 'client', 'clientId');
		const page1 = await searchClients.call(first.context);
		expect(page1.results).toHaveLength(50);
		expect(page1.paginationToken).toBe('2');
		expect(first.requests).toHaveBeenCalledTimes(1);
		const page2 = await searchClients.call(
			picker(sandbox.credentials, 'client', 'clientId').context,
			'',
			'2',
		);
		expect(page2.results).toHaveLength(6);
		expect(page2.paginationToken).toBeUndefined();
	});
});

describe('Ecosys Auto › pickers when the API ignores `search` (not in the quickstart)', () => {
	it('keeps only the records whose label holds the text, accents and case ignored', async () => {
		const api = ecosysApi()
			.get('/api/v1/clients')
			.query({ search: 'joao', page: '1', limit: '50' })
			.reply(
				200,
				page([client, { id: 'c-2', name: 'Maria Santos', email: 'maria@email.com' }], 1, 50, 2),
			);
		const { context } = picker(
			{ apiKey: ECOSYS_KEY, baseUrl: 'https://ecosys.test/api/v1', storeId: '' },
			'client',
			'clientId',
		);
		const found = await searchClients.call(context, 'joao');
		expect(found).toEqual({
			results: [{ name: 'João da Silva (joao.silva@email.com)', value: 'uuid-do-cliente' }],
			paginationToken: undefined,
		});
		expect(api.isDone()).toBe(true);
	});
});

describe('Ecosys Auto › locators in operations', () => {
	const rl = (value: string, mode = 'list') => ({ __rl: true, mode, value });

	it.each([
		['client', 'get', { clientId: rl('c-1') }, 'get', '/api/v1/clients/c-1', client],
		['client', 'get', { clientId: 'c/1' }, 'get', '/api/v1/clients/c%2F1', client],
		['vehicle', 'get', { vehicleId: rl(' v-1 ', 'id') }, 'get', '/api/v1/vehicles/v-1', vehicle],
		['deal', 'get', { dealId: rl('d-1') }, 'get', '/api/v1/deals/d-1', deal],
		['deal', 'get', { dealId: 'd-2' }, 'get', '/api/v1/deals/d-2', deal],
	])(
		'%s %s sends the chosen record in the path (%j)',
		async (resource, operation, ids, method, path, record) => {
			const api = ecosysApi()
				.intercept(path, method.toUpperCase())
				.reply(200, { success: true, data: record });
			const result = await ecosysHarness().runChain(
				[{}],
				[ecosysNode('Node', { resource, operation, ...ids })],
			);
			expect(result.error).toBeUndefined();
			expect(result.output('Node')).toEqual([record]);
			expect(api.isDone()).toBe(true);
		},
	);

	it('Update, Mark Won and Mark Lost take the locator value', async () => {
		const api = ecosysApi()
			.put('/api/v1/clients/c-1', { segment: 'vip' })
			.reply(200, { success: true, data: { ...client, id: 'c-1', segment: 'vip' } })
			.put('/api/v1/vehicles/v-1', { price: 1000 })
			.reply(200, { success: true, data: { ...vehicle, id: 'v-1', price: 1000 } })
			.put('/api/v1/deals/d-1', { status: 'ganho', value: 140000 })
			.reply(200, { success: true, data: { ...deal, status: 'ganho' } })
			.put('/api/v1/deals/d-2', { status: 'perdido', loss_reason: 'Preço' })
			.reply(200, { success: true, data: { ...deal, status: 'perdido' } });
		const result = await ecosysHarness().runChain(
			[{}],
			[
				ecosysNode('C', {
					resource: 'client',
					operation: 'update',
					clientId: rl('c-1'),
					updateFields: { segment: 'vip' },
				}),
				ecosysNode('V', {
					resource: 'vehicle',
					operation: 'update',
					vehicleId: rl('v-1', 'id'),
					updateFields: { price: 1000 },
				}),
				ecosysNode('W', {
					resource: 'deal',
					operation: 'markWon',
					dealId: rl('d-1'),
					finalValue: 140000,
				}),
				ecosysNode('L', {
					resource: 'deal',
					operation: 'markLost',
					dealId: rl('d-2'),
					lossReason: 'Preço',
				}),
			],
		);
		expect(result.error).toBeUndefined();
		expect(api.isDone()).toBe(true);
	});
});

describe('Ecosys Auto › Simplify', () => {
	const cases = [
		[
			'client',
			'/api/v1/clients',
			client,
			['id', 'type', 'name', 'email', 'phone', 'cpf', 'segment', 'status', 'created_at'],
		],
		[
			'vehicle',
			'/api/v1/vehicles',
			vehicle,
			[
				'id',
				'title',
				'plate',
				'year_model',
				'price',
				'mileage',
				'phase',
				'status',
				'store_id',
				'client_id',
			],
		],
		[
			'deal',
			'/api/v1/deals',
			deal,
			['id', 'title', 'value', 'phase', 'status', 'probability', 'client_id', 'created_at'],
		],
	] as const;

	it.each(cases)(
		'%s Get: Simplify on keeps exactly the listed fields; off keeps all',
		async (resource, path, record, keys) => {
			ecosysApi().get(`${path}/x-1`).times(2).reply(200, { success: true, data: record });
			const id = { [`${resource}Id`]: 'x-1' };
			const result = await ecosysHarness().runChain(
				[{}],
				[
					ecosysNode('On', { resource, operation: 'get', ...id, simplify: true }),
					ecosysNode('Off', { resource, operation: 'get', ...id, simplify: false }),
				],
			);
			expect(result.error).toBeUndefined();
			expect(Object.keys(result.output('On')[0])).toEqual(keys);
			expect(result.output('Off')).toEqual([record]);
		},
	);

	it.each(cases)(
		'%s Get Many: Simplify on keeps exactly the listed fields per record',
		async (resource, path, record, keys) => {
			const run = async (simplify: boolean) => {
				ecosysApi()
					.get(path)
					.query({ page: '1', limit: '50' })
					.reply(200, page([record, record], 1, 50, 2));
				return await ecosysHarness().runChain(
					[{}],
					[ecosysNode('List', { resource, operation: 'getAll', limit: 50, simplify })],
				);
			};
			const on = await run(true);
			expect(on.error).toBeUndefined();
			expect(on.output('List').map((item) => Object.keys(item))).toEqual([keys, keys]);
			const off = await run(false);
			expect(off.output('List')).toEqual([record, record]);
		},
	);
});

describe('Ecosys Auto › Client picker inside collections', () => {
	const rl = (value: string, mode = 'list') => ({ __rl: true, mode, value });

	it('Vehicle › Create and Deal › Create send the chosen client as client_id; an empty picker sends nothing', async () => {
		const bodies: unknown[] = [];
		const seen = (body: unknown) => bodies.push(body) > 0;
		const api = ecosysApi()
			.post('/api/v1/vehicles', seen)
			.reply(201, { success: true, data: vehicle })
			.post('/api/v1/deals', seen)
			.reply(201, { success: true, data: deal })
			.put('/api/v1/deals/d-1', seen)
			.reply(200, { success: true, data: deal });
		const result = await ecosysHarness().runChain(
			[{}],
			[
				ecosysNode('V', {
					resource: 'vehicle',
					operation: 'create',
					title: 'Civic',
					storeId: 'store-1',
					additionalFields: { client_id: rl('c-1') },
				}),
				ecosysNode('D', {
					resource: 'deal',
					operation: 'create',
					title: 'Venda',
					additionalFields: { client_id: rl(' c-2 ', 'id'), value: 10 },
				}),
				ecosysNode('U', {
					resource: 'deal',
					operation: 'update',
					dealId: 'd-1',
					updateFields: { client_id: rl(''), value: 20 },
				}),
			],
		);
		expect(result.error).toBeUndefined();
		expect(api.isDone()).toBe(true);
		expect(bodies).toEqual([
			{ title: 'Civic', store_id: 'store-1', client_id: 'c-1' },
			{ title: 'Venda', client_id: 'c-2', value: 10 },
			{ value: 20 },
		]);
	});

	it.each([
		['vehicle', '/api/v1/vehicles'],
		['deal', '/api/v1/deals'],
	])('%s › Get Many filters by the chosen client', async (resource, path) => {
		const api = ecosysApi()
			.get(path)
			.query({ client_id: 'c-1', page: '1', limit: '5' })
			.reply(200, page([], 1, 5, 0));
		const result = await ecosysHarness().runChain(
			[{}],
			[
				ecosysNode('List', {
					resource,
					operation: 'getAll',
					limit: 5,
					filters: { client_id: rl('c-1') },
				}),
			],
		);
		expect(result.error).toBeUndefined();
		expect(api.isDone()).toBe(true);
	});
});
