import { hivestrApi, runHivestr, tokenExchange } from '../hivestr-harness';

const remove = () =>
	runHivestr({ resource: 'task', operation: 'delete', dealId: 'deal-1', taskId: 't-1' });

describe('Hivestr › Task › Delete', () => {
	it('DELETEs the task and outputs which one was deleted when Hivestr returns no record', async () => {
		tokenExchange();
		const api = hivestrApi()
			.delete('/api/v1/public/pipeline/deals/deal-1/tasks/t-1')
			.reply(200, { success: true, message: 'Tarefa removida' });

		const result = await remove();

		expect(result.error).toBeUndefined();
		expect(api.isDone()).toBe(true);
		expect(result.output('Hivestr')).toEqual([
			{ deleted: true, id: 't-1', deal_id: 'deal-1', message: 'Tarefa removida' },
		]);
	});

	it('an empty answer is a deletion too', async () => {
		tokenExchange();
		hivestrApi().delete('/api/v1/public/pipeline/deals/deal-1/tasks/t-1').reply(204);

		const result = await remove();

		expect(result.output('Hivestr')).toEqual([{ deleted: true, id: 't-1', deal_id: 'deal-1' }]);
	});

	it('a 200 with success false is an error with the vendor message, not a deletion', async () => {
		tokenExchange();
		hivestrApi()
			.delete('/api/v1/public/pipeline/deals/deal-1/tasks/t-1')
			.reply(200, { success: false, error: 'Tarefa não pertence ao card' });

		const result = await remove();

		expect(result.error?.message).toBe('Tarefa não pertence ao card');
		expect((result.error as { httpCode?: string }).httpCode).toBe('200');
	});

	it('outputs deleted: true and the record when Hivestr returns one', async () => {
		tokenExchange();
		hivestrApi()
			.delete('/api/v1/public/pipeline/deals/deal-1/tasks/t-1')
			.reply(200, { success: true, data: { id: 't-1', deleted: true } });

		const result = await remove();

		expect(result.output('Hivestr')).toEqual([{ deleted: true, id: 't-1', deal_id: 'deal-1' }]);
	});
});
