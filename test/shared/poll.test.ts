import '../harness/mock-sleep';

import nock from 'nock';
import type {
	ICredentialType,
	IDataObject,
	INodeExecutionData,
	INodeType,
	INodeTypeDescription,
	IPollFunctions,
} from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import { itemsUnderData, untilTotalPages } from '../../nodes/shared/paginate';
import type { PollEvent } from '../../nodes/shared/poll';
import { includeExistingOption, pollLimits, pollRecords, timeOf } from '../../nodes/shared/poll';
import type { VendorProfile } from '../../nodes/shared/types';
import { pollHarness } from '../../harness/poll';

/** A made-up vendor: Bearer key, `{data, pagination: {pages}}` pages of at most 3. */
class AcmeApi implements ICredentialType {
	name = 'acmeApi';
	displayName = 'Acme API';
	properties = [
		{ displayName: 'Key', name: 'key', type: 'string' as const, default: '' },
		{ displayName: 'Base URL', name: 'baseUrl', type: 'string' as const, default: '' },
	];
	authenticate = {
		type: 'generic' as const,
		properties: { headers: { Authorization: '=Bearer {{$credentials.key}}' } },
	};
}

const acme: VendorProfile = {
	displayName: 'Acme',
	credentialType: () => 'acmeApi',
	baseUrl: (credentials) => credentials.baseUrl,
	errorDetails: (body) => ({ message: (body as { message?: string }).message }),
	pagination: {
		pageParam: 'page',
		sizeParam: 'per',
		maxPageSize: 3,
		items: itemsUnderData,
		nextPage: untilTotalPages((body) => (body as { pages?: number }).pages),
	},
};

const pagesOf = (body: unknown) => (body as { pages?: number }).pages;

const events: Record<string, PollEvent> = {
	windowed: {
		kind: 'window',
		request: (_context, window = {}) => ({
			method: 'GET',
			path: '/things',
			qs: {
				...(window.from ? { since: window.from } : {}),
				...(window.to ? { until: window.to } : {}),
			},
		}),
		totalPages: pagesOf,
		timestamp: (thing) => thing.created_at,
	},
	byCode: {
		request: () => ({ method: 'GET', path: '/things', qs: { order: 'asc' } }),
		totalPages: pagesOf,
		timestamp: (thing) => Number(thing.code),
	},
	snapshot: {
		request: () => ({ method: 'GET', path: '/things', qs: { all: 'yes' } }),
		kind: 'snapshot',
		unpaged: true,
		timestamp: () => undefined,
		state: (thing) => String(thing.stage),
		emits: (thing, previous) => previous !== thing.stage && thing.stage === 'due',
	},
	created: {
		request: () => ({ method: 'GET', path: '/things', qs: { sort: '-created_at' } }),
		timestamp: (thing) => thing.created_at,
	},
	stageChanged: {
		request: () => ({ method: 'GET', path: '/things', qs: { sort: '-updated_at' } }),
		timestamp: (thing) => thing.updated_at,
		state: (thing) => String(thing.stage),
		emits: (thing, previous) => previous !== undefined && previous !== thing.stage,
	},
};

class AcmeTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Acme Trigger',
		name: 'acmeTrigger',
		group: ['trigger'],
		version: 1,
		description: 'Test trigger',
		defaults: { name: 'Acme Trigger' },
		polling: true,
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'acmeApi', required: true }],
		properties: [
			{ displayName: 'Event', name: 'event', type: 'string', default: 'created' },
			includeExistingOption,
		],
	};

	async poll(this: IPollFunctions): Promise<INodeExecutionData[][] | null> {
		const event = this.getNodeParameter('event') as string;
		return await pollRecords(this, acme, event, events[event]);
	}
}

const at = (second: number) => `2026-01-01T00:00:${String(second).padStart(2, '0')}Z`;
const thing = (id: string, second: number, stage = 'a') => ({
	id,
	created_at: at(second),
	updated_at: at(second),
	stage,
});
type Thing = ReturnType<typeof thing>;

function harness(parameters: IDataObject = {}, pollBudgetMs?: number) {
	return pollHarness({
		nodeName: 'acmeTrigger',
		node: new AcmeTrigger(),
		credentialTypes: [new AcmeApi()],
		credentialType: 'acmeApi',
		credentialData: { key: 'k-1', baseUrl: 'https://acme.test/v1' },
		parameters: { event: 'created', ...parameters },
		pollBudgetMs,
	});
}

/**
 * The list as the vendor holds it now (newest first): nock serves each page asked for, and
 * the pages read are recorded (`reads`).
 */
function serve(list: Thing[], sort = '-created_at') {
	const reads: number[] = [];
	const pages = Math.max(1, Math.ceil(list.length / 3));
	const interceptor = nock('https://acme.test', { reqheaders: { authorization: 'Bearer k-1' } })
		.get('/v1/things')
		.query((query) => query.sort === sort && query.per === '3' && Number(query.page) >= 1);
	interceptor.times(50).reply((uri) => {
		const page = Number(new URL(uri, 'https://acme.test').searchParams.get('page'));
		reads.push(page);
		return [200, { data: list.slice((page - 1) * 3, page * 3), pages }];
	});
	return { reads, done: () => nock.removeInterceptor(interceptor) };
}

const ids = (records: IDataObject[]) => records.map((record) => record.id);

/** Things t1…tn at seconds 1…n, newest first as the vendor lists them. */
const things = (count: number, from = 1) =>
	Array.from({ length: count }, (_, index) => thing(`t${from + index}`, from + index)).reverse();

/** n8n's clock: a minute after the things' seconds, well within the vendor clock's skew. */
const NOW = Date.parse('2026-01-01T00:01:00Z');

beforeEach(() => {
	jest.spyOn(Date, 'now').mockReturnValue(NOW);
});

afterEach(() => {
	jest.restoreAllMocks();
	pollLimits.maxPages = 10;
});

describe('shared polling core', () => {
	it('emits nothing on the first activation, then each new record exactly once, oldest first', async () => {
		const trigger = harness();
		let api = serve(things(4));
		expect(await trigger.pollJson()).toEqual([]);
		// Page 1, and the last page to see the order the list comes in.
		expect(api.reads).toEqual([1, 2]);
		expect(trigger.staticData().poll).toMatchObject({
			order: 'newest',
			top: { at: timeOf(at(4)), ids: ['t4'] },
			gaps: [],
		});
		api.done();

		api = serve(things(6));
		expect(ids(await trigger.pollJson())).toEqual(['t5', 't6']);
		// Page 1 ends on t4, the cursor's own second: page 2 could hold more of that second.
		expect(api.reads).toEqual([1, 2]);
		api.done();

		api = serve(things(6));
		expect(await trigger.pollJson()).toEqual([]);
		api.done();

		api = serve(things(7));
		expect(await trigger.pollJson()).toEqual([thing('t7', 7)]);
		// t5 is older than the cursor (t6): nothing below it is read but the last page.
		expect(api.reads).toEqual([1, 3]);
	});

	it('keeps records sharing a timestamp apart by id, whatever order they come in', async () => {
		const trigger = harness();
		let api = serve([thing('b', 5), thing('a', 4)]);
		await trigger.pollJson();
		api.done();

		// Two more at the same second as b, one listed before b and one after.
		api = serve([thing('c', 5), thing('b', 5), thing('d', 5), thing('a', 4)]);
		expect(ids(await trigger.pollJson())).toEqual(['c', 'd']);
		expect(trigger.staticData().poll).toMatchObject({ top: { at: timeOf(at(5)) } });
		expect([...(trigger.staticData().poll as { top: { ids: string[] } }).top.ids].sort()).toEqual([
			'b',
			'c',
			'd',
		]);
		api.done();

		api = serve([thing('e', 5), thing('c', 5), thing('b', 5), thing('d', 5), thing('a', 4)]);
		expect(ids(await trigger.pollJson())).toEqual(['e']);
	});

	it('drains a backlog larger than one poll over several polls, without loss or repeat', async () => {
		pollLimits.maxPages = 2;
		const trigger = harness();
		let api = serve(things(1));
		await trigger.pollJson();
		api.done();

		// 14 new records arrive: one poll reads 2 pages of 3.
		api = serve(things(15));
		const first = ids(await trigger.pollJson());
		expect(first).toEqual(['t10', 't11', 't12', 't13', 't14', 't15']);
		// The last page (5), read to see the order, is not counted against the cap.
		expect(api.reads).toEqual([1, 5, 2]);
		expect(trigger.staticData().poll).toMatchObject({
			gaps: [{ below: { at: timeOf(at(10)), ids: ['t10'] }, page: 3 }],
		});
		api.done();

		// Meanwhile two more arrive on top (the list moves down by two). The top takes two
		// pages (t15 shares the cursor's second, so the page after it is checked too); the gap
		// still moves on: the page before where it stopped, then one more.
		api = serve(things(17));
		const second = ids(await trigger.pollJson());
		expect(second).toEqual(['t9', 't16', 't17']);
		// A page read twice in one poll (2, by the top and the gap) is asked for once.
		expect(api.reads).toEqual([1, 6, 2, 3]);
		api.done();

		const rest: Array<string | number> = [];
		for (const expected of [['t6', 't7', 't8'], ['t3', 't4', 't5'], ['t2']]) {
			api = serve(things(17));
			const emitted = ids(await trigger.pollJson());
			expect(emitted).toEqual(expected);
			rest.push(...(emitted as string[]));
			api.done();
		}
		expect(trigger.staticData().poll).toMatchObject({ gaps: [] });

		api = serve(things(17));
		expect(await trigger.pollJson()).toEqual([]);
		expect(api.reads).toEqual([1, 6]);

		const all = [...first, ...second, ...rest];
		expect(new Set(all).size).toBe(all.length);
		expect([...all].sort()).toEqual(
			things(16, 2)
				.map((t) => t.id)
				.sort(),
		);
	});

	it('steps back a page when the list moved up under a gap', async () => {
		pollLimits.maxPages = 2;
		const trigger = harness();
		let api = serve(things(1));
		await trigger.pollJson();
		api.done();

		api = serve(things(15));
		expect(await trigger.pollJson()).toHaveLength(6);
		api.done();

		// Four handled records were deleted: the list moved up by four, more than a page.
		const shrunk = things(15).filter((t) => !['t13', 't12', 't11', 't10'].includes(t.id));
		api = serve(shrunk);
		expect(ids(await trigger.pollJson())).toEqual(['t9']);
		// Page 2 started with an unhandled record, so page 1 was read before it (from the
		// reads of this poll).
		expect(api.reads).toEqual([1, 4, 2]);
		api.done();

		api = serve(shrunk);
		expect(ids(await trigger.pollJson())).toEqual(['t6', 't7', 't8']);
		api.done();
		api = serve(shrunk);
		expect(ids(await trigger.pollJson())).toEqual(['t3', 't4', 't5']);
		api.done();
		api = serve(shrunk);
		expect(ids(await trigger.pollJson())).toEqual(['t2']);
	});

	it('stops reading when n8n’s poll budget is spent and resumes on the next poll', async () => {
		const trigger = harness({}, 0);
		let api = serve(things(1));
		await trigger.pollJson();
		api.done();

		api = serve(things(7));
		expect(ids(await trigger.pollJson())).toEqual(['t5', 't6', 't7']);
		expect(api.reads).toEqual([1, 3]);
		api.done();

		// The page after the gap is always read, the budget notwithstanding.
		api = serve(things(7));
		expect(ids(await trigger.pollJson())).toEqual(['t2', 't3', 't4']);
		expect(api.reads).toEqual([1, 3, 2]);
	});

	it('leaves the cursor untouched when a poll fails, so the next poll loses nothing', async () => {
		const trigger = harness();
		let api = serve(things(2));
		await trigger.pollJson();
		api.done();
		const before = trigger.staticData();

		// The last page fails (400 is not retried) after the first was read.
		const scope = nock('https://acme.test')
			.get('/v1/things')
			.query({ sort: '-created_at', per: '3', page: '1' })
			.reply(200, { data: things(8).slice(0, 3), pages: 3 })
			.get('/v1/things')
			.query({ sort: '-created_at', per: '3', page: '3' })
			.reply(400, { message: 'Temporarily refused' });
		await expect(trigger.poll()).rejects.toThrow('Temporarily refused');
		expect(scope.isDone()).toBe(true);
		expect(trigger.staticData()).toEqual(before);

		api = serve(things(8));
		expect(ids(await trigger.pollJson())).toEqual(['t3', 't4', 't5', 't6', 't7', 't8']);
	});

	it('retries a 503 as any read and emits once it succeeds', async () => {
		const trigger = harness();
		let api = serve(things(2));
		await trigger.pollJson();
		api.done();

		nock('https://acme.test')
			.get('/v1/things')
			.query(true)
			.reply(503, { message: 'down' })
			.get('/v1/things')
			.query({ sort: '-created_at', per: '3', page: '1' })
			.reply(200, { data: things(3), pages: 1 });
		expect(ids(await trigger.pollJson())).toEqual(['t3']);
		api = serve(things(3));
		expect(await trigger.pollJson()).toEqual([]);
	});

	it('returns the newest record as a sample in a manual run and keeps no cursor', async () => {
		const trigger = harness();
		const api = serve(things(5));
		expect(await trigger.pollJson('manual')).toEqual([thing('t5', 5)]);
		expect(api.reads).toEqual([1, 2]);
		expect(trigger.staticData()).toEqual({});
	});

	it('returns null in a manual run when nothing matches', async () => {
		const trigger = harness();
		serve([]);
		expect(await trigger.poll('manual')).toBeNull();
	});

	it('emits the existing records on activation when Include Existing Records is on', async () => {
		pollLimits.maxPages = 2;
		const trigger = harness({ includeExisting: true });
		let api = serve(things(8));
		expect(ids(await trigger.pollJson())).toEqual(['t3', 't4', 't5', 't6', 't7', 't8']);
		api.done();
		api = serve(things(8));
		expect(ids(await trigger.pollJson())).toEqual(['t1', 't2']);
		api.done();
		api = serve(things(8));
		expect(await trigger.pollJson()).toEqual([]);
	});

	it('emits a change only against the state last seen, and remembers every record seen', async () => {
		const trigger = harness({ event: 'stageChanged' });
		let api = serve([thing('x', 3, 'a'), thing('y', 2, 'a'), thing('z', 1, 'a')], '-updated_at');
		expect(await trigger.pollJson()).toEqual([]);
		expect(trigger.staticData().poll).toMatchObject({ states: { x: 'a', y: 'a', z: 'a' } });
		api.done();

		// x moved to b, y was edited without moving, w is new.
		api = serve(
			[thing('x', 6, 'b'), thing('w', 5, 'a'), thing('y', 4, 'a'), thing('z', 1, 'a')],
			'-updated_at',
		);
		expect(await trigger.pollJson()).toEqual([thing('x', 6, 'b')]);
		expect(trigger.staticData().poll).toMatchObject({ states: { w: 'a', x: 'b', y: 'a', z: 'a' } });
		api.done();

		// w and y move: both are reported, oldest change first.
		api = serve(
			[thing('y', 8, 'c'), thing('w', 7, 'b'), thing('x', 6, 'b'), thing('z', 1, 'a')],
			'-updated_at',
		);
		expect(await trigger.pollJson()).toEqual([thing('w', 7, 'b'), thing('y', 8, 'c')]);
		expect(trigger.staticData().poll).toMatchObject({ states: { w: 'b', y: 'c' } });
	});

	it('learns on activation the states of the pages after the first, within the page cap', async () => {
		pollLimits.maxPages = 3;
		const trigger = harness({ event: 'stageChanged' });
		// Four pages of three, newest first: a to l, l oldest.
		const list = 'abcdefghijkl'.split('').map((id, index) => thing(id, 40 - index, 'lead'));
		let api = serve(list, '-updated_at');
		expect(await trigger.pollJson()).toEqual([]);
		// Page 1, the last page for the order (not counted), then pages 2 and 3 within the cap of 3.
		expect(api.reads).toEqual([1, 4, 2, 3]);
		const states = (trigger.staticData().poll as { states: Record<string, string> }).states;
		expect(Object.keys(states).sort()).toEqual('abcdefghi'.split(''));
		api.done();

		// h (page 3) moves to won and comes to the top; k (page 4, never read) is edited too.
		const moved = [thing('h', 51, 'won'), thing('k', 50, 'won')];
		api = serve(
			[...moved, ...list.filter((deal) => !['h', 'k'].includes(String(deal.id)))],
			'-updated_at',
		);
		expect(await trigger.pollJson()).toEqual([thing('h', 51, 'won')]);
		api.done();
	});

	it('starts afresh when the event is changed', async () => {
		const trigger = harness();
		let api = serve(things(2));
		await trigger.pollJson();
		api.done();
		trigger.setParameters({ event: 'stageChanged' });
		api = serve(things(3), '-updated_at');
		expect(await trigger.pollJson()).toEqual([]);
		expect(api.reads).toEqual([1]);
	});

	describe('list order: read from the first and last pages on every poll', () => {
		/** A fixed shuffle: no order by time, the same for the same list. */
		const shuffled = (list: Thing[]) =>
			[...list].sort(
				(a, b) => ((Number(a.id.slice(1)) * 7) % 11) - ((Number(b.id.slice(1)) * 7) % 11),
			);
		const inOrder = (list: Thing[], order: string) =>
			order === 'newest' ? list : order === 'oldest' ? [...list].reverse() : shuffled(list);

		/** `list` (newest first) served in `order` whatever `sort` says, 3 a page. */
		function serveIn(list: Thing[], order: string) {
			const reads: number[] = [];
			const served = inOrder(list, order);
			const pages = Math.max(1, Math.ceil(served.length / 3));
			const interceptor = nock('https://acme.test').get('/v1/things').query(true);
			interceptor.times(50).reply((uri) => {
				const page = Number(new URL(uri, 'https://acme.test').searchParams.get('page'));
				reads.push(page);
				return [200, { data: served.slice((page - 1) * 3, page * 3), pages }];
			});
			return { reads, done: () => nock.removeInterceptor(interceptor) };
		}

		it.each([
			// order, reading taken, reads: activation, steady, with 2 new
			// (newest: page 1 ends on the cursor's own second, so page 2 is read too)
			['newest', 'newest', [1, 4], [1, 4], [1, 4, 2]],
			// (oldest: the last page holds t10 alone, so activation reads page 3 to see whether
			// t10's second goes on there)
			['oldest', 'oldest', [1, 4, 3], [1, 4], [1, 4]],
			['unstable', 'unclear', [1, 4, 2, 3], [1, 4, 2, 3], [1, 4, 2, 3]],
		])(
			'served %s first: takes it as %s, emits each new record once, and reads %j, %j, %j',
			async (order, reading, activation, steady, withNew) => {
				const trigger = harness();
				let api = serveIn(things(10), order);
				expect(await trigger.pollJson()).toEqual([]);
				expect(trigger.staticData().poll).toMatchObject({ order: reading });
				expect(api.reads).toEqual(activation);
				api.done();

				api = serveIn(things(10), order);
				expect(await trigger.pollJson()).toEqual([]);
				expect(api.reads).toEqual(steady);
				api.done();

				api = serveIn(things(12), order);
				expect(ids(await trigger.pollJson())).toEqual(['t11', 't12']);
				expect(api.reads).toEqual(withNew);
				api.done();

				api = serveIn(things(12), order);
				expect(await trigger.pollJson()).toEqual([]);
			},
		);

		it('follows a list whose order changes between polls, losing and repeating nothing', async () => {
			const trigger = harness();
			const polls: Array<Array<string | number>> = [];
			let list = things(10);
			for (const [count, order] of [
				[10, 'newest'],
				[12, 'unstable'],
				[15, 'oldest'],
				[16, 'newest'],
				[19, 'unstable'],
			] as const) {
				list = things(count);
				const api = serveIn(list, order);
				polls.push(ids(await trigger.pollJson()) as string[]);
				api.done();
			}
			expect(polls).toEqual([
				[],
				['t11', 't12'],
				['t13', 't14', 't15'],
				['t16'],
				['t17', 't18', 't19'],
			]);
		});

		it('reads the whole list when a page breaks the order the first and last pages showed', async () => {
			const trigger = harness();
			let api = serve(things(12));
			await trigger.pollJson();
			api.done();
			// Newest first on pages 1 and 6, but page 2 runs t15, t12, t14 and t13 is on page 3.
			const byId = Object.fromEntries(things(18).map((t) => [t.id, t]));
			const list = ['t18', 't17', 't16', 't15', 't12', 't14', 't13', 't11', 't10']
				.map((id) => byId[id])
				.concat(things(9));
			api = serve(list);
			expect(ids(await trigger.pollJson())).toEqual(['t13', 't14', 't15', 't16', 't17', 't18']);
			expect(trigger.staticData().poll).toMatchObject({ order: 'unclear' });
		});

		it('fails with an error naming the cap when a list in no order is longer than a poll reads, cursor untouched', async () => {
			pollLimits.maxPages = 2;
			const trigger = harness();
			let api = serveIn(things(4), 'unstable');
			await trigger.pollJson();
			api.done();
			const before = trigger.staticData();
			api = serveIn(things(10), 'unstable');
			await expect(trigger.poll()).rejects.toThrow(
				'The list has 4 pages, more than the 2 a poll reads',
			);
			expect(api.reads).toEqual([1, 4]);
			expect(trigger.staticData()).toEqual(before);
		});
	});

	it('takes on a cursor saved by 0.1.0 (keyed on the event and filters only)', async () => {
		const trigger = harness();
		let api = serve(things(3));
		await trigger.pollJson();
		api.done();
		const saved = trigger.staticData().poll as IDataObject;
		// The same cursor as 0.1.0 stored it: its key, no order.
		const legacy: IDataObject = { ...saved, key: JSON.stringify(['created', {}]) };
		delete legacy.order;
		const upgraded = harness();
		upgraded.setStaticData({ poll: legacy });
		api = serve(things(5));
		expect(ids(await upgraded.pollJson())).toEqual(['t4', 't5']);
	});

	it('keys the cursor on every parameter: changing any of them starts afresh', async () => {
		const trigger = harness({ region: 'north' });
		let api = serve(things(2));
		await trigger.pollJson();
		api.done();
		trigger.setParameters({ event: 'created', region: 'south' });
		api = serve(things(3));
		// A fresh start: what exists now is handled, nothing is emitted.
		expect(await trigger.pollJson()).toEqual([]);
		api.done();
		api = serve(things(4));
		expect(ids(await trigger.pollJson())).toEqual(['t4']);
	});

	it('reads timestamps without a zone or with a space as UTC, and missing ones as oldest', () => {
		expect(timeOf('2026-01-01 10:00:00')).toBe(Date.UTC(2026, 0, 1, 10));
		expect(timeOf('2026-01-01T10:00:00')).toBe(Date.UTC(2026, 0, 1, 10));
		expect(timeOf('2026-01-01T10:00:00-03:00')).toBe(Date.UTC(2026, 0, 1, 13));
		expect(timeOf('2026-01-01')).toBe(Date.UTC(2026, 0, 1));
		expect(timeOf(undefined)).toBe(Number.NEGATIVE_INFINITY);
		expect(timeOf('soon')).toBe(Number.NEGATIVE_INFINITY);
	});

	describe('a second holding more than a page (a bulk import)', () => {
		/** Seven things at second 30 (b1…b7) above t1…t5, newest first: 12 things, 4 pages. */
		const bulk = () => [
			...['b1', 'b2', 'b3', 'b4', 'b5', 'b6', 'b7'].map((id) => thing(id, 30)),
			...things(5),
		];
		const withNew = () => [thing('n2', 31), thing('n1', 31), ...bulk()];
		const cursor = (trigger: ReturnType<typeof harness>) =>
			(trigger.staticData().poll as { top: { at: number; ids: string[]; closed?: true } }).top;
		/** The list served oldest first, whatever `sort` says. */
		function serveOldest(list: Thing[]) {
			const reads: number[] = [];
			const served = [...list].reverse();
			const interceptor = nock('https://acme.test').get('/v1/things').query(true);
			interceptor.times(50).reply((uri) => {
				const page = Number(new URL(uri, 'https://acme.test').searchParams.get('page'));
				reads.push(page);
				const pages = Math.ceil(served.length / 3);
				return [200, { data: served.slice((page - 1) * 3, page * 3), pages }];
			});
			return { reads, done: () => nock.removeInterceptor(interceptor) };
		}

		it('reads the whole second on activation, so none of it is taken for new later', async () => {
			const trigger = harness();
			let api = serve(bulk());
			expect(await trigger.pollJson()).toEqual([]);
			expect(api.reads).toEqual([1, 4, 2, 3]);
			expect(cursor(trigger).at).toBe(timeOf(at(30)));
			expect([...cursor(trigger).ids].sort()).toEqual(['b1', 'b2', 'b3', 'b4', 'b5', 'b6', 'b7']);
			api.done();

			// Within the vendor clock's skew the second may still grow: it is read again.
			api = serve(bulk());
			expect(await trigger.pollJson()).toEqual([]);
			expect(api.reads).toEqual([1, 4, 2, 3]);
			api.done();

			api = serve(withNew());
			expect(ids(await trigger.pollJson())).toEqual(['n2', 'n1']);
		});

		it.each([
			// why, Max Pages, n8n's clock, pages read on activation
			['the page cap runs out before its end', 2, Date.parse(at(31)), [1, 4, 2]],
			[
				'it is older than the vendor clock’s skew',
				10,
				Date.parse(at(36)) + 6 * 60_000,
				[1, 4, 2, 3],
			],
		])(
			'closes the second when %s: steady polls stop at it',
			async (_why, maxPages, now, activation) => {
				pollLimits.maxPages = maxPages;
				jest.spyOn(Date, 'now').mockReturnValue(now);
				const trigger = harness();
				let api = serve(bulk());
				expect(await trigger.pollJson()).toEqual([]);
				expect(api.reads).toEqual(activation);
				expect(cursor(trigger)).toEqual({ at: timeOf(at(30)), ids: [], closed: true });
				api.done();

				api = serve(bulk());
				expect(await trigger.pollJson()).toEqual([]);
				expect(api.reads).toEqual([1, 4]);
				api.done();

				api = serve(withNew());
				expect(ids(await trigger.pollJson())).toEqual(['n2', 'n1']);
				expect(cursor(trigger)).toMatchObject({ at: timeOf(at(31)) });
			},
		);

		it('takes two seconds on separate pages as an order', async () => {
			const trigger = harness();
			const list = [
				...['b1', 'b2', 'b3', 'b4', 'b5', 'b6'].map((id) => thing(id, 20)),
				...['a1', 'a2', 'a3', 'a4', 'a5', 'a6'].map((id) => thing(id, 10)),
			];
			let api = serve(list);
			expect(await trigger.pollJson()).toEqual([]);
			expect(trigger.staticData().poll).toMatchObject({ order: 'newest' });
			expect(api.reads).toEqual([1, 4, 2, 3]);
			api.done();

			api = serve([thing('n1', 21), ...list]);
			expect(ids(await trigger.pollJson())).toEqual(['n1']);
		});

		it('reads back from the last page of an oldest-first list', async () => {
			const trigger = harness();
			let api = serveOldest(bulk());
			expect(await trigger.pollJson()).toEqual([]);
			expect(trigger.staticData().poll).toMatchObject({ order: 'oldest' });
			expect(api.reads).toEqual([1, 4, 3, 2]);
			expect([...cursor(trigger).ids].sort()).toEqual(['b1', 'b2', 'b3', 'b4', 'b5', 'b6', 'b7']);
			api.done();

			api = serveOldest(bulk());
			expect(await trigger.pollJson()).toEqual([]);
			api.done();

			api = serveOldest(withNew());
			expect(ids(await trigger.pollJson())).toEqual(['n1', 'n2']);
		});
	});

	describe('window reads (a time filter, no order)', () => {
		/** Things filtered by since/until as the vendor would, listed by id; the queries are kept. */
		function serveWindow(list: Thing[]) {
			const queries: IDataObject[] = [];
			const interceptor = nock('https://acme.test')
				.get('/v1/things')
				.query((query) => queries.push(query) > 0);
			interceptor.times(60).reply((uri) => {
				const query = Object.fromEntries(new URL(uri, 'https://acme.test').searchParams);
				const found = [...list]
					.sort((a, b) => a.id.localeCompare(b.id))
					.filter(
						(t) =>
							(query.since === undefined || Date.parse(t.created_at) >= Date.parse(query.since)) &&
							(query.until === undefined || Date.parse(t.created_at) <= Date.parse(query.until)),
					);
				const page = Number(query.page);
				return [
					200,
					{
						data: found.slice((page - 1) * 3, page * 3),
						pages: Math.max(1, Math.ceil(found.length / 3)),
					},
				];
			});
			return { queries, done: () => nock.removeInterceptor(interceptor) };
		}

		it('reads a second holding more than the page cap over several polls, each record once', async () => {
			pollLimits.maxPages = 1;
			jest.spyOn(Date, 'now').mockReturnValue(Date.parse(at(0)));
			const trigger = harness({ event: 'windowed' });
			let api = serveWindow([]);
			await trigger.pollJson();
			expect(api.queries).toEqual([{ since: '2025-12-31T23:55:00Z', page: '1', per: '3' }]);
			api.done();

			// Seven things in one second: no window narrower than a second fits one page.
			const burst = ['a', 'b', 'c', 'd', 'e', 'f', 'g'].map((id) => thing(id, 30));
			const polls: Array<Array<string | number>> = [];
			for (let poll = 0; poll < 4; poll++) {
				api = serveWindow(burst);
				polls.push(ids(await trigger.pollJson()) as string[]);
				api.done();
			}
			expect(polls).toEqual([['a', 'b', 'c'], ['d', 'e', 'f'], ['g'], []]);

			// A later record is read once the full second is: the window after it no longer
			// starts at that second (which no narrower window gets past).
			const later: Array<Array<string | number>> = [];
			for (let poll = 0; poll < 4; poll++) {
				api = serveWindow([...burst, thing('n', 31)]);
				later.push(ids(await trigger.pollJson()) as string[]);
				api.done();
			}
			expect(later.flat()).toEqual(['n']);
			jest.restoreAllMocks();
		});

		it('reads a second fuller than the page cap that is there on activation over several polls, emitting none of it', async () => {
			pollLimits.maxPages = 1;
			const now = jest.spyOn(Date, 'now').mockReturnValue(Date.parse(at(30)) + 500);
			const trigger = harness({ event: 'windowed' });
			const burst = ['a', 'b', 'c', 'd', 'e', 'f', 'g'].map((id) => thing(id, 30));
			let api = serveWindow(burst);
			expect(await trigger.pollJson()).toEqual([]);
			// The start is narrowed to the current second (whole seconds), which still holds 3 pages.
			expect(api.queries.at(-1)).toEqual({ since: at(30), page: '1', per: '3' });
			api.done();

			now.mockReturnValue(Date.parse(at(31)));
			const polls: Array<Array<string | number>> = [];
			for (const list of [burst, burst, ...Array(3).fill([...burst, thing('n', 31)])]) {
				api = serveWindow(list as Thing[]);
				polls.push(ids(await trigger.pollJson()) as string[]);
				api.done();
			}
			// Pages 2 and 3 of the activation's window (which ends before n), then n: the next
			// window starts where that one ended, not at second 30 again.
			expect(polls).toEqual([[], [], ['n'], [], []]);
		});
	});

	describe('oldest-first reads (a growing code)', () => {
		const coded = (count: number) =>
			Array.from({ length: count }, (_, index) => ({ id: `c${index + 1}`, code: index + 1 }));

		function serveCoded(list: IDataObject[]) {
			const reads: number[] = [];
			const interceptor = nock('https://acme.test')
				.get('/v1/things')
				.query((query) => query.order === 'asc' && query.per === '3');
			interceptor.times(20).reply((uri) => {
				const page = Number(new URL(uri, 'https://acme.test').searchParams.get('page'));
				reads.push(page);
				return [
					200,
					{
						data: list.slice((page - 1) * 3, page * 3),
						pages: Math.max(1, Math.ceil(list.length / 3)),
					},
				];
			});
			return { reads, done: () => nock.removeInterceptor(interceptor) };
		}

		it('starts at the last page and reads on from the page it stopped on', async () => {
			const trigger = harness({ event: 'byCode' });
			let api = serveCoded(coded(4));
			expect(await trigger.pollJson()).toEqual([]);
			expect(api.reads).toEqual([1, 2]);
			expect(trigger.staticData().poll).toMatchObject({ top: { at: 4 }, page: 2 });
			api.done();

			api = serveCoded(coded(8));
			expect(ids(await trigger.pollJson())).toEqual(['c5', 'c6', 'c7', 'c8']);
			// Page 1 and the last page show the order; the cursor's page (2) is read on from.
			expect(api.reads).toEqual([1, 3, 2]);
			api.done();

			api = serveCoded(coded(8));
			expect(await trigger.pollJson()).toEqual([]);
			expect(api.reads).toEqual([1, 3]);
		});
	});

	describe('snapshot reads (no order)', () => {
		function serveAll(list: IDataObject[]) {
			const interceptor = nock('https://acme.test').get('/v1/things').query({ all: 'yes' });
			interceptor.times(5).reply(200, { data: list });
			return { done: () => nock.removeInterceptor(interceptor) };
		}

		it('sends an unpaged request and emits a record each time it newly takes the state', async () => {
			const trigger = harness({ event: 'snapshot' });
			let api = serveAll([
				{ id: 'x', stage: 'due' },
				{ id: 'y', stage: 'later' },
			]);
			expect(await trigger.pollJson()).toEqual([]);
			api.done();

			api = serveAll([
				{ id: 'x', stage: 'due' },
				{ id: 'y', stage: 'due' },
				{ id: 'z', stage: 'due' },
			]);
			expect(ids(await trigger.pollJson())).toEqual(['y', 'z']);
			api.done();

			// x left the list (done); when it comes back due, it is due again.
			api = serveAll([
				{ id: 'y', stage: 'due' },
				{ id: 'z', stage: 'due' },
			]);
			expect(await trigger.pollJson()).toEqual([]);
			expect(Object.keys((trigger.staticData().poll as { states: object }).states)).toEqual([
				'y',
				'z',
			]);
			api.done();
			api = serveAll([
				{ id: 'x', stage: 'due' },
				{ id: 'y', stage: 'due' },
			]);
			expect(ids(await trigger.pollJson())).toEqual(['x']);
		});

		it('remembers every record of the list', async () => {
			const trigger = harness({ event: 'snapshot' });
			const list = (due: string[]) =>
				['a', 'b', 'c', 'd', 'e'].map((id) => ({ id, stage: due.includes(id) ? 'due' : 'later' }));
			let api = serveAll(list(['a', 'b']));
			expect(await trigger.pollJson()).toEqual([]);
			api.done();

			// a and b stay due (not emitted again); e becomes due (emitted once).
			const polls: Array<Array<string | number>> = [];
			for (let poll = 0; poll < 3; poll++) {
				api = serveAll(list(['a', 'b', 'e']));
				polls.push(ids(await trigger.pollJson()) as string[]);
				api.done();
			}
			expect(polls).toEqual([['e'], [], []]);
			expect(Object.keys((trigger.staticData().poll as { states: object }).states)).toHaveLength(5);
		});
	});
});
