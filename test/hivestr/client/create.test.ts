import { clientCreateBody } from '../../../sandbox/contracts/hivestr';
import { bodiesSeen, hivestrApi, runHivestr, tokenExchange } from '../hivestr-harness';

const data = {
	id: 'uuid-gerado',
	name: 'João Silva',
	email: 'joao@empresa.com',
	status: 'lead',
	created_at: '2024-01-06T16:00:00Z',
};
const pipelineDeal = {
	id: 'uuid-do-card',
	title: 'João Silva — Empresa XYZ',
	pipeline_stage: 'Prospecção',
	estimated_value: null,
	notes: 'Cliente indicado',
};

const create = (parameters: Record<string, unknown>) =>
	runHivestr({ resource: 'client', operation: 'create', ...parameters });

describe('Hivestr › Client › Create', () => {
	it('sends every documented field and outputs the client with its pipeline_deal', async () => {
		tokenExchange();
		const seen = bodiesSeen();
		const api = hivestrApi().post('/api/v1/public/clients', seen.match).reply(201, {
			success: true,
			data,
			pipeline_deal: pipelineDeal,
			message: 'Cliente criado com sucesso',
		});

		const result = await create({
			name: 'João Silva',
			additionalFields: {
				email: 'joao@empresa.com',
				phone: '(61) 99999-9999',
				company_name: 'Empresa XYZ',
				cnpj: '12.345.678/0001-99',
				cpf: '123.456.789-00',
				address: 'Rua Exemplo, 123',
				city: 'Brasília',
				state: 'DF',
				zip_code: '70000-000',
				contact_person: 'João Silva',
				position: 'Diretor',
				notes: 'Cliente indicado',
				status: 'prospect',
				source: 'Website',
			},
		});

		expect(result.error).toBeUndefined();
		expect(api.isDone()).toBe(true);
		expect(clientCreateBody.parse(seen.bodies[0])).toEqual({
			name: 'João Silva',
			email: 'joao@empresa.com',
			phone: '(61) 99999-9999',
			company_name: 'Empresa XYZ',
			cnpj: '12.345.678/0001-99',
			cpf: '123.456.789-00',
			address: 'Rua Exemplo, 123',
			city: 'Brasília',
			state: 'DF',
			zip_code: '70000-000',
			contact_person: 'João Silva',
			position: 'Diretor',
			notes: 'Cliente indicado',
			status: 'prospect',
			source: 'Website',
		});
		expect(result.output('Hivestr')).toEqual([{ ...data, pipeline_deal: pipelineDeal }]);
	});

	it('sends only the trimmed name when nothing else is set', async () => {
		tokenExchange();
		const seen = bodiesSeen();
		hivestrApi().post('/api/v1/public/clients', seen.match).reply(201, { success: true, data });

		const result = await create({ name: '  João Silva ' });

		expect(result.error).toBeUndefined();
		expect(clientCreateBody.parse(seen.bodies[0])).toEqual({ name: 'João Silva' });
		expect(result.output('Hivestr')).toEqual([data]);
	});

	it('refuses an empty name before sending anything', async () => {
		const exchange = tokenExchange();
		const api = hivestrApi().post('/api/v1/public/clients').reply(201, { success: true, data });

		const result = await create({ name: '={{ $json.missing ?? "" }}' });

		expect(result.error?.message).toBe('"Name" is required');
		expect(result.error?.context.itemIndex).toBe(0);
		expect(api.isDone()).toBe(false);
		expect(exchange.isDone()).toBe(false);
	});
});
