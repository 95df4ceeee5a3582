import { taskUpdateBody } from '../../../sandbox/contracts/hivestr';
import { bodiesSeen, hivestrApi, runHivestr, tokenExchange } from '../hivestr-harness';

const update = (updateFields: Record<string, unknown>) =>
	runHivestr({
		resource: 'task',
		operation: 'update',
		dealId: 'deal-1',
		taskId: 't-1',
		updateFields,
	});

describe('Hivestr › Task › Update', () => {
	it('PATCHes the task (marking it complete) and outputs it', async () => {
		tokenExchange();
		const seen = bodiesSeen();
		const done = { id: 't-1', title: 'Retornar ligação', is_completed: true };
		const api = hivestrApi()
			.patch('/api/v1/public/pipeline/deals/deal-1/tasks/t-1', seen.match)
			.reply(200, { success: true, data: done });

		const result = await update({
			title: 'Retornar ligação',
			due_at: '2026-06-03T09:00:00-03:00',
			is_completed: true,
			user_id: 'uuid-vendedor',
		});

		expect(result.error).toBeUndefined();
		expect(api.isDone()).toBe(true);
		expect(taskUpdateBody.parse(seen.bodies[0])).toEqual({
			title: 'Retornar ligação',
			due_at: '2026-06-03T12:00:00Z',
			is_completed: true,
			user_id: 'uuid-vendedor',
		});
		expect(result.output('Hivestr')).toEqual([done]);
	});

	it('sends is_completed false from an expression as a boolean', async () => {
		tokenExchange();
		const seen = bodiesSeen();
		hivestrApi()
			.patch('/api/v1/public/pipeline/deals/deal-1/tasks/t-1', seen.match)
			.reply(200, { success: true, data: { id: 't-1', is_completed: false } });

		const result = await update({ is_completed: '={{ "false" }}' });

		expect(result.error).toBeUndefined();
		expect(taskUpdateBody.parse(seen.bodies[0])).toEqual({ is_completed: false });
	});

	it('refuses an update with no fields before sending', async () => {
		const exchange = tokenExchange();

		const result = await update({});

		expect(result.error?.message).toBe('Add at least one field under "Update Fields"');
		expect(exchange.isDone()).toBe(false);
	});
});
