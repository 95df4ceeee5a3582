import { getGlobalState, setGlobalState } from 'n8n-workflow';

import { taskCreateBody } from '../../../sandbox/contracts/hivestr';
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
		[{ title: 'X', dealId: '={{ "" }}' }, '"Pipeline Card" is required'],
		[
			{ title: 'X', additionalFields: { due_at: 'amanhã às 10' } },
			'"Due At" must be a date-time such as 2026-06-02T14:30:00 or 2026-06-02T14:30:00Z',
		],
		[
			{ title: 'X', additionalFields: { due_at: '2026-02-30T10:00:00' } },
			'"Due At" must be a date-time such as 2026-06-02T14:30:00 or 2026-06-02T14:30:00Z',
		],
	])('refuses %j before sending', async (parameters, message) => {
		const exchange = tokenExchange();

		const result = await create(parameters);

		expect(result.error?.message).toBe(message);
		expect(exchange.isDone()).toBe(false);
	});

	describe("due dates without a zone are read in the workflow's time zone and sent in UTC", () => {
		const before = getGlobalState().defaultTimezone;
		beforeAll(() => setGlobalState({ defaultTimezone: 'America/Sao_Paulo' }));
		afterAll(() => setGlobalState({ defaultTimezone: before }));

		it.each([
			[
				'the date picker (no zone), São Paulo is UTC-3',
				'2026-06-02T14:30:00',
				'2026-06-02T17:30:00Z',
			],
			['an expression with an offset', '2026-06-02T14:30:00.000-03:00', '2026-06-02T17:30:00Z'],
			['UTC as in the API docs', '2026-06-02T14:30:00Z', '2026-06-02T14:30:00Z'],
			['a date alone (midnight in the workflow zone)', '2026-06-02', '2026-06-02T03:00:00Z'],
		])('%s: %s is sent as %s', async (_, given, sent) => {
			tokenExchange();
			const seen = bodiesSeen();
			hivestrApi()
				.post('/api/v1/public/pipeline/deals/deal-1/tasks', seen.match)
				.reply(201, { success: true, data: task });

			const result = await create({ title: 'Ligar', additionalFields: { due_at: given } });

			expect(result.error).toBeUndefined();
			expect(taskCreateBody.parse(seen.bodies[0])).toEqual({ title: 'Ligar', due_at: sent });
		});
	});
});
