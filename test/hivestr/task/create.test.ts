import { taskCreateBody } from '../../contracts/hivestr';
import { bodiesSeen, hivestrApi, runHivestr, tokenExchange } from '../hivestr-harness';

const task = { id: 't-1', title: 'Ligar para o cliente', due_at: '2026-06-02T14:30:00Z' };

const create = (parameters: Record<string, unknown>) =>
	runHivestr({ resource: 'task', operation: 'create', dealId: 'deal-1', ...parameters });

describe('Hivestr › Task › Create', () => {
	it('POSTs title, ISO 8601 due date and user to the card and outputs the task', async () => {
		tokenExchange();
		const seen = bodiesSeen();
		const api = hivestrApi()
			.post('/api/v1/public/pipeline/deals/deal-1/tasks', seen.match)
			.reply(201, { success: true, data: task });

		const result = await create({
			title: 'Ligar para o cliente',
			additionalFields: { due_at: '2026-06-02T14:30:00Z', user_id: 'uuid-vendedor' },
		});

		expect(result.error).toBeUndefined();
		expect(api.isDone()).toBe(true);
		expect(taskCreateBody.parse(seen.bodies[0])).toEqual({
			title: 'Ligar para o cliente',
			due_at: '2026-06-02T14:30:00Z',
			user_id: 'uuid-vendedor',
		});
		expect(result.output('Hivestr')).toEqual([task]);
	});

	it.each([
		[{ title: '={{ "" }}' }, '"Title" is required'],
		[{ title: 'X', dealId: '={{ "" }}' }, '"Card ID" is required'],
		[
			{ title: 'X', additionalFields: { due_at: 'amanhã às 10' } },
			'"Due At" must be an ISO 8601 date-time such as 2026-06-02T14:30:00Z',
		],
	])('refuses %j before sending', async (parameters, message) => {
		const exchange = tokenExchange();

		const result = await create(parameters);

		expect(result.error?.message).toBe(message);
		expect(exchange.isDone()).toBe(false);
	});
});
