import '../harness/mock-sleep';

import nock from 'nock';
import type { IDataObject } from 'n8n-workflow';
import { sleep } from 'n8n-workflow';

import { SonarMarketingApi } from '../../credentials/SonarMarketingApi.credentials';
import { pollLimits } from '../../nodes/shared/poll';
import { SonarMarketingTrigger } from '../../nodes/SonarMarketing/SonarMarketingTrigger.node';
import { dealListQuery, listEnvelope } from '../../sandbox/contracts/sonar';
import { startSonar } from '../../sandbox';
import { pollHarness } from '../../harness/poll';
import { describeListOrders, tick } from '../harness/list-orders';
import { call } from '../sandbox/client';
import { SONAR_KEY, sonarApi } from './sonar-harness';

interface Deal extends IDataObject {
	id: string;
	title: string;
	phase: string;
	status: string;
	created_at: string;
	updated_at: string;
}

const at = (minute: number) => `2026-03-04T14:${String(minute).padStart(2, '0')}:00Z`;

/** A deal created at `created` (minutes) and last updated at `updated`. */
const deal = (
	id: string,
	created: number,
	updated = created,
	phase = 'lead',
	status = 'ativo',
): Deal => ({
	id,
	title: `Deal ${id}`,
	phase,
	status,
	created_at: at(created),
	updated_at: at(updated),
});

/** The trigger node and its credential type, as the poll harness takes them. */
const TRIGGER = {
	nodeName: 'sonarMarketingTrigger',
	node: new SonarMarketingTrigger(),
	credentialTypes: [new SonarMarketingApi()],
	credentialType: 'sonarMarketingApi',
};

function trigger(parameters: IDataObject) {
	return pollHarness({
		...TRIGGER,
		credentialData: { apiKey: SONAR_KEY, baseUrl: 'https://sonar.test/api/v1' },
		parameters,
	});
}

/**
 * Sonar's deals as it holds them now, served newest first on `sort` in pages of `pageSize`
 * (the node asks for 100; a smaller page shows the paging). Every query is checked against
 * the documented contract and kept.
 */
function serve(deals: Deal[], pageSize = 100, archivedUnfiltered = true) {
	const queries: IDataObject[] = [];
	const interceptor = sonarApi()
		.get('/api/v1/deals')
		.query((query) => {
			queries.push(dealListQuery.parse(query) as IDataObject);
			return true;
		});
	interceptor.times(20).reply((uri) => {
		const query = queries[queries.length - 1];
		const field = String(query.sort).replace(/^-/, '') as 'created_at' | 'updated_at';
		// `status` filters (sonar-deals.txt: ativo, arquivado); whether an unfiltered list
		// includes archived deals is not documented (`archivedUnfiltered`).
		const listed = deals.filter((one) =>
			query.status === undefined
				? archivedUnfiltered || one.status !== 'arquivado'
				: one.status === query.status,
		);
		const sorted = [...listed].sort((a, b) => b[field].localeCompare(a[field]));
		const page = Number(new URL(uri, 'https://sonar.test').searchParams.get('page'));
		const data = sorted.slice((page - 1) * pageSize, page * pageSize);
		const body = listEnvelope.parse({
			success: true,
			data,
			pagination: {
				page,
				limit: 100,
				total: listed.length,
				pages: Math.max(1, Math.ceil(listed.length / pageSize)),
			},
		});
		// The envelope contract keeps only the fields it names; send the whole deals.
		return [200, { ...body, data }];
	});
	return { queries, done: () => nock.removeInterceptor(interceptor) };
}

const ids = (records: IDataObject[]) => records.map((record) => record.id);

afterEach(() => {
	jest.restoreAllMocks();
	pollLimits.maxPages = 10;
});

describe('Sonar Marketing Trigger', () => {
	// Its polling-trigger shape: test/shared/trigger-descriptions.test.ts.
	it('reads with its credential and offers its three events', () => {
		const { description } = new SonarMarketingTrigger();
		expect(description.credentials).toEqual([{ name: 'sonarMarketingApi', required: true }]);
		const event = description.properties.find((property) => property.name === 'event');
		expect(event?.options?.map((option) => (option as { value: string }).value)).toEqual([
			'newDeal',
			'dealPhaseChanged',
			'dealClosed',
		]);
	});

	describe('New Deal', () => {
		it('emits nothing on activation, then each new deal once, oldest first', async () => {
			const node = trigger({ event: 'newDeal' });
			let api = serve([deal('a', 1), deal('b', 2)]);
			expect(await node.pollJson()).toEqual([]);
			expect(api.queries).toEqual([{ page: 1, limit: 100, sort: '-created_at' }]);
			api.done();

			api = serve([deal('a', 1), deal('b', 2), deal('d', 4), deal('c', 3)]);
			expect(await node.pollJson()).toEqual([deal('c', 3), deal('d', 4)]);
			expect(api.queries).toEqual([{ page: 1, limit: 100, sort: '-created_at' }]);
			api.done();

			// Edits do not make a deal new again.
			api = serve([deal('a', 1, 9), deal('b', 2), deal('d', 4), deal('c', 3)]);
			expect(await node.pollJson()).toEqual([]);
		});

		it('emits deals created in the same second as the last one exactly once', async () => {
			// n8n's clock just after that second: the vendor's clock may still give it out.
			jest.spyOn(Date, 'now').mockReturnValue(Date.parse(at(6)));
			const node = trigger({ event: 'newDeal' });
			let api = serve([deal('a', 5)]);
			await node.pollJson();
			api.done();
			api = serve([deal('a', 5), deal('b', 5), deal('c', 5)]);
			expect(ids(await node.pollJson()).sort()).toEqual(['b', 'c']);
			api.done();
			api = serve([deal('a', 5), deal('b', 5), deal('c', 5), deal('e', 5)]);
			expect(await node.pollJson()).toEqual([deal('e', 5)]);
		});

		it('drains a backlog larger than one poll over several polls', async () => {
			const node = trigger({ event: 'newDeal', maxPagesPerPoll: 1 });
			let api = serve([deal('a', 0)], 2);
			await node.pollJson();
			api.done();

			const backlog = [1, 2, 3, 4, 5, 6].map((minute) => deal(`n${minute}`, minute));
			const seen: Array<string | number> = [];
			const polls: IDataObject[][] = [];
			for (let poll = 0; poll < 4; poll++) {
				api = serve([deal('a', 0), ...backlog], 2);
				const emitted = await node.pollJson();
				polls.push(emitted);
				seen.push(...(ids(emitted) as string[]));
				api.done();
			}
			expect(polls.map(ids)).toEqual([['n5', 'n6'], ['n3', 'n4'], ['n1', 'n2'], []]);
			expect(seen.sort()).toEqual(['n1', 'n2', 'n3', 'n4', 'n5', 'n6']);
		});

		it('loses nothing when a poll fails: the next poll emits the same deals', async () => {
			const node = trigger({ event: 'newDeal' });
			let api = serve([deal('a', 1)]);
			await node.pollJson();
			api.done();
			const cursor = node.staticData();

			const failing = sonarApi()
				.get('/api/v1/deals')
				.query({ page: 1, limit: 100, sort: '-created_at' })
				.times(4)
				.reply(500, { success: false, error: { code: 'INTERNAL', message: 'Erro interno' } });
			await expect(node.poll()).rejects.toThrow('Erro interno');
			expect(failing.isDone()).toBe(true);
			expect(jest.mocked(sleep)).toHaveBeenCalled();
			expect(node.staticData()).toEqual(cursor);

			api = serve([deal('a', 1), deal('b', 2)]);
			expect(await node.pollJson()).toEqual([deal('b', 2)]);
		});

		it('sends the filters to the list and returns the newest deal as the manual sample', async () => {
			const node = trigger({
				event: 'newDeal',
				filters: { client_id: 'cli-uuid', responsible_id: 'user-uuid', source: ' indicacao ' },
			});
			const api = serve([deal('a', 1), deal('b', 2)]);
			expect(await node.pollJson('manual')).toEqual([deal('b', 2)]);
			expect(api.queries).toEqual([
				{
					page: 1,
					limit: 100,
					sort: '-created_at',
					client_id: 'cli-uuid',
					responsible_id: 'user-uuid',
					source: 'indicacao',
				},
			]);
			expect(node.staticData()).toEqual({});
		});

		it('emits the existing deals first when Include Existing Records is on', async () => {
			const node = trigger({ event: 'newDeal', includeExisting: true });
			let api = serve([deal('a', 1), deal('b', 2)]);
			expect(ids(await node.pollJson())).toEqual(['a', 'b']);
			api.done();
			api = serve([deal('a', 1), deal('b', 2)]);
			expect(await node.pollJson()).toEqual([]);
		});
	});

	describe('Deal Phase Changed', () => {
		it('emits a deal when its phase differs from the one last seen', async () => {
			const node = trigger({ event: 'dealPhaseChanged' });
			let api = serve([deal('a', 1), deal('b', 2)]);
			expect(await node.pollJson()).toEqual([]);
			expect(api.queries).toEqual([{ page: 1, limit: 100, sort: '-updated_at' }]);
			api.done();

			// a moved to proposta; b was edited in place; c is new.
			api = serve([deal('a', 1, 5, 'proposta'), deal('b', 2, 6), deal('c', 7)]);
			expect(await node.pollJson()).toEqual([deal('a', 1, 5, 'proposta')]);
			api.done();

			// Nothing changed since: nothing again. Then c moves, and a moves back.
			api = serve([deal('a', 1, 5, 'proposta'), deal('b', 2, 6), deal('c', 7)]);
			expect(await node.pollJson()).toEqual([]);
			api.done();
			api = serve([deal('a', 1, 9, 'lead'), deal('b', 2, 6), deal('c', 7, 8, 'proposta')]);
			expect(await node.pollJson()).toEqual([deal('c', 7, 8, 'proposta'), deal('a', 1, 9)]);
		});

		it('only reports moves into the To Phase filter', async () => {
			const node = trigger({ event: 'dealPhaseChanged', filters: { toPhase: 'proposta' } });
			let api = serve([deal('a', 1), deal('b', 2, 2, 'proposta')]);
			await node.pollJson();
			api.done();
			api = serve([deal('a', 1, 5, 'proposta'), deal('b', 2, 6, 'negociacao')]);
			expect(await node.pollJson()).toEqual([deal('a', 1, 5, 'proposta')]);
			expect(api.queries).toEqual([{ page: 1, limit: 100, sort: '-updated_at' }]);
		});

		it('returns the most recently updated deal in the wanted phase as the manual sample', async () => {
			const node = trigger({ event: 'dealPhaseChanged', filters: { toPhase: 'proposta' } });
			serve([deal('a', 1, 3, 'proposta'), deal('b', 2, 4)]);
			expect(await node.pollJson('manual')).toEqual([deal('a', 1, 3, 'proposta')]);
		});
	});

	describe('Deal Won, Lost or Archived', () => {
		it('emits a deal once when it takes a chosen closing status', async () => {
			const node = trigger({ event: 'dealClosed', statuses: ['ganho', 'perdido'] });
			let api = serve([deal('a', 1), deal('b', 2), deal('c', 3)]);
			expect(await node.pollJson()).toEqual([]);
			expect(api.queries).toEqual([{ page: 1, limit: 100, sort: '-updated_at' }]);
			api.done();

			api = serve([
				deal('a', 1, 5, 'lead', 'ganho'),
				deal('b', 2, 6, 'lead', 'arquivado'),
				deal('c', 3, 7, 'lead', 'perdido'),
			]);
			expect(ids(await node.pollJson())).toEqual(['a', 'c']);
			api.done();

			// A later edit of a won deal is not a new win.
			api = serve([
				deal('a', 1, 9, 'proposta', 'ganho'),
				deal('b', 2, 6, 'lead', 'arquivado'),
				deal('c', 3, 7, 'lead', 'perdido'),
			]);
			expect(await node.pollJson()).toEqual([]);
		});

		it.each([
			['with archived deals', true],
			['without archived deals', false],
		])(
			'reads archived deals with status=arquivado, the unfiltered list coming %s',
			async (_, archivedUnfiltered) => {
				const node = trigger({ event: 'dealClosed' });
				let api = serve(
					[deal('a', 1), deal('b', 2), deal('z', 0, 1, 'lead', 'arquivado')],
					100,
					archivedUnfiltered,
				);
				await node.pollJson();
				expect(api.queries).toEqual([
					{ page: 1, limit: 100, sort: '-updated_at' },
					{ page: 1, limit: 100, sort: '-updated_at', status: 'arquivado' },
				]);
				api.done();
				api = serve(
					[
						deal('a', 1, 5, 'lead', 'arquivado'),
						deal('b', 2),
						deal('z', 0, 1, 'lead', 'arquivado'),
					],
					100,
					archivedUnfiltered,
				);
				expect(await node.pollJson()).toEqual([deal('a', 1, 5, 'lead', 'arquivado')]);
				api.done();
				api = serve(
					[
						deal('a', 1, 5, 'lead', 'arquivado'),
						deal('b', 2),
						deal('z', 0, 1, 'lead', 'arquivado'),
					],
					100,
					archivedUnfiltered,
				);
				expect(await node.pollJson()).toEqual([]);
			},
		);

		it('reads only the archived list when only Arquivado is chosen, and marks ganho and perdido', async () => {
			const node = trigger({ event: 'dealClosed', statuses: ['arquivado'] });
			const api = serve([deal('a', 1)]);
			await node.pollJson();
			expect(api.queries).toEqual([
				{ page: 1, limit: 100, sort: '-updated_at', status: 'arquivado' },
			]);
			const statuses = new SonarMarketingTrigger().description.properties.find(
				(property) => property.name === 'statuses',
			);
			expect(statuses?.options?.map((option) => option.name)).toEqual([
				'Arquivado (Archived)',
				"Ganho (Won) (Not in Sonar Marketing's API Docs)",
				"Perdido (Lost) (Not in Sonar Marketing's API Docs)",
			]);
		});

		it('returns the most recently closed deal as the manual sample', async () => {
			const node = trigger({ event: 'dealClosed', statuses: ['ganho'] });
			serve([deal('a', 1, 2, 'lead', 'ganho'), deal('b', 3, 4, 'lead', 'perdido')]);
			expect(await node.pollJson('manual')).toEqual([deal('a', 1, 2, 'lead', 'ganho')]);
		});
	});
});

describeListOrders('Sonar Marketing Trigger › New Deal against the sandbox', {
	trigger: TRIGGER,
	pageSize: 100,
	readsOrder: true,
	async start(listOrder) {
		const sandbox = await startSonar({ listOrder });
		const source = { a: 'site', b: 'indicacao' };
		return {
			stop: sandbox.stop,
			credentials: sandbox.credentials,
			async createOne(index, variant) {
				const reply = await call(sandbox.baseUrl, 'POST', '/deals', {
					token: sandbox.credentials.apiKey,
					body: { title: `Deal ${variant}${index}`, source: source[variant] },
				});
				expect(reply.status).toBe(201);
				return String(reply.body.data.id);
			},
			parameters: (variant) => ({ event: 'newDeal', filters: { source: source[variant] } }),
		};
	},
});

describeListOrders('Sonar Marketing Trigger › Deal Archived against the sandbox', {
	trigger: TRIGGER,
	pageSize: 100,
	async start(listOrder) {
		const sandbox = await startSonar({ listOrder });
		const source = { a: 'site', b: 'indicacao' };
		return {
			stop: sandbox.stop,
			credentials: sandbox.credentials,
			/** Deals created, then archived (DELETE /v1/deals/:id sets status = arquivado). */
			async createOne(index, variant) {
				const reply = await call(sandbox.baseUrl, 'POST', '/deals', {
					token: sandbox.credentials.apiKey,
					body: { title: `Deal ${variant}${index}`, source: source[variant] },
				});
				const id = String(reply.body.data.id);
				tick();
				const archived = await call(sandbox.baseUrl, 'DELETE', `/deals/${id}`, {
					token: sandbox.credentials.apiKey,
				});
				expect(archived.status).toBe(200);
				return id;
			},
			parameters: (variant) => ({
				event: 'dealClosed',
				statuses: ['arquivado'],
				filters: { source: source[variant] },
			}),
		};
	},
});
