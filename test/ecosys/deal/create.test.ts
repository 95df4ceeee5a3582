import { dealCreateBody } from '../../../sandbox/contracts/ecosys';
import { bodiesSeen, ecosysApi, ecosysHarness, ecosysNode } from '../ecosys-harness';

const created = {
	id: 'uuid-do-negocio',
	title: 'Venda Honda Civic 2024 — João da Silva',
	value: 142900,
	phase: 'lead',
	probability: 40,
	status: 'ativo',
	client_id: 'uuid-do-cliente',
	created_at: '2026-02-04T10:32:00Z',
};

async function create(parameters: Record<string, unknown>) {
	return await ecosysHarness().runChain(
		[{}],
		[ecosysNode('Create', { resource: 'deal', operation: 'create', ...parameters })],
	);
}

describe('Ecosys Auto › Deal › Create', () => {
	it("sends the quickstart's deal plus priority and close date, and outputs the created deal", async () => {
		const seen = bodiesSeen();
		const api = ecosysApi()
			.post('/api/v1/deals', seen.match)
			.reply(201, { success: true, data: created });

		const result = await create({
			title: 'Venda Honda Civic 2024 — João da Silva',
			additionalFields: {
				value: 142900.0,
				phase: 'lead',
				priority: 'alta',
				probability: 40,
				expected_close_date: '2026-03-01T12:00:00',
				client_id: 'uuid-do-cliente',
				source: 'showroom',
				tags: 'civic, premium',
			},
		});

		expect(result.error).toBeUndefined();
		expect(api.isDone()).toBe(true);
		expect(dealCreateBody.parse(seen.bodies[0])).toEqual({
			title: 'Venda Honda Civic 2024 — João da Silva',
			value: 142900,
			phase: 'lead',
			priority: 'alta',
			probability: 40,
			expected_close_date: '2026-03-01',
			client_id: 'uuid-do-cliente',
			source: 'showroom',
			tags: ['civic', 'premium'],
		});
		expect(result.output('Create')).toEqual([created]);
	});

	it('takes tags as an array from an expression', async () => {
		const seen = bodiesSeen();
		ecosysApi().post('/api/v1/deals', seen.match).reply(201, { success: true, data: created });

		const result = await create({
			title: 'Venda',
			additionalFields: { tags: '={{ ["suv", " usado "] }}' },
		});

		expect(result.error).toBeUndefined();
		expect(dealCreateBody.parse(seen.bodies[0])).toEqual({
			title: 'Venda',
			tags: ['suv', 'usado'],
		});
	});

	it.each([
		[{ title: '={{ "" }}' }, '"Title" is required'],
		[
			{ title: 'X', additionalFields: { probability: 101 } },
			'"Probability (%)" must be a number from 0 to 100',
		],
		[
			{ title: 'X', additionalFields: { expected_close_date: '2026-02-30' } },
			'"Expected Close Date" must be a date as YYYY-MM-DD',
		],
	])('refuses bad input %j before sending anything', async (parameters, message) => {
		const api = ecosysApi().post('/api/v1/deals').reply(201, { success: true, data: created });

		const result = await create(parameters);

		expect(result.error?.message).toBe(message);
		expect(api.isDone()).toBe(false);
	});
});
