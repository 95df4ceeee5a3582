import { clientCreateBody } from '../../../sandbox/contracts/ecosys';
import { bodiesSeen, ecosysApi, ecosysHarness, ecosysNode } from '../ecosys-harness';

const created = {
	id: 'uuid-do-cliente',
	type: 'PF',
	name: 'João da Silva',
	email: 'joao.silva@email.com',
	cpf: '123.456.789-09',
	phone: '+55 11 99999-8888',
	segment: 'premium',
	status: 'active',
	created_at: '2026-02-04T10:30:00Z',
};

async function create(parameters: Record<string, unknown>) {
	return await ecosysHarness().runChain(
		[{}],
		[ecosysNode('Create', { resource: 'client', operation: 'create', ...parameters })],
	);
}

describe('Ecosys Auto › Client › Create', () => {
	it('creates an individual (PF) with every field under the API names and outputs the client', async () => {
		const seen = bodiesSeen();
		const api = ecosysApi()
			.post('/api/v1/clients', seen.match)
			.reply(201, { success: true, data: created });

		const result = await create({
			type: 'PF',
			name: 'João da Silva',
			cpf: '12345678909',
			additionalFields: {
				email: 'joao.silva@email.com',
				phone: '+55 11 99999-8888',
				segment: 'premium',
				address: '{"street": "Av. Paulista", "city": "São Paulo"}',
			},
		});

		expect(result.error).toBeUndefined();
		expect(api.isDone()).toBe(true);
		expect(clientCreateBody.parse(seen.bodies[0])).toEqual({
			type: 'PF',
			name: 'João da Silva',
			cpf: '123.456.789-09',
			email: 'joao.silva@email.com',
			phone: '+55 11 99999-8888',
			segment: 'premium',
			address: { street: 'Av. Paulista', city: 'São Paulo' },
		});
		expect(result.output('Create')).toEqual([created]);
	});

	it('creates a company (PJ) with its CNPJ and never sends the hidden CPF field', async () => {
		const seen = bodiesSeen();
		const company = { id: 'c-2', type: 'PJ', name: 'Auto Peças Ltda', cnpj: '11.222.333/0001-81' };
		ecosysApi().post('/api/v1/clients', seen.match).reply(201, { success: true, data: company });

		const result = await create({
			type: 'PJ',
			name: 'Auto Peças Ltda',
			cpf: '123.456.789-09',
			cnpj: '11.222.333/0001-81',
		});

		expect(result.error).toBeUndefined();
		expect(clientCreateBody.parse(seen.bodies[0])).toEqual({
			type: 'PJ',
			name: 'Auto Peças Ltda',
			cnpj: '11.222.333/0001-81',
		});
		expect(result.output('Create')).toEqual([company]);
	});

	it('sends only type and name when nothing else is set', async () => {
		const seen = bodiesSeen();
		ecosysApi().post('/api/v1/clients', seen.match).reply(201, { success: true, data: created });

		const result = await create({ type: 'PF', name: '  Maria Santos  ' });

		expect(result.error).toBeUndefined();
		expect(clientCreateBody.parse(seen.bodies[0])).toEqual({ type: 'PF', name: 'Maria Santos' });
	});

	it.each([
		[{ type: 'PF', name: '={{ $json.missing ?? "" }}' }, '"Name" is required'],
		[{ type: '={{ "PX" }}', name: 'X' }, '"Type" must be PF or PJ'],
		[{ type: 'PF', name: 'X', cpf: '1234567890' }, '"CPF" is not a valid CPF'],
		[{ type: 'PF', name: 'X', cpf: '123.456.789/00' }, '"CPF" is not a valid CPF'],
		[{ type: 'PJ', name: 'X', cnpj: '11222333000' }, '"CNPJ" is not a valid CNPJ'],
		[
			{ type: 'PF', name: 'X', additionalFields: { address: '["Rua A"]' } },
			'"Address (JSON)" must be a JSON object',
		],
	])('refuses bad input %j before sending anything', async (parameters, message) => {
		const api = ecosysApi().post('/api/v1/clients').reply(201, { success: true, data: created });

		const result = await create(parameters);

		expect(result.error?.message).toBe(message);
		expect(result.error?.context.itemIndex).toBe(0);
		expect(api.isDone()).toBe(false);
	});

	it('says what a valid CPF looks like', async () => {
		const result = await create({ type: 'PF', name: 'X', cpf: '123.456.789' });

		expect(result.error?.description).toBe(
			'Got "123.456.789" on item 0. A CPF has 11 digits, e.g. 123.456.789-09 or 12345678909.',
		);
	});

	// The quickstart's own CPF (wrong check digits) is answered with a 201.
	it("sends the quickstart's own CPF 123.456.789-00 and warns about its check digits in the output", async () => {
		const seen = bodiesSeen();
		const answered = { ...created, cpf: '123.456.789-00' };
		const api = ecosysApi()
			.post('/api/v1/clients', seen.match)
			.reply(201, { success: true, data: answered });

		const result = await create({ type: 'PF', name: 'João da Silva', cpf: '123.456.789-00' });

		expect(result.error).toBeUndefined();
		expect(api.isDone()).toBe(true);
		expect(clientCreateBody.parse(seen.bodies[0])).toEqual({
			type: 'PF',
			name: 'João da Silva',
			cpf: '123.456.789-00',
		});
		expect(result.output('Create')).toEqual([
			{
				...answered,
				_warnings: [
					'CPF 123.456.789-00 has check digits 00 where 09 was expected; it was sent as given',
				],
			},
		]);
	});

	it.each([
		[
			{ type: 'PF', cpf: '11111111111' },
			{ cpf: '111.111.111-11' },
			'CPF 111.111.111-11 has all digits equal, which is never issued; it was sent as given',
		],
		[
			{ type: 'PJ', cnpj: '11.222.333/0001-80' },
			{ cnpj: '11.222.333/0001-80' },
			'CNPJ 11.222.333/0001-80 has check digits 80 where 81 was expected; it was sent as given',
		],
	])('sends %j with a warning instead of refusing it', async (parameters, sent, warning) => {
		const seen = bodiesSeen();
		ecosysApi()
			.post('/api/v1/clients', seen.match)
			.reply(201, { success: true, data: { id: 'c-9' } });

		const result = await create({ name: 'X', ...parameters });

		expect(result.error).toBeUndefined();
		expect(seen.bodies[0]).toEqual({ type: parameters.type, name: 'X', ...sent });
		expect(result.output('Create')).toEqual([{ id: 'c-9', _warnings: [warning] }]);
	});
});
