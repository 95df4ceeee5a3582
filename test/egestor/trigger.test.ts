import '../harness/mock-sleep';

import nock from 'nock';
import type { IDataObject } from 'n8n-workflow';

import { EGestorApi } from '../../credentials/EGestorApi.credentials';
import { EGestorTrigger } from '../../nodes/EGestor/EGestorTrigger.node';
import { pollLimits } from '../../nodes/shared/poll';
import { listQuery } from '../../sandbox/contracts/egestor';
import { startEGestor } from '../../sandbox';
import { pollHarness } from '../../harness/poll';
import { describeListOrders } from '../harness/list-orders';
import { call } from '../sandbox/client';
import {
	ACCESS,
	BASE,
	eGestorApi,
	ORIGIN,
	page,
	PERSONAL_TOKEN,
	TOKEN_PATH,
} from './egestor-harness';

/** The trigger node and its credential type, as the poll harness takes them. */
const TRIGGER = {
	nodeName: 'eGestorTrigger',
	node: new EGestorTrigger(),
	credentialTypes: [new EGestorApi()],
	credentialType: 'eGestorApi',
};

function trigger(parameters: IDataObject) {
	return pollHarness({
		...TRIGGER,
		credentialData: {
			personalToken: PERSONAL_TOKEN,
			baseUrl: BASE,
			accessTokenUrl: `${ORIGIN}${TOKEN_PATH}`,
			accessToken: ACCESS,
		},
		parameters: { authentication: 'personalToken', ...parameters },
	});
}

/**
 * One eGestor list as it stands now, oldest first, `pageSize` a page (eGestor's 50 unless a
 * test shrinks it to show paging) in the documented envelope. Queries are checked and kept.
 */
function serve(path: string, rows: IDataObject[], pageSize = 50) {
	const queries: IDataObject[] = [];
	const interceptor = eGestorApi()
		.get(`/api/v1${path}`)
		.query((query) => {
			queries.push(listQuery.parse(query) as IDataObject);
			return true;
		});
	interceptor.times(20).reply(() => {
		const number = Number(queries[queries.length - 1].page);
		const last = Math.max(1, Math.ceil(rows.length / pageSize));
		return [
			200,
			page(rows.slice((number - 1) * pageSize, number * pageSize), number, last, rows.length),
		];
	});
	return {
		queries,
		pages: () => queries.map((query) => query.page),
		done: () => nock.removeInterceptor(interceptor),
	};
}

const sale = (codigo: number) => ({
	codigo,
	codContato: 7,
	dtVenda: '2026-04-01',
	valorTotal: 500,
	situacao: 50,
});
const money = (codigo: number, situacao: string) => ({
	codigo: String(codigo),
	descricao: `Parcela ${codigo}`,
	situacao,
	data: '2026-04-24',
	valor: '50.00',
});
const codes = (records: IDataObject[]) => records.map((record) => Number(record.codigo));
const sales = (from: number, to: number) =>
	Array.from({ length: to - from + 1 }, (_, index) => sale(from + index));

afterEach(() => {
	pollLimits.maxPages = 10;
});

describe('eGestor Trigger', () => {
	describe.each([
		['newContact', '/contatos'],
		['newSale', '/vendas'],
		['newReceivable', '/recebimentos'],
		['newPayable', '/pagamentos'],
	])('%s', (event, path) => {
		it(`emits nothing on activation, then each new record of ${path} once, by code`, async () => {
			const node = trigger({ event });
			// 51 records: the newest are on the last page.
			let api = serve(path, sales(1, 51));
			expect(await node.pollJson()).toEqual([]);
			expect(api.queries).toEqual([{ page: 1 }, { page: 2 }]);
			api.done();

			api = serve(path, sales(1, 53));
			expect(codes(await node.pollJson())).toEqual([52, 53]);
			// Page 1 and the last page show the order (oldest first); the cursor's page is the last.
			expect(api.pages()).toEqual([1, 2]);
			api.done();

			api = serve(path, sales(1, 53));
			expect(await node.pollJson()).toEqual([]);
		});

		it('returns the newest record as the manual sample', async () => {
			const node = trigger({ event });
			serve(path, sales(1, 3));
			expect(await node.pollJson('manual')).toEqual([sale(3)]);
			expect(node.staticData()).toEqual({});
		});
	});

	describe('New Sale', () => {
		it('sends the text filter (filtro)', async () => {
			const node = trigger({ event: 'newSale', filtro: ' Cliente ' });
			const api = serve('/vendas', sales(1, 1));
			await node.pollJson();
			expect(api.queries).toEqual([{ page: 1, filtro: 'Cliente' }]);
		});

		it('drains a backlog over several polls, oldest first, without loss or repeat', async () => {
			const node = trigger({ event: 'newSale', maxPagesPerPoll: 1 });
			let api = serve('/vendas', sales(1, 3), 2);
			await node.pollJson();
			api.done();
			const polls: number[][] = [];
			const reads: unknown[][] = [];
			for (let poll = 0; poll < 4; poll++) {
				api = serve('/vendas', sales(1, 9), 2);
				polls.push(codes(await node.pollJson()));
				reads.push(api.pages());
				api.done();
			}
			expect(polls).toEqual([[4, 5, 6], [7, 8], [9], []]);
			// Each poll reads page 1 and the last page (to see the order; not counted against the
			// cap), then again the page it stopped on and one more.
			expect(reads).toEqual([
				[1, 5, 2, 3],
				[1, 5, 3, 4],
				[1, 5, 4],
				[1, 5],
			]);
		});

		it('steps back a page when records before the cursor were deleted', async () => {
			const node = trigger({ event: 'newSale' });
			let api = serve('/vendas', sales(1, 4), 2);
			await node.pollJson();
			api.done();
			// 1 and 2 deleted, 5 and 6 added: page 2 now starts with 5.
			api = serve('/vendas', sales(3, 6), 2);
			expect(codes(await node.pollJson())).toEqual([5, 6]);
			// Page 2 now starts past the cursor, so page 1 is read on from (both were read already).
			expect(api.pages()).toEqual([1, 2]);
		});

		it('loses nothing when a poll fails (503 past the retries)', async () => {
			const node = trigger({ event: 'newSale' });
			let api = serve('/vendas', sales(1, 2));
			await node.pollJson();
			api.done();
			const cursor = node.staticData();
			const failing = eGestorApi()
				.get('/api/v1/vendas')
				.query(true)
				.times(4)
				.reply(503, { errCode: 503, errMsg: 'Serviço indisponível', errObs: null });
			await expect(node.poll()).rejects.toThrow('Serviço indisponível');
			expect(failing.isDone()).toBe(true);
			expect(node.staticData()).toEqual(cursor);
			api = serve('/vendas', sales(1, 3));
			expect(codes(await node.pollJson())).toEqual([3]);
		});

		it('emits every existing sale first when Include Existing Records is on', async () => {
			const node = trigger({ event: 'newSale', includeExisting: true });
			let api = serve('/vendas', sales(1, 3), 2);
			expect(codes(await node.pollJson())).toEqual([1, 2, 3]);
			api.done();
			api = serve('/vendas', sales(1, 3), 2);
			expect(await node.pollJson()).toEqual([]);
		});
	});

	describe.each([
		['receivableReceived', '/recebimentos', '20', '40'],
		['payablePaid', '/pagamentos', '10', '30'],
	])('%s', (event, path, open, settled) => {
		it(`emits a record once when its situacao becomes ${settled}, reading the whole list`, async () => {
			const node = trigger({ event });
			let api = serve(path, [money(1, open), money(2, open), money(3, settled)], 2);
			expect(await node.pollJson()).toEqual([]);
			// Any record may be settled, however old: every page is read.
			expect(api.pages()).toEqual([1, 2]);
			api.done();

			api = serve(
				path,
				[money(1, settled), money(2, open), money(3, settled), money(4, settled)],
				2,
			);
			expect(await node.pollJson()).toEqual([money(1, settled), money(4, settled)]);
			api.done();

			api = serve(
				path,
				[money(1, settled), money(2, settled), money(3, settled), money(4, settled)],
				2,
			);
			expect(await node.pollJson()).toEqual([money(2, settled)]);
			api.done();

			api = serve(
				path,
				[money(1, settled), money(2, settled), money(3, settled), money(4, settled)],
				2,
			);
			expect(await node.pollJson()).toEqual([]);
		});

		it('returns the newest settled record (highest code) as the manual sample', async () => {
			const node = trigger({ event });
			serve(path, [money(1, settled), money(2, settled), money(3, open)]);
			expect(await node.pollJson('manual')).toEqual([money(2, settled)]);
		});
	});

	describe('Payable Paid', () => {
		it('takes situacao 40 (both payable examples of the document) as paid too, once', async () => {
			const node = trigger({ event: 'payablePaid' });
			let api = serve('/pagamentos', [money(1, '10'), money(2, '10')]);
			expect(await node.pollJson()).toEqual([]);
			api.done();

			api = serve('/pagamentos', [money(1, '40'), money(2, '30')]);
			expect(await node.pollJson()).toEqual([money(1, '40'), money(2, '30')]);
			api.done();

			// 30 → 40 (or back) is not a second payment.
			api = serve('/pagamentos', [money(1, '30'), money(2, '40')]);
			expect(await node.pollJson()).toEqual([]);
		});

		it('says so in its description', () => {
			const event = new EGestorTrigger().description.properties.find(
				(property) => property.name === 'event',
			);
			const option = event?.options?.find(
				(one) => 'value' in one && one.value === 'payablePaid',
			) as { description?: string };
			expect(option.description).toContain('30');
			expect(option.description).toContain('40');
		});

		it('fails with an error naming the cap when the list is longer than a poll reads', async () => {
			const node = trigger({ event: 'payablePaid', maxPagesPerPoll: 2 });
			const api = serve(
				'/pagamentos',
				Array.from({ length: 5 }, (_, index) => money(index + 1, '10')),
				2,
			);
			await expect(node.poll()).rejects.toThrow(
				'The list has 3 pages, more than the 2 a poll reads',
			);
			expect(api.pages()).toEqual([1]);
			expect(node.staticData()).toEqual({});
		});
	});

	describe('the cursor belongs to the text filter', () => {
		it('starts afresh when filtro changes, and still emits new matching records', async () => {
			const node = trigger({ event: 'newSale', filtro: 'Ana' });
			let api = serve('/vendas', sales(1, 60));
			await node.pollJson();
			api.done();
			// Another filter lists other sales, on fewer pages: the old cursor's page is not reused.
			node.setParameters({ authentication: 'personalToken', event: 'newSale', filtro: 'Bia' });
			api = serve('/vendas', sales(1, 3));
			expect(await node.pollJson()).toEqual([]);
			api.done();
			api = serve('/vendas', sales(1, 4));
			expect(codes(await node.pollJson())).toEqual([4]);
		});
	});
});

describeListOrders('eGestor Trigger › New Contact against the sandbox', {
	trigger: TRIGGER,
	pageSize: 50,
	readsOrder: true,
	async start(listOrder) {
		const sandbox = await startEGestor({
			listOrder,
			rateLimit: 1_000_000,
			accessTokenLifetimeSeconds: 1_000_000,
		});
		const tokenUrl = sandbox.credentials.accessTokenUrl.replace(/\/access_token$/, '');
		const reply = await call(tokenUrl, 'POST', '/access_token', {
			body: { grant_type: 'personal', personal_token: sandbox.credentials.personalToken },
		});
		const token = String(reply.body.access_token);
		const word = { a: 'Alfa', b: 'Bravo' };
		return {
			stop: sandbox.stop,
			credentials: sandbox.credentials,
			async createOne(index, variant) {
				const answer = await call(sandbox.baseUrl, 'POST', '/contatos', {
					token,
					body: { nome: `${word[variant]} ${index}`, tipo: ['cliente'] },
				});
				expect(answer.status).toBe(200);
				return String(answer.body.codigo);
			},
			parameters: (variant) => ({
				authentication: 'personalToken',
				event: 'newContact',
				filtro: word[variant],
			}),
			idOf: (record) => String(record.codigo),
		};
	},
});
