import '../harness/mock-sleep';

import nock from 'nock';
import type { IDataObject } from 'n8n-workflow';

import { EcosysAutoApi } from '../../credentials/EcosysAutoApi.credentials';
import { EcosysAutoTrigger } from '../../nodes/EcosysAuto/EcosysAutoTrigger.node';
import { pollLimits } from '../../nodes/shared/poll';
import { clientListQuery, dealListQuery, vehicleListQuery } from '../../sandbox/contracts/ecosys';
import { startEcosys } from '../../sandbox';
import { pollHarness } from '../../harness/poll';
import { describeListOrders, tick } from '../harness/list-orders';
import { call } from '../sandbox/client';
import { DEFAULT_STORE, ECOSYS_KEY, ecosysApi } from './ecosys-harness';

type Resource = 'clients' | 'vehicles' | 'deals';

const contracts = { clients: clientListQuery, vehicles: vehicleListQuery, deals: dealListQuery };

const at = (minute: number) => `2026-02-04T10:${String(minute).padStart(2, '0')}:00Z`;

/** A record created at `created` (minutes past 10:00) and updated at `updated`. */
const record = (id: string, created: number, updated = created, status = 'ativo'): IDataObject => ({
	id,
	title: `Record ${id}`,
	status,
	created_at: at(created),
	updated_at: at(updated),
});

/** The trigger node and its credential type, as the poll harness takes them. */
const TRIGGER = {
	nodeName: 'ecosysAutoTrigger',
	node: new EcosysAutoTrigger(),
	credentialTypes: [new EcosysAutoApi()],
	credentialType: 'ecosysAutoApi',
};

function trigger(parameters: IDataObject) {
	return pollHarness({
		...TRIGGER,
		credentialData: {
			apiKey: ECOSYS_KEY,
			baseUrl: 'https://ecosys.test/api/v1',
			storeId: DEFAULT_STORE,
		},
		parameters,
	});
}

/**
 * One Ecosys list as it stands now, served newest first on `field` (Ecosys documents no
 * order, and the trigger sends no sort) in pages of `pageSize`, in the platform's envelope.
 * Every query is checked against the contract and kept.
 */
function serve(
	resource: Resource,
	records: IDataObject[],
	pageSize = 100,
	field: 'created_at' | 'updated_at' = 'created_at',
) {
	const queries: IDataObject[] = [];
	const interceptor = ecosysApi()
		.get(`/api/v1/${resource}`)
		.query((query) => {
			queries.push(contracts[resource].parse(query) as IDataObject);
			return true;
		});
	interceptor.times(20).reply((uri) => {
		const sorted = [...records].sort((a, b) => String(b[field]).localeCompare(String(a[field])));
		const page = Number(new URL(uri, 'https://ecosys.test').searchParams.get('page'));
		const pages = Math.max(1, Math.ceil(records.length / pageSize));
		return [
			200,
			{
				success: true,
				data: sorted.slice((page - 1) * pageSize, page * pageSize),
				pagination: { page, limit: 100, total: records.length, pages },
			},
		];
	});
	return { queries, done: () => nock.removeInterceptor(interceptor) };
}

const ids = (records: IDataObject[]) => records.map((one) => one.id);

afterEach(() => {
	jest.restoreAllMocks();
	pollLimits.maxPages = 10;
});

describe('Ecosys Auto Trigger', () => {
	describe.each([
		['newClient', 'clients'],
		['newVehicle', 'vehicles'],
		['newDeal', 'deals'],
	] as Array<[string, Resource]>)('%s', (event, resource) => {
		it(`emits nothing on activation, then each new one of /${resource} once, oldest first`, async () => {
			const node = trigger({ event });
			let api = serve(resource, [record('a', 1), record('b', 2)]);
			expect(await node.pollJson()).toEqual([]);
			expect(api.queries).toEqual([{ page: 1, limit: 100 }]);
			api.done();

			api = serve(resource, [record('a', 1, 8), record('b', 2), record('d', 4), record('c', 3)]);
			expect(await node.pollJson()).toEqual([record('c', 3), record('d', 4)]);
			api.done();

			api = serve(resource, [record('a', 1, 9), record('b', 2), record('d', 4), record('c', 3)]);
			expect(await node.pollJson()).toEqual([]);
		});

		it('returns the newest record as the manual sample and keeps no cursor', async () => {
			const node = trigger({ event });
			serve(resource, [record('a', 1), record('b', 2)]);
			expect(await node.pollJson('manual')).toEqual([record('b', 2)]);
			expect(node.staticData()).toEqual({});
		});
	});

	describe('New Vehicle', () => {
		it('sends the store and client filters', async () => {
			const node = trigger({
				event: 'newVehicle',
				filters: { store_id: 'store-2', client_id: ' cli-1 ' },
			});
			const api = serve('vehicles', [record('a', 1)]);
			await node.pollJson();
			expect(api.queries).toEqual([
				{ page: 1, limit: 100, store_id: 'store-2', client_id: 'cli-1' },
			]);
		});

		it('checks the filters on each record too, as they are not in the docs', async () => {
			const node = trigger({ event: 'newVehicle', filters: { store_id: 'store-2' } });
			let api = serve('vehicles', [record('a', 1)]);
			await node.pollJson();
			api.done();
			// A server that ignored store_id lists another store's vehicle too.
			api = serve('vehicles', [
				record('a', 1),
				{ ...record('b', 2), store_id: 'store-2' },
				{ ...record('c', 3), store_id: 'store-9' },
			]);
			expect(ids(await node.pollJson())).toEqual(['b']);
		});

		it('marks the filters as not in the docs', () => {
			const filters = new EcosysAutoTrigger().description.properties.find(
				(property) => property.name === 'filters',
			);
			for (const option of (filters?.options ?? []) as Array<{ description: string }>) {
				expect(option.description).toContain("(not in Ecosys Auto's API docs)");
			}
		});

		it('emits records sharing a second exactly once', async () => {
			// n8n's clock just after that second: the vendor's clock may still give it out.
			jest.spyOn(Date, 'now').mockReturnValue(Date.parse(at(6)));
			const node = trigger({ event: 'newVehicle' });
			let api = serve('vehicles', [record('a', 5)]);
			await node.pollJson();
			api.done();
			api = serve('vehicles', [record('a', 5), record('b', 5)]);
			expect(ids(await node.pollJson())).toEqual(['b']);
			api.done();
			api = serve('vehicles', [record('c', 5), record('a', 5), record('b', 5)]);
			expect(ids(await node.pollJson())).toEqual(['c']);
		});

		it('drains a backlog larger than one poll over several polls', async () => {
			const node = trigger({ event: 'newVehicle', maxPagesPerPoll: 1 });
			let api = serve('vehicles', [record('a', 0)], 2);
			await node.pollJson();
			api.done();
			const backlog = [record('a', 0), ...[1, 2, 3, 4, 5].map((m) => record(`v${m}`, m))];
			const polls: IDataObject[][] = [];
			for (let poll = 0; poll < 4; poll++) {
				api = serve('vehicles', backlog, 2);
				polls.push(await node.pollJson());
				api.done();
			}
			expect(polls.map(ids)).toEqual([['v4', 'v5'], ['v2', 'v3'], ['v1'], []]);
		});

		it('loses nothing when a poll fails', async () => {
			const node = trigger({ event: 'newVehicle' });
			let api = serve('vehicles', [record('a', 1)]);
			await node.pollJson();
			api.done();
			const cursor = node.staticData();
			const failing = ecosysApi()
				.get('/api/v1/vehicles')
				.query(true)
				.reply(401, { success: false, error: { code: 'UNAUTHORIZED', message: 'Chave inválida' } })
				.get('/api/v1/vehicles')
				.query(true)
				.reply(401, { success: false, error: { code: 'UNAUTHORIZED', message: 'Chave inválida' } });
			await expect(node.poll()).rejects.toThrow('Chave inválida');
			expect(failing.isDone()).toBe(true);
			expect(node.staticData()).toEqual(cursor);
			api = serve('vehicles', [record('a', 1), record('b', 2)]);
			expect(ids(await node.pollJson())).toEqual(['b']);
		});

		it('fails clearly on a body that is not the envelope, cursor untouched', async () => {
			const node = trigger({ event: 'newVehicle' });
			const api = serve('vehicles', []);
			await node.pollJson();
			api.done();
			const cursor = node.staticData();
			ecosysApi().get('/api/v1/vehicles').query(true).reply(200, '<html>proxy</html>');
			await expect(node.poll()).rejects.toThrow('not its JSON envelope');
			expect(node.staticData()).toEqual(cursor);
		});
	});

	describe.each([
		['dealWon', 'ganho', 'perdido'],
		['dealLost', 'perdido', 'ganho'],
	])('%s', (event, status, other) => {
		it(`emits a deal once when it turns ${status}, searching by updated_at`, async () => {
			const node = trigger({ event, filters: { client_id: 'cli-1' } });
			let api = serve('deals', [record('a', 1), record('b', 2)]);
			expect(await node.pollJson()).toEqual([]);
			expect(api.queries).toEqual([{ page: 1, limit: 100, client_id: 'cli-1' }]);
			api.done();

			api = serve('deals', [record('a', 1, 5, status), record('b', 2, 6, other), record('c', 7)]);
			expect(await node.pollJson()).toEqual([record('a', 1, 5, status)]);
			api.done();

			// Edited again while still closed: not a new event. Then c closes.
			api = serve('deals', [
				record('a', 1, 9, status),
				record('b', 2, 6, other),
				record('c', 7, 10, status),
			]);
			expect(await node.pollJson()).toEqual([record('c', 7, 10, status)]);
		});

		it(`emits a deal that turns ${status} far down a list that comes by creation`, async () => {
			const node = trigger({ event });
			// d1…d9 created a minute apart, served newest created first, 3 a page.
			const deals = (closed?: number) =>
				Array.from({ length: 9 }, (_, index) =>
					index + 1 === closed
						? record(`d${index + 1}`, index + 1, 30, status)
						: record(`d${index + 1}`, index + 1),
				);
			let api = serve('deals', deals(), 3);
			expect(await node.pollJson()).toEqual([]);
			api.done();

			// d2 (on the last page) is closed: its updated_at is the newest, its place unchanged.
			api = serve('deals', deals(2), 3);
			expect(ids(await node.pollJson())).toEqual(['d2']);
			expect(api.queries.map((query) => query.page)).toEqual([1, 2, 3]);
			api.done();

			api = serve('deals', deals(2), 3);
			expect(await node.pollJson()).toEqual([]);
		});

		it('returns the most recently closed deal as the manual sample', async () => {
			const node = trigger({ event });
			serve('deals', [record('a', 1, 3, status), record('b', 2, 4, other)]);
			expect(await node.pollJson('manual')).toEqual([record('a', 1, 3, status)]);
		});
	});
});

describeListOrders('Ecosys Auto Trigger › New Deal against the sandbox', {
	trigger: TRIGGER,
	pageSize: 100,
	readsOrder: true,
	async start(listOrder) {
		const sandbox = await startEcosys({ listOrder });
		const token = sandbox.credentials.apiKey;
		const clients: Record<'a' | 'b', string> = { a: '', b: '' };
		for (const variant of ['a', 'b'] as const) {
			const answer = await call(sandbox.baseUrl, 'POST', '/clients', {
				token,
				body: { type: 'PF', name: `Cliente ${variant}` },
			});
			expect(answer.status).toBe(201);
			clients[variant] = String(answer.body.data.id);
		}
		return {
			stop: sandbox.stop,
			credentials: sandbox.credentials,
			async createOne(index, variant) {
				const answer = await call(sandbox.baseUrl, 'POST', '/deals', {
					token,
					body: { title: `Negócio ${variant}${index}`, client_id: clients[variant] },
				});
				expect(answer.status).toBe(201);
				return String(answer.body.data.id);
			},
			parameters: (variant) => ({ event: 'newDeal', filters: { client_id: clients[variant] } }),
		};
	},
});

describeListOrders('Ecosys Auto Trigger › Deal Won against the sandbox', {
	trigger: TRIGGER,
	pageSize: 100,
	async start(listOrder) {
		const sandbox = await startEcosys({ listOrder });
		const token = sandbox.credentials.apiKey;
		const clients: Record<'a' | 'b', string> = { a: '', b: '' };
		for (const variant of ['a', 'b'] as const) {
			const answer = await call(sandbox.baseUrl, 'POST', '/clients', {
				token,
				body: { type: 'PF', name: `Cliente ${variant}` },
			});
			clients[variant] = String(answer.body.data.id);
		}
		return {
			stop: sandbox.stop,
			credentials: sandbox.credentials,
			/** Deals created open, then won (quickstart: PUT /deals/{id} with status ganho). */
			async createOne(index, variant) {
				const answer = await call(sandbox.baseUrl, 'POST', '/deals', {
					token,
					body: { title: `Negócio ${variant}${index}`, client_id: clients[variant] },
				});
				const id = String(answer.body.data.id);
				tick();
				const won = await call(sandbox.baseUrl, 'PUT', `/deals/${id}`, {
					token,
					body: { status: 'ganho', value: 1000 },
				});
				expect(won.status).toBe(200);
				return id;
			},
			parameters: (variant) => ({ event: 'dealWon', filters: { client_id: clients[variant] } }),
		};
	},
});
