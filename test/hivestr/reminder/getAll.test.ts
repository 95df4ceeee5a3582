import { reminderListQuery } from '../../contracts/hivestr';
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
		expect(result.output('Hivestr')).toEqual(reminders);
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
		expect(result.output('Hivestr')).toEqual(reminders.slice(0, 1));
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
		expect(result.output('Hivestr')).toEqual(reminders.slice(0, 2));
	});
});
