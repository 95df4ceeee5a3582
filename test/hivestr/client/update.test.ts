import { clientUpdateBody } from '../../../sandbox/contracts/hivestr';
import { bodiesSeen, hivestrApi, runHivestr, tokenExchange } from '../hivestr-harness';

const updated = {
	id: 'c-1',
	name: 'João Silva Santos',
	email: 'novo@email.com',
	status: 'client',
	updated_at: '2024-01-06T16:30:00Z',
};

const update = (parameters: Record<string, unknown>) =>
	runHivestr({
		resource: 'client',
		operation: 'update',
		clientId: { __rl: true, mode: 'id', value: 'c-1' },
		...parameters,
	});

describe('Hivestr › Client › Update', () => {
	it('PUTs the set fields with their API names and outputs the updated client', async () => {
		tokenExchange();
		const seen = bodiesSeen();
		const api = hivestrApi()
			.put('/api/v1/public/clients/c-1', seen.match)
			.reply(200, { success: true, data: updated, message: 'Cliente atualizado com sucesso' });

		const result = await update({
			updateFields: {
				name: 'João Silva Santos',
				email: 'novo@email.com',
				phone: '(61) 98888-8888',
				company_name: 'Empresa XYZ',
				cnpj: '12.345.678/0001-99',
				cpf: '123.456.789-00',
				address: 'Rua Nova, 456',
				city: 'São Paulo',
				state: 'SP',
				zip_code: '01234-567',
				contact_person: 'Maria',
				position: 'Gerente',
				notes: 'Cliente VIP',
				status: 'client',
			},
		});

		expect(result.error).toBeUndefined();
		expect(api.isDone()).toBe(true);
		expect(clientUpdateBody.parse(seen.bodies[0])).toEqual({
			name: 'João Silva Santos',
			email: 'novo@email.com',
			phone: '(61) 98888-8888',
			company_name: 'Empresa XYZ',
			cnpj: '12.345.678/0001-99',
			cpf: '123.456.789-00',
			address: 'Rua Nova, 456',
			city: 'São Paulo',
			state: 'SP',
			zip_code: '01234-567',
			contact_person: 'Maria',
			position: 'Gerente',
			notes: 'Cliente VIP',
			status: 'client',
		});
		expect(result.output('Hivestr')).toEqual([updated]);
	});

	it('refuses an update with no fields before sending', async () => {
		const exchange = tokenExchange();
		const api = hivestrApi().put('/api/v1/public/clients/c-1').reply(200, { success: true });

		const result = await update({ updateFields: {} });

		expect(result.error?.message).toBe('Add at least one field under "Update Fields"');
		expect(api.isDone()).toBe(false);
		expect(exchange.isDone()).toBe(false);
	});
});
