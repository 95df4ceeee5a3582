import { clientUpdateBody } from '../../../sandbox/contracts/ecosys';
import { bodiesSeen, ecosysApi, ecosysHarness, ecosysNode } from '../ecosys-harness';

async function update(updateFields: Record<string, unknown>) {
	return await ecosysHarness().runChain(
		[{}],
		[
			ecosysNode('Update', {
				resource: 'client',
				operation: 'update',
				clientId: 'c-1',
				updateFields,
			}),
		],
	);
}

describe('Ecosys Auto › Client › Update', () => {
	it('sends the changed fields with PUT and outputs the updated client', async () => {
		const seen = bodiesSeen();
		const updated = { id: 'c-1', type: 'PJ', name: 'Auto Peças Ltda', status: 'inactive' };
		const api = ecosysApi()
			.put('/api/v1/clients/c-1', seen.match)
			.reply(200, { success: true, data: updated });

		const result = await update({
			type: 'PJ',
			name: 'Auto Peças Ltda',
			cnpj: '11222333000181',
			status: 'inactive',
			segment: 'frotista',
			address: { city: 'Campinas', state: 'SP' },
		});

		expect(result.error).toBeUndefined();
		expect(api.isDone()).toBe(true);
		expect(clientUpdateBody.parse(seen.bodies[0])).toEqual({
			type: 'PJ',
			name: 'Auto Peças Ltda',
			cnpj: '11.222.333/0001-81',
			status: 'inactive',
			segment: 'frotista',
			address: { city: 'Campinas', state: 'SP' },
		});
		expect(result.output('Update')).toEqual([updated]);
	});

	it.each([
		[{}, 'Add at least one field under "Update Fields"'],
		[{ address: '{}' }, 'Add at least one field under "Update Fields"'],
		[{ cpf: '529.982.247-2' }, '"CPF" is not a valid CPF'],
		[{ address: 'Rua A, 1' }, '"Address (JSON)" must be a JSON object'],
	])('refuses %j before sending', async (fields, message) => {
		const api = ecosysApi().put('/api/v1/clients/c-1').reply(200, { success: true, data: {} });

		const result = await update(fields);

		expect(result.error?.message).toBe(message);
		expect(api.isDone()).toBe(false);
	});

	it('sends a CPF whose check digits do not match, with a warning in the output', async () => {
		const seen = bodiesSeen();
		ecosysApi()
			.put('/api/v1/clients/c-1', seen.match)
			.reply(200, { success: true, data: { id: 'c-1' } });

		const result = await update({ cpf: '529.982.247-26' });

		expect(result.error).toBeUndefined();
		expect(clientUpdateBody.parse(seen.bodies[0])).toEqual({ cpf: '529.982.247-26' });
		expect(result.output('Update')).toEqual([
			{
				id: 'c-1',
				_warnings: [
					'CPF 529.982.247-26 has check digits 26 where 25 was expected; it was sent as given',
				],
			},
		]);
	});
});
