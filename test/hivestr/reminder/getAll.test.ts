import nock from 'nock';

import { reminderListQuery } from '../../../sandbox/contracts/hivestr';
import { hivestrApi, queriesSeen, runHivestr, tokenExchange } from '../hivestr-harness';

const reminders = [
	{
		id: 'uuid-tarefa',
		title: 'Ligar para o cliente',
		due_at: '2026-06-02T10:00:00Z',
		urgency: 'overdue',
		deal_id: 'uuid-deal',
		deal_title: 'Campanha verão',
		pipeline_stage: 'Negociação',
		client_name: 'João Silva',
		assignee_name: 'Maria Vendedora',
	},
	{ id: 't-2', title: 'Enviar contrato', due_at: '2026-06-02T18:00:00Z', urgency: 'due_today' },
	{ id: 't-3', title: 'Visitar', due_at: '2026-06-03T09:00:00Z', urgency: 'due_soon' },
];
const body = { success: true, count: 3, overdue_count: 1, data: reminders };
const counts = { count: 3, overdue_count: 1 };
const withCounts = (list: typeof reminders) => list.map((reminder) => ({ ...counts, ...reminder }));

describe('Hivestr › Reminder › Get Many', () => {
	it('filters by user and outputs one item per reminder with its urgency', async () => {
		tokenExchange();
		const seen = queriesSeen();
		const api = hivestrApi()
			.get('/api/v1/public/pipeline/reminders')
			.query(seen.match)
			.reply(200, body);

		const result = await runHivestr({
			resource: 'reminder',
			operation: 'getAll',
			returnAll: true,
			filters: { user_id: 'uuid-vendedor' },
		});

		expect(result.error).toBeUndefined();
		expect(api.isDone()).toBe(true);
		expect(seen.queries.map((query) => reminderListQuery.parse(query))).toEqual([
			{ user_id: 'uuid-vendedor' },
		]);
		expect(result.output('Hivestr')).toEqual(withCounts(reminders));
	});

	it('sends no query without a filter and keeps the first Limit reminders', async () => {
		tokenExchange();
		const api = hivestrApi().get('/api/v1/public/pipeline/reminders').reply(200, body);

		const result = await runHivestr({
			resource: 'reminder',
			operation: 'getAll',
			returnAll: false,
			limit: 1,
		});

		expect(result.error).toBeUndefined();
		expect(api.isDone()).toBe(true);
		expect(result.output('Hivestr')).toEqual(withCounts(reminders.slice(0, 1)));
	});

	it('keeps only the chosen urgencies (Hivestr is not asked to filter them)', async () => {
		tokenExchange();
		const api = hivestrApi().get('/api/v1/public/pipeline/reminders').reply(200, body);

		const result = await runHivestr({
			resource: 'reminder',
			operation: 'getAll',
			returnAll: true,
			filters: { urgency: ['overdue', 'due_today'] },
		});

		expect(result.error).toBeUndefined();
		expect(api.isDone()).toBe(true);
		expect(result.output('Hivestr')).toEqual(withCounts(reminders.slice(0, 2)));
	});

	it('keeps message, count and overdue_count: on every item, or in one summary item even with no reminders', async () => {
		tokenExchange();
		hivestrApi()
			.get('/api/v1/public/pipeline/reminders')
			.reply(200, { ...body, message: 'Lembretes carregados' })
			.get('/api/v1/public/pipeline/reminders')
			.reply(200, { success: true, count: 0, overdue_count: 0, data: [] });

		const each = await runHivestr({ resource: 'reminder', operation: 'getAll', returnAll: true });
		tokenExchange();
		const summary = await runHivestr({
			resource: 'reminder',
			operation: 'getAll',
			output: 'summary',
			returnAll: true,
		});

		expect(each.output('Hivestr')[0]).toEqual({
			message: 'Lembretes carregados',
			...counts,
			...reminders[0],
		});
		expect(summary.output('Hivestr')).toEqual([{ count: 0, overdue_count: 0, data: [] }]);
	});

	it('refuses an urgency given by expression that Hivestr does not document, before any request', async () => {
		const api = hivestrApi().get('/api/v1/public/pipeline/reminders').reply(200, body);

		const result = await runHivestr({
			resource: 'reminder',
			operation: 'getAll',
			returnAll: true,
			filters: { urgency: '={{ ["late"] }}' },
		});

		expect(result.error?.message).toBe('"Urgency" must be one of: overdue, due_today, due_soon');
		expect(api.isDone()).toBe(false);
		nock.cleanAll();
	});

	it('a 200 with success false is an error, not an empty list', async () => {
		tokenExchange();
		hivestrApi()
			.get('/api/v1/public/pipeline/reminders')
			.reply(200, { success: false, error: 'Sem permissão: clients' });

		const result = await runHivestr({ resource: 'reminder', operation: 'getAll', returnAll: true });

		expect(result.error?.message).toBe('Sem permissão: clients');
	});
});
