import { dealCreateBody } from '../../../sandbox/contracts/hivestr';
import { bodiesSeen, hivestrApi, runHivestr, tokenExchange } from '../hivestr-harness';

const card = {
	id: 'deal-1',
	client_id: 'c-1',
	title: 'Follow-up campanha verão',
	pipeline_stage: 'Degustação',
	estimated_value: 500000,
};

const create = (parameters: Record<string, unknown>) =>
	runHivestr({
		resource: 'deal',
		operation: 'create',
		clientId: { __rl: true, mode: 'id', value: 'c-1' },
		title: 'Follow-up campanha verão',
		...parameters,
	});

describe('Hivestr › Pipeline Card › Create', () => {
	it('sends client, title and every optional field, and outputs the card', async () => {
		tokenExchange();
		const seen = bodiesSeen();
		const api = hivestrApi()
			.post('/api/v1/public/pipeline/deals', seen.match)
			.reply(201, { success: true, data: card });

		const result = await create({
			additionalFields: {
				pipeline_stage: 'Degustação',
				estimated_value: 500000,
				notes: 'Lead vindo do RD Station',
				user_id: 'uuid-vendedor',
			},
		});

		expect(result.error).toBeUndefined();
		expect(api.isDone()).toBe(true);
		expect(dealCreateBody.parse(seen.bodies[0])).toEqual({
			client_id: 'c-1',
			title: 'Follow-up campanha verão',
			pipeline_stage: 'Degustação',
			estimated_value: 500000,
			notes: 'Lead vindo do RD Station',
			user_id: 'uuid-vendedor',
		});
		expect(result.output('Hivestr')).toEqual([card]);
	});

	it.each([
		[{ title: '={{ "" }}' }, '"Title" is required'],
		[
			{ additionalFields: { estimated_value: -5 } },
			'"Estimated Value (Cents)" must be a number from 0',
		],
		[
			{ additionalFields: { estimated_value: 5000.5 } },
			'"Estimated Value (Cents)" must be a whole number of cents',
		],
		[
			{ additionalFields: { pipeline_stage: '={{ "Negotiation" }}' } },
			'"Stage" must be one of: Prospecção, Degustação, Proposta, Negociação, Aprovação, Ganho, Perdido',
		],
	])('refuses %j before sending', async (parameters, message) => {
		const exchange = tokenExchange();

		const result = await create(parameters);

		expect(result.error?.message).toBe(message);
		expect(exchange.isDone()).toBe(false);
	});

	it('creates a card in Perdido: the document forbids Perdido only on the stage move', async () => {
		tokenExchange();
		const seen = bodiesSeen();
		hivestrApi()
			.post('/api/v1/public/pipeline/deals', seen.match)
			.reply(201, { success: true, data: { id: 'deal-9', pipeline_stage: 'Perdido' } });

		const result = await create({ additionalFields: { pipeline_stage: 'Perdido' } });

		expect(result.error).toBeUndefined();
		expect(dealCreateBody.parse(seen.bodies[0])).toMatchObject({ pipeline_stage: 'Perdido' });
		expect(result.output('Hivestr')).toEqual([{ id: 'deal-9', pipeline_stage: 'Perdido' }]);
	});
});
