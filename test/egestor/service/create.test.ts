import { serviceCreateBody } from '../../../sandbox/contracts/egestor';
import { bodiesSeen, eGestorApi, runNode } from '../egestor-harness';

const created = { codigo: 434, descricao: 'Manutenção agendada' };
/** Serviços › Novo (Create): the document's answer is a 200 with headers and no body. */
const rateHeaders = { 'X-RateLimit-Limit': '60', 'X-RateLimit-Remaining': '59' };
const create = (parameters: Record<string, unknown>) =>
	runNode({ resource: 'service', operation: 'create', ...parameters });

describe('eGestor › Service › Create', () => {
	it('the documented empty 200 is a success: the item holds the fields sent, once', async () => {
		const seen = bodiesSeen();
		const api = eGestorApi()
			.post('/api/v1/servicos', seen.match)
			.once()
			.reply(200, '', rateHeaders);

		const result = await create({
			descricao: 'Manutenção agendada',
			additionalFields: { precoVenda: 10, codigoGrupoTributos: 0 },
		});

		expect(result.error).toBeUndefined();
		expect(api.isDone()).toBe(true);
		expect(seen.bodies).toHaveLength(1);
		expect(result.output('eGestor')).toEqual([
			{ descricao: 'Manutenção agendada', precoVenda: 10, codigoGrupoTributos: 0 },
		]);
	});

	it('an answer that carries a record (codigo) is output as is', async () => {
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
