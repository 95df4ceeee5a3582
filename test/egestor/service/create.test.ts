import { serviceCreateBody } from '../../contracts/egestor';
import { bodiesSeen, eGestorApi, runNode } from '../egestor-harness';

const created = { codigo: 434, descricao: 'Manutenção agendada' };
const create = (parameters: Record<string, unknown>) =>
	runNode({ resource: 'service', operation: 'create', ...parameters });

describe('eGestor › Service › Create', () => {
	it('sends every documented field under its API name and outputs the created service', async () => {
		const seen = bodiesSeen();
		const api = eGestorApi().post('/api/v1/servicos', seen.match).reply(200, created);

		const result = await create({
			descricao: 'Manutenção agendada',
			additionalFields: {
				precoVenda: 10,
				codigoGrupoTributos: 0,
				itemListaServico: '14.01',
				dtCad: '2017-04-24T11:44:35',
				tags: 'manutencao',
			},
		});

		expect(result.error).toBeUndefined();
		expect(api.isDone()).toBe(true);
		expect(serviceCreateBody.parse(seen.bodies[0])).toEqual({
			descricao: 'Manutenção agendada',
			precoVenda: 10,
			codigoGrupoTributos: 0,
			itemListaServico: '14.01',
			dtCad: '2017-04-24 11:44:35',
			tags: ['manutencao'],
		});
		expect(result.output('eGestor')).toEqual([created]);
	});

	it.each([
		[{ descricao: '={{ "" }}' }, '"Description" is required'],
		[
			{ descricao: 'X', additionalFields: { dtCad: '24/04/2017 11:44' } },
			'"Registration Date" must be a date-time as YYYY-MM-DD HH:MM:SS',
		],
		[
			{ descricao: 'X', additionalFields: { dtCad: '2017-04-24 25:00:00' } },
			'"Registration Date" must be a date-time as YYYY-MM-DD HH:MM:SS',
		],
	])('refuses bad input %j before sending anything', async (parameters, message) => {
		const api = eGestorApi().post('/api/v1/servicos').reply(200, created);

		const result = await create(parameters);

		expect(result.error?.message).toBe(message);
		expect(api.isDone()).toBe(false);
	});
});
