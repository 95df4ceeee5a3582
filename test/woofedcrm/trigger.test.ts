import '../harness/mock-sleep';

import nock from 'nock';
import type { IDataObject } from 'n8n-workflow';

import { WoofedCrmApi } from '../../credentials/WoofedCrmApi.credentials';
import { pollLimits } from '../../nodes/shared/poll';
import { WoofedCrmTrigger } from '../../nodes/WoofedCrm/WoofedCrmTrigger.node';
import { searchBody, searchQueryString } from '../../sandbox/contracts/woofedcrm';
import { startWoofed } from '../../sandbox';
import { pollHarness } from '../../harness/poll';
import { describeListOrders } from '../harness/list-orders';
import { call } from '../sandbox/client';
import { ACCOUNT, pagyPage, WOOFED_TOKEN, woofedApi } from './woofedcrm-harness';

interface Deal extends IDataObject {
	id: number;
	name: string;
	status: string;
	stage_id: number;
	pipeline_id: number;
	created_at: string;
	updated_at: string;
}

/** n8n's clock in these tests. */
const NOW = Date.parse('2026-03-04T15:00:00Z');
const at = (minute: number) => new Date(NOW + minute * 60_000).toISOString().replace('.000', '');

const deal = (id: number, created: number, updated = created, status = 'open'): Deal => ({
	id,
	name: `Deal ${id}`,
	status,
	stage_id: 1,
	pipeline_id: 1,
	created_at: at(created),
	updated_at: at(updated),
});

/** The trigger node and its credential type, as the poll harness takes them. */
const TRIGGER = {
	nodeName: 'woofedCrmTrigger',
	node: new WoofedCrmTrigger(),
	credentialTypes: [new WoofedCrmApi()],
	credentialType: 'woofedCrmApi',
};

function trigger(parameters: IDataObject) {
	return pollHarness({
		...TRIGGER,
		credentialData: { baseUrl: 'https://crm.woofed.test/', accountId: '7', apiToken: WOOFED_TOKEN },
		parameters,
	});
}

/** Ransack as WoofedCRM applies it: `_eq`, `_gteq`, `_lteq` on the deals. */
function matches(record: Deal, query: IDataObject): boolean {
	return Object.entries(query).every(([key, value]) => {
		const [, field, predicate] = /^(.+)_(eq|gteq|lteq)$/.exec(key) ?? [];
		const own = record[field];
		if (predicate === 'eq') return String(own) === String(value);
		const [a, b] = [Date.parse(String(own)), Date.parse(String(value))];
		return predicate === 'gteq' ? a >= b : a <= b;
	});
}

/**
 * The account's deals as WoofedCRM holds them now: searches filtered by the Ransack query,
 * listed by id (not by time), `pageSize` a page (pagy's 10 unless a test shrinks it).
 * Every request is checked against the documented contract and kept.
 */
function serve(deals: Deal[], pageSize = 10) {
	const seen: Array<{ page: number; query: IDataObject }> = [];
	const interceptor = woofedApi()
		.post(`${ACCOUNT}/deals/search`, (body) => {
			seen.push({ page: 0, query: searchBody.parse(body).query as IDataObject });
			return true;
		})
		.query((query) => {
			searchQueryString.parse(query);
			return true;
		});
	interceptor.times(40).reply((uri) => {
		const page = Number(new URL(uri, 'https://crm.woofed.test').searchParams.get('page'));
		const request = seen[seen.length - 1];
		request.page = page;
		const found = [...deals].sort((a, b) => a.id - b.id).filter((d) => matches(d, request.query));
		const data = found.slice((page - 1) * pageSize, page * pageSize);
		const body = pagyPage(data, page, found.length);
		const pages = Math.max(1, Math.ceil(found.length / pageSize));
		return [
			200,
			{
				...body,
				pagination: { ...body.pagination, pages, next: page < pages ? page + 1 : null },
			},
		];
	});
	return { seen, done: () => nock.removeInterceptor(interceptor) };
}

const ids = (records: IDataObject[]) => records.map((record) => record.id);

beforeEach(() => {
	jest.spyOn(Date, 'now').mockReturnValue(NOW);
});

afterEach(() => {
	jest.restoreAllMocks();
	pollLimits.maxPages = 10;
});

describe('WoofedCRM Trigger', () => {
	describe('New Deal', () => {
		it('emits nothing on activation, then each new deal once, oldest first', async () => {
			const node = trigger({ event: 'newDeal' });
			// d2 was created a minute before activation: it is not new.
			let api = serve([deal(1, -600), deal(2, -1)]);
			expect(await node.pollJson()).toEqual([]);
			expect(api.seen).toEqual([{ page: 1, query: { created_at_gteq: at(-5) } }]);
			api.done();

			// Listed by id, not by time: 4 was created before 3.
			api = serve([deal(1, -600), deal(2, -1), deal(3, 2), deal(4, 1)]);
			expect(await node.pollJson()).toEqual([deal(4, 1), deal(3, 2)]);
			expect(api.seen).toEqual([{ page: 1, query: { created_at_gteq: at(-5) } }]);
			api.done();

			// The cursor moved to the newest deal read.
			api = serve([deal(1, -600), deal(2, -1), deal(3, 2), deal(4, 1), deal(5, 3)]);
			expect(await node.pollJson()).toEqual([deal(5, 3)]);
			expect(api.seen).toEqual([{ page: 1, query: { created_at_gteq: at(2) } }]);
			api.done();

			api = serve([deal(1, -600), deal(2, -1), deal(3, 2), deal(4, 1), deal(5, 3)]);
			expect(await node.pollJson()).toEqual([]);
		});

		it('emits deals created in the same second as the last one exactly once', async () => {
			const node = trigger({ event: 'newDeal' });
			let api = serve([]);
			await node.pollJson();
			api.done();
			api = serve([deal(1, 1)]);
			expect(ids(await node.pollJson())).toEqual([1]);
			api.done();
			api = serve([deal(1, 1), deal(2, 1), deal(3, 1)]);
			expect(ids(await node.pollJson())).toEqual([2, 3]);
			expect(api.seen).toEqual([{ page: 1, query: { created_at_gteq: at(1) } }]);
			api.done();
			api = serve([deal(1, 1), deal(2, 1), deal(3, 1)]);
			expect(await node.pollJson()).toEqual([]);
		});

		it('drains a backlog larger than one poll: narrows the window, loses and repeats nothing', async () => {
			const node = trigger({ event: 'newDeal', maxPagesPerPoll: 1 });
			let api = serve([], 3);
			await node.pollJson();
			api.done();

			// Seven deals over the next four minutes: three pages of three.
			const backlog = [1, 2, 3, 4, 5, 6, 7].map((id) => deal(id, id / 2));
			const polls: Array<Array<string | number>> = [];
			for (let poll = 0; poll < 4; poll++) {
				api = serve(backlog, 3);
				polls.push(ids(await node.pollJson()) as number[]);
				if (poll === 0) {
					// The whole window, then halvings of its end (n8n's clock + 5 min) until it fits.
					expect(api.seen[0]).toEqual({ page: 1, query: { created_at_gteq: at(-5) } });
					expect(api.seen[1]).toEqual({
						page: 1,
						query: { created_at_gteq: at(-5), created_at_lteq: at(0) },
					});
					expect(api.seen[2].query.created_at_lteq).toBe(at(2.5));
				}
				api.done();
			}
			// Each poll reads the largest window since the cursor that fits one page.
			expect(polls).toEqual([[1, 2, 3], [4, 5], [6, 7], []]);
		});

		it('loses nothing when a poll fails: the next poll emits the same deals', async () => {
			const node = trigger({ event: 'newDeal' });
			let api = serve([]);
			await node.pollJson();
			api.done();
			const cursor = node.staticData();

			const failing = woofedApi()
				.post(`${ACCOUNT}/deals/search`)
				.query({ page: 1 })
				// A search stores nothing: the core retries it like a read, then gives up.
				.times(4)
				.reply(500, { error: 'Internal Server Error' });
			await expect(node.poll()).rejects.toThrow('Internal Server Error');
			expect(failing.isDone()).toBe(true);
			expect(node.staticData()).toEqual(cursor);

			api = serve([deal(1, 1)]);
			expect(await node.pollJson()).toEqual([deal(1, 1)]);
		});

		it('sends the pipeline and stage filters and returns the newest deal as the manual sample', async () => {
			const node = trigger({ event: 'newDeal', filters: { pipeline_id: 2, stage_id: 5 } });
			const inStage = (d: Deal) => ({ ...d, pipeline_id: 2, stage_id: 5 });
			const api = serve([inStage(deal(1, -90)), inStage(deal(2, -30)), deal(3, -10)]);
			expect(await node.pollJson('manual')).toEqual([inStage(deal(2, -30))]);
			expect(api.seen).toEqual([{ page: 1, query: { pipeline_id_eq: 2, stage_id_eq: 5 } }]);
			expect(node.staticData()).toEqual({});
		});

		it('emits every existing deal first when Include Existing Records is on', async () => {
			const node = trigger({ event: 'newDeal', includeExisting: true });
			let api = serve([deal(2, -900), deal(1, -600)]);
			expect(ids(await node.pollJson())).toEqual([2, 1]);
			expect(api.seen).toEqual([{ page: 1, query: {} }]);
			api.done();
			api = serve([deal(2, -900), deal(1, -600)]);
			expect(await node.pollJson()).toEqual([]);
			expect(api.seen).toEqual([{ page: 1, query: { created_at_gteq: at(-600) } }]);
		});
	});

	describe('activation with more deals in the last minutes than a poll reads', () => {
		it('narrows the start so that none of them is taken for new later', async () => {
			// 130 deals created in the last two minutes: 13 pages of 10, over the cap of 10.
			const recent = Array.from({ length: 130 }, (_, index) => ({
				...deal(index + 1, 0),
				created_at: new Date(NOW - 120_000 + index * 900).toISOString().replace('.000', ''),
			}));
			const node = trigger({ event: 'newDeal' });
			let api = serve(recent);
			expect(await node.pollJson()).toEqual([]);
			api.done();
			api = serve([...recent, deal(131, 1)]);
			expect(ids(await node.pollJson())).toEqual([131]);
		});
	});

	describe('Account ID Override', () => {
		it('watches the account the node names, as the WoofedCRM node does, with its own cursor', async () => {
			const node = trigger({ event: 'newDeal' });
			let api = serve([deal(1, -1)]);
			await node.pollJson();
			api.done();
			const other = woofedApi()
				.post('/api/v1/accounts/12/deals/search')
				.query(true)
				.reply(200, pagyPage([], 1, 0));
			node.setParameters({ event: 'newDeal', accountId: ' 12 ' });
			expect(await node.pollJson()).toEqual([]);
			expect(other.isDone()).toBe(true);
		});

		it('is offered on the trigger, with the same name as on the node', () => {
			const property = new WoofedCrmTrigger().description.properties.find(
				(one) => one.name === 'accountId',
			);
			expect(property).toMatchObject({
				displayName: 'Account ID Override',
				type: 'string',
				default: '',
			});
		});
	});

	describe('Deal Updated', () => {
		it('emits each change once, searching by updated_at', async () => {
			const node = trigger({ event: 'dealUpdated' });
			let api = serve([deal(1, -60, -60)]);
			await node.pollJson();
			expect(api.seen).toEqual([{ page: 1, query: { updated_at_gteq: at(-5) } }]);
			api.done();
			api = serve([deal(1, -60, 2), deal(2, 3)]);
			expect(await node.pollJson()).toEqual([deal(1, -60, 2), deal(2, 3)]);
			api.done();
			api = serve([deal(1, -60, 4), deal(2, 3)]);
			expect(await node.pollJson()).toEqual([deal(1, -60, 4)]);
			expect(api.seen).toEqual([{ page: 1, query: { updated_at_gteq: at(3) } }]);
		});
	});

	describe('Deal Won / Deal Lost', () => {
		it('emits a deal once when it turns won, not on later edits, and not for lost deals', async () => {
			const node = trigger({ event: 'dealWon' });
			let api = serve([deal(1, -60, -2), deal(2, -60, -1)]);
			await node.pollJson();
			api.done();
			api = serve([deal(1, -60, 2, 'won'), deal(2, -60, 3, 'lost'), deal(3, 1, 1, 'open')]);
			expect(await node.pollJson()).toEqual([deal(1, -60, 2, 'won')]);
			expect(api.seen).toEqual([{ page: 1, query: { updated_at_gteq: at(-5) } }]);
			api.done();
			api = serve([deal(1, -60, 5, 'won'), deal(2, -60, 3, 'lost'), deal(3, 1, 6, 'won')]);
			expect(await node.pollJson()).toEqual([deal(3, 1, 6, 'won')]);
		});

		it('emits lost deals for Deal Lost, and the newest lost one as the manual sample', async () => {
			const node = trigger({ event: 'dealLost' });
			let api = serve([deal(1, -60, -2)]);
			await node.pollJson();
			api.done();
			api = serve([deal(1, -60, 2, 'lost'), deal(2, 1, 3, 'won')]);
			expect(await node.pollJson()).toEqual([deal(1, -60, 2, 'lost')]);
			api.done();

			const manual = trigger({ event: 'dealLost' });
			serve([deal(1, -60, 2, 'lost'), deal(4, -60, 1, 'lost'), deal(2, 1, 3, 'won')]);
			expect(await manual.pollJson('manual')).toEqual([deal(1, -60, 2, 'lost')]);
		});
	});
});

describeListOrders('WoofedCRM Trigger › New Deal against the sandbox', {
	trigger: TRIGGER,
	pageSize: 10,
	async start(listOrder) {
		const sandbox = await startWoofed({ listOrder });
		const { apiToken: token, accountId } = sandbox.credentials;
		const stage = { a: 1, b: 2 };
		return {
			stop: sandbox.stop,
			credentials: sandbox.credentials,
			async createOne(index, variant) {
				const answer = await call(sandbox.baseUrl, 'POST', `/api/v1/accounts/${accountId}/deals`, {
					token,
					body: { name: `Deal ${variant}${index}`, stage_id: stage[variant], contact_id: 1 },
				});
				expect(answer.status).toBe(201);
				return String(answer.body.id);
			},
			parameters: (variant) => ({ event: 'newDeal', filters: { stage_id: stage[variant] } }),
		};
	},
});
