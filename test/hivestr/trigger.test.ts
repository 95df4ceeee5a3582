import '../harness/mock-sleep';

import nock from 'nock';
import type { IDataObject } from 'n8n-workflow';
import type { ZodTypeAny } from 'zod';

import { HivestrApi } from '../../credentials/HivestrApi.credentials';
import { HivestrTrigger } from '../../nodes/Hivestr/HivestrTrigger.node';
import { pollLimits } from '../../nodes/shared/poll';
import {
	clientListQuery,
	dealListQuery,
	proposalListQuery,
	reminderListQuery,
} from '../../sandbox/contracts/hivestr';
import { startHivestr } from '../../sandbox';
import { pollHarness } from '../../harness/poll';
import { describeListOrders } from '../harness/list-orders';
import { call } from '../sandbox/client';
import {
	HIVESTR_KEY,
	HIVESTR_ORIGIN,
	HIVESTR_SECRET,
	hivestrApi,
	tokenExchange,
} from './hivestr-harness';

const NOW = Date.parse('2026-06-02T12:00:00Z');
const at = (minute: number) => new Date(NOW + minute * 60_000).toISOString().replace('.000', '');

/** The trigger node and its credential type, as the poll harness takes them. */
const TRIGGER = {
	nodeName: 'hivestrTrigger',
	node: new HivestrTrigger(),
	credentialTypes: [new HivestrApi()],
	credentialType: 'hivestrApi',
};
const CREDENTIAL = {
	apiKey: HIVESTR_KEY,
	apiSecret: HIVESTR_SECRET,
	baseUrl: `${HIVESTR_ORIGIN}/api/v1`,
};

function trigger(parameters: IDataObject) {
	tokenExchange();
	return pollHarness({
		...TRIGGER,
		credentialData: CREDENTIAL,
		parameters,
	});
}

/**
 * One Hivestr list as it stands now, in the order given (Hivestr lists newest first), in
 * pages of `pageSize` with `pagination.total_pages`; every query is checked and kept.
 */
function serve(path: string, contract: ZodTypeAny, rows: IDataObject[], pageSize = 100) {
	const queries: IDataObject[] = [];
	const interceptor = hivestrApi()
		.get(`/api/v1${path}`)
		.query((query) => {
			queries.push(contract.parse(query) as IDataObject);
			return true;
		});
	interceptor.times(20).reply((uri) => {
		const page = Number(new URL(uri, HIVESTR_ORIGIN).searchParams.get('page') ?? '1');
		const total_pages = Math.max(1, Math.ceil(rows.length / pageSize));
		return [
			200,
			{
				success: true,
				data: rows.slice((page - 1) * pageSize, page * pageSize),
				pagination: { page, limit: 100, total: rows.length, total_pages },
			},
		];
	});
	return { queries, done: () => nock.removeInterceptor(interceptor) };
}

const client = (id: string, minute: number) => ({
	id,
	name: `Client ${id}`,
	status: 'lead',
	created_at: at(minute),
});
const proposal = (id: string, minute: number, status = 'draft') => ({
	id,
	title: `Proposal ${id}`,
	status,
	created_at: at(minute),
});
const card = (id: string, stage: string) => ({
	id,
	title: `Card ${id}`,
	pipeline_stage: stage,
	created_at: at(0),
});
const reminder = (id: string, urgency: string) => ({
	id,
	title: `Task ${id}`,
	due_at: at(60),
	urgency,
	deal_id: 'card-1',
});
const ids = (records: IDataObject[]) => records.map((one) => one.id);

beforeEach(() => {
	jest.spyOn(Date, 'now').mockReturnValue(NOW);
});

afterEach(() => {
	jest.restoreAllMocks();
	pollLimits.maxPages = 10;
});

describe('Hivestr Trigger', () => {
	describe('New Client', () => {
		it('exchanges the key once, emits nothing on activation, then each new client once', async () => {
			const node = trigger({ event: 'newClient', filters: { status: 'lead' } });
			let api = serve('/public/clients', clientListQuery, [client('b', -1), client('a', -2)]);
			expect(await node.pollJson()).toEqual([]);
			expect(api.queries).toEqual([{ page: 1, limit: 100, status: 'lead' }]);
			api.done();

			api = serve('/public/clients', clientListQuery, [
				client('d', 2),
				client('c', 1),
				client('b', -1),
				client('a', -2),
			]);
			expect(await node.pollJson()).toEqual([client('c', 1), client('d', 2)]);
			api.done();

			api = serve('/public/clients', clientListQuery, [client('d', 2), client('c', 1)]);
			expect(await node.pollJson()).toEqual([]);
		});

		it('drains a backlog over several polls and loses nothing to a failed poll', async () => {
			const node = trigger({ event: 'newClient', maxPagesPerPoll: 1 });
			let api = serve('/public/clients', clientListQuery, [client('a', 0)], 2);
			await node.pollJson();
			api.done();
			const cursor = node.staticData();

			hivestrApi()
				.get('/api/v1/public/clients')
				.query(true)
				.reply(403, { success: false, error: 'Sem permissão: clients' });
			await expect(node.poll()).rejects.toThrow('Sem permissão: clients');
			expect(node.staticData()).toEqual(cursor);

			const rows = [
				client('n4', 4),
				client('n3', 3),
				client('n2', 2),
				client('n1', 1),
				client('a', 0),
			];
			const polls: IDataObject[][] = [];
			for (let poll = 0; poll < 3; poll++) {
				api = serve('/public/clients', clientListQuery, rows, 2);
				polls.push(await node.pollJson());
				api.done();
			}
			expect(polls.map(ids)).toEqual([['n3', 'n4'], ['n1', 'n2'], []]);
		});

		it('returns the newest client as the manual sample', async () => {
			const node = trigger({ event: 'newClient' });
			serve('/public/clients', clientListQuery, [client('b', -1), client('a', -2)]);
			expect(await node.pollJson('manual')).toEqual([client('b', -1)]);
			expect(node.staticData()).toEqual({});
		});
	});

	describe('New Proposal', () => {
		it('emits each new proposal once, same-second ones included', async () => {
			const node = trigger({ event: 'newProposal', filters: { client_id: 'cli-1' } });
			let api = serve('/public/proposals', proposalListQuery, [proposal('a', 1)]);
			await node.pollJson();
			expect(api.queries).toEqual([{ page: 1, limit: 100, client_id: 'cli-1' }]);
			api.done();
			api = serve('/public/proposals', proposalListQuery, [proposal('b', 1), proposal('a', 1)]);
			expect(ids(await node.pollJson())).toEqual(['b']);
			api.done();
			api = serve('/public/proposals', proposalListQuery, [
				proposal('c', 2),
				proposal('b', 1),
				proposal('a', 1),
			]);
			expect(ids(await node.pollJson())).toEqual(['c']);
		});
	});

	describe('Proposal Status Changed', () => {
		it('compares each watched proposal’s status with the last one seen', async () => {
			const node = trigger({ event: 'proposalStatusChanged', watchDays: 30 });
			let api = serve('/public/proposals', proposalListQuery, [proposal('a', 1), proposal('b', 2)]);
			expect(await node.pollJson()).toEqual([]);
			expect(api.queries).toEqual([{ page: 1, limit: 100, start_date: '2026-05-03' }]);
			api.done();

			api = serve('/public/proposals', proposalListQuery, [
				proposal('c', 3),
				proposal('b', 2, 'sent'),
				proposal('a', 1),
			]);
			expect(await node.pollJson()).toEqual([proposal('b', 2, 'sent')]);
			api.done();

			api = serve('/public/proposals', proposalListQuery, [
				proposal('c', 3, 'sent'),
				proposal('b', 2, 'sent'),
				proposal('a', 1),
			]);
			expect(await node.pollJson()).toEqual([proposal('c', 3, 'sent')]);
		});

		it('only reports the chosen statuses, and samples one of them', async () => {
			const node = trigger({
				event: 'proposalStatusChanged',
				filters: { toStatus: ['approved', 'rejected'] },
			});
			let api = serve('/public/proposals', proposalListQuery, [proposal('a', 1), proposal('b', 2)]);
			await node.pollJson();
			api.done();
			api = serve('/public/proposals', proposalListQuery, [
				proposal('a', 1, 'approved'),
				proposal('b', 2, 'viewed'),
			]);
			expect(await node.pollJson()).toEqual([proposal('a', 1, 'approved')]);
			api.done();
			serve('/public/proposals', proposalListQuery, [
				proposal('b', 2, 'viewed'),
				proposal('a', 1, 'approved'),
			]);
			expect(
				await trigger({
					event: 'proposalStatusChanged',
					filters: { toStatus: ['approved'] },
				}).pollJson('manual'),
			).toEqual([proposal('a', 1, 'approved')]);
		});
	});

	describe('Pipeline Card Changed Stage', () => {
		it('emits cards that moved, once, and only into the chosen stages', async () => {
			const node = trigger({
				event: 'cardStageChanged',
				filters: { toStage: ['Ganho', 'Perdido'] },
			});
			let api = serve('/public/pipeline/deals', dealListQuery, [
				card('a', 'Proposta'),
				card('b', 'Proposta'),
			]);
			expect(await node.pollJson()).toEqual([]);
			expect(api.queries).toEqual([{ page: 1, limit: 100 }]);
			api.done();

			api = serve('/public/pipeline/deals', dealListQuery, [
				card('c', 'Prospecção'),
				card('a', 'Ganho'),
				card('b', 'Negociação'),
			]);
			expect(await node.pollJson()).toEqual([card('a', 'Ganho')]);
			api.done();

			api = serve('/public/pipeline/deals', dealListQuery, [
				card('c', 'Perdido'),
				card('a', 'Ganho'),
				card('b', 'Negociação'),
			]);
			expect(await node.pollJson()).toEqual([card('c', 'Perdido')]);
		});

		it('reads every card on each poll, and fails with an error past 1,000 instead of missing moves', async () => {
			const cards = (count: number) =>
				Array.from({ length: count }, (_, index) => card(`k${index}`, 'Proposta'));
			const node = trigger({ event: 'cardStageChanged' });
			let api = serve('/public/pipeline/deals', dealListQuery, cards(250));
			expect(await node.pollJson()).toEqual([]);
			expect(api.queries.map((query) => query.page)).toEqual([1, 2, 3]);
			api.done();

			api = serve('/public/pipeline/deals', dealListQuery, cards(1001));
			const failure = node.poll();
			await expect(failure).rejects.toThrow('The list has 11 pages, more than the 10 a poll reads');
			await expect(failure).rejects.toMatchObject({
				description: expect.stringContaining("Narrow the list with the trigger's filters"),
			});
			// Only the first page was read, and the cursor stays as it was.
			expect(api.queries.map((query) => query.page)).toEqual([1]);
			expect(Object.keys((node.staticData().poll as { states: object }).states)).toHaveLength(250);

			api.done();

			// Raising Max Pages per Poll reads them all, with the same cursor (the cap is no filter).
			node.setParameters({ event: 'cardStageChanged', maxPagesPerPoll: 11 });
			const moved = cards(1001);
			moved[3] = card('k3', 'Ganho');
			moved[900] = card('k900', 'Ganho');
			api = serve('/public/pipeline/deals', dealListQuery, moved);
			// k3 moved; k900 is a card the trigger had not seen (past the 250), so no move of it is known.
			expect(ids(await node.pollJson())).toEqual(['k3']);
			expect(api.queries).toHaveLength(11);
		});
	});

	describe('stage, status and urgency values', () => {
		it('offers pre_approved among the proposal statuses, marked as the document shows it', () => {
			const filters = new HivestrTrigger().description.properties.find(
				(property) => property.name === 'filters',
			);
			const toStatus = (filters?.options as Array<{ name: string; options?: unknown[] }>).find(
				(option) => option.name === 'toStatus',
			);
			expect(toStatus?.options).toContainEqual({
				name: 'Pre-Approved',
				value: 'pre_approved',
				description:
					"Shown in Hivestr's API docs only as the status linked to the Aprovação pipeline stage, not in the proposal status lists",
			});
		});

		it('reports a proposal that became pre_approved', async () => {
			const node = trigger({
				event: 'proposalStatusChanged',
				filters: { toStatus: ['pre_approved'] },
			});
			let api = serve('/public/proposals', proposalListQuery, [proposal('p', 1, 'viewed')]);
			await node.pollJson();
			api.done();
			api = serve('/public/proposals', proposalListQuery, [proposal('p', 1, 'pre_approved')]);
			expect(await node.pollJson()).toEqual([proposal('p', 1, 'pre_approved')]);
		});

		it.each([
			[
				{ event: 'cardStageChanged', filters: { toStage: ['Fechado'] } },
				'"Fechado" is not a value of To Stage',
			],
			[
				{ event: 'proposalStatusChanged', filters: { toStatus: ['aprovado'] } },
				'"aprovado" is not a value of To Status',
			],
			[
				{ event: 'newClient', filters: { status: 'cliente' } },
				'"cliente" is not a value of Client Status',
			],
			[
				{ event: 'taskReminderDue', filters: { urgency: ['late'] } },
				'"late" is not a value of Urgency',
			],
		])(
			'refuses an undocumented value given by expression before any request (%j)',
			async (parameters, message) => {
				// No token exchange is mocked: the trigger must refuse before any request.
				const node = pollHarness({ ...TRIGGER, credentialData: CREDENTIAL, parameters });
				await expect(node.poll()).rejects.toThrow(message);
			},
		);
	});

	describe('Task Reminder Due', () => {
		it('reports a task once per chosen urgency it reaches, from the unpaged reminders', async () => {
			const node = trigger({ event: 'taskReminderDue', filters: { user_id: 'u-1' } });
			let api = serve('/public/pipeline/reminders', reminderListQuery, [
				reminder('t1', 'due_soon'),
			]);
			expect(await node.pollJson()).toEqual([]);
			expect(api.queries).toEqual([{ user_id: 'u-1' }]);
			api.done();

			api = serve('/public/pipeline/reminders', reminderListQuery, [
				reminder('t1', 'due_soon'),
				reminder('t2', 'due_today'),
			]);
			expect(await node.pollJson()).toEqual([reminder('t2', 'due_today')]);
			api.done();

			api = serve('/public/pipeline/reminders', reminderListQuery, [
				reminder('t1', 'due_today'),
				reminder('t2', 'overdue'),
			]);
			expect(ids(await node.pollJson())).toEqual(['t1', 't2']);
			api.done();

			// t2 was completed (gone), t1 unchanged: nothing.
			api = serve('/public/pipeline/reminders', reminderListQuery, [reminder('t1', 'due_today')]);
			expect(await node.pollJson()).toEqual([]);
		});

		it('watches only the chosen urgencies', async () => {
			const node = trigger({ event: 'taskReminderDue', filters: { urgency: ['overdue'] } });
			let api = serve('/public/pipeline/reminders', reminderListQuery, [
				reminder('t1', 'due_soon'),
			]);
			await node.pollJson();
			api.done();
			api = serve('/public/pipeline/reminders', reminderListQuery, [
				reminder('t1', 'due_today'),
				reminder('t2', 'due_soon'),
			]);
			expect(await node.pollJson()).toEqual([]);
			api.done();
			api = serve('/public/pipeline/reminders', reminderListQuery, [
				reminder('t1', 'overdue'),
				reminder('t2', 'due_today'),
			]);
			expect(await node.pollJson()).toEqual([reminder('t1', 'overdue')]);
		});

		it('emits the reminders already due on activation when Include Existing Records is on', async () => {
			const node = trigger({ event: 'taskReminderDue', includeExisting: true });
			serve('/public/pipeline/reminders', reminderListQuery, [
				reminder('t1', 'overdue'),
				reminder('t2', 'due_soon'),
			]);
			expect(ids(await node.pollJson())).toEqual(['t1', 't2']);
			expect(await node.pollJson()).toEqual([]);
		});
	});
});

describeListOrders('Hivestr Trigger › New Client against the sandbox', {
	trigger: TRIGGER,
	pageSize: 100,
	readsOrder: true,
	async start(listOrder) {
		const sandbox = await startHivestr({ listOrder, tokenLifetimeSeconds: 1_000_000 });
		const reply = await call(sandbox.baseUrl, 'POST', '/auth/token', {
			body: { api_key: sandbox.credentials.apiKey, api_secret: sandbox.credentials.apiSecret },
		});
		const token = String(reply.body.access_token);
		const status = { a: 'lead', b: 'prospect' };
		return {
			stop: sandbox.stop,
			credentials: sandbox.credentials,
			async createOne(index, variant) {
				const answer = await call(sandbox.baseUrl, 'POST', '/public/clients', {
					token,
					body: { name: `Client ${variant}${index}`, status: status[variant] },
				});
				expect(answer.status).toBe(201);
				return String(answer.body.data.id);
			},
			parameters: (variant) => ({ event: 'newClient', filters: { status: status[variant] } }),
		};
	},
});
