import { dealCreateBody } from '../../../sandbox/contracts/sonar';
import { bodiesSeen, sonarApi, sonarHarness, sonarNode } from '../sonar-harness';

const created = {
	id: '550e8400-e29b-41d4-a716-446655440000',
	title: 'Gestão de Redes Sociais - TechStore',
	value: 8000,
	phase: 'proposta',
	priority: 'alta',
	status: 'ativo',
	client: { id: 'cli-uuid', name: 'TechStore Brasil Ltda' },
};

async function create(parameters: Record<string, unknown>) {
	return await sonarHarness().runChain(
		[{}],
		[sonarNode('Create', { resource: 'deal', operation: 'create', ...parameters })],
	);
}

describe('Sonar Marketing › Deal › Create', () => {
	it('sends every documented field with the API names and outputs the created deal', async () => {
		const seen = bodiesSeen();
		const api = sonarApi()
			.post('/api/v1/deals', seen.match)
			.reply(201, { success: true, data: created });

		const result = await create({
			title: 'Gestão de Redes Sociais - TechStore',
			additionalFields: {
				description: 'Proposta para gestão completa',
				value: 8000,
				phase: 'proposta',
				priority: 'alta',
				expected_close_date: '2026-03-15T00:00:00',
				probability: 70,
				responsible_id: 'user-uuid',
				source: 'indicacao',
				client_id: 'cli-uuid',
				tags: 'social-media, premium',
			},
		});

		expect(result.error).toBeUndefined();
		expect(api.isDone()).toBe(true);
		expect(dealCreateBody.parse(seen.bodies[0])).toEqual({
			title: 'Gestão de Redes Sociais - TechStore',
			description: 'Proposta para gestão completa',
			value: 8000,
			phase: 'proposta',
			priority: 'alta',
			expected_close_date: '2026-03-15',
			probability: 70,
			responsible_id: 'user-uuid',
			source: 'indicacao',
			client_id: 'cli-uuid',
			tags: ['social-media', 'premium'],
		});
		expect(result.output('Create')).toEqual([created]);
	});

	it('sends only the title when no other field is set', async () => {
		const seen = bodiesSeen();
		sonarApi().post('/api/v1/deals', seen.match).reply(201, { success: true, data: created });

		const result = await create({ title: '  Novo negócio  ' });

		expect(result.error).toBeUndefined();
		expect(dealCreateBody.parse(seen.bodies[0])).toEqual({ title: 'Novo negócio' });
	});

	it.each([
		[{ title: '={{ $json.missing ?? "" }}' }, '"Title" is required'],
		[
			{ title: 'X', additionalFields: { probability: 150 } },
			'"Probability (%)" must be a number from 0 to 100',
		],
		[{ title: 'X', additionalFields: { value: -1 } }, '"Value (BRL)" must be a number from 0'],
		[
			{ title: 'X', additionalFields: { expected_close_date: '15/03/2026' } },
			'"Expected Close Date" must be a date as YYYY-MM-DD',
		],
	])('refuses bad input %j before sending anything', async (parameters, message) => {
		const api = sonarApi().post('/api/v1/deals').reply(201, { success: true, data: created });

		const result = await create(parameters);

		expect(result.error?.message).toBe(message);
		expect(result.error?.context.itemIndex).toBe(0);
		expect(api.isDone()).toBe(false);
	});
});
