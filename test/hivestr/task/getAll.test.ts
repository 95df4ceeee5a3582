import { hivestrApi, runHivestr, tokenExchange } from '../hivestr-harness';

const tasks = [
	{ id: 't-1', title: 'Ligar', due_at: '2026-06-02T10:00:00Z', is_completed: false },
	{ id: 't-2', title: 'Enviar proposta', due_at: null, is_completed: true },
	{ id: 't-3', title: 'Visitar', due_at: '2026-06-05T10:00:00Z', is_completed: false },
];

const getMany = (parameters: Record<string, unknown>) =>
	runHivestr({ resource: 'task', operation: 'getAll', dealId: 'deal-1', ...parameters });

describe('Hivestr › Task › Get Many', () => {
	it('lists the card tasks, one item each, with Return All', async () => {
		tokenExchange();
		const api = hivestrApi()
			.get('/api/v1/public/pipeline/deals/deal-1/tasks')
			.reply(200, { success: true, data: tasks });

		const result = await getMany({ returnAll: true });

		expect(result.error).toBeUndefined();
		expect(api.isDone()).toBe(true);
		expect(result.output('Hivestr')).toEqual(tasks);
	});

	it('keeps the first Limit tasks', async () => {
		tokenExchange();
		hivestrApi()
			.get('/api/v1/public/pipeline/deals/deal-1/tasks')
			.reply(200, { success: true, data: tasks });

		const result = await getMany({ returnAll: false, limit: 2 });

		expect(result.error).toBeUndefined();
		expect(result.output('Hivestr')).toEqual(tasks.slice(0, 2));
	});
});
