import { receivableUpdateBody } from '../../contracts/egestor';
import { bodiesSeen, eGestorApi, runNode } from '../egestor-harness';

const updated = {
	codigo: 1,
	descricao: 'Recebimento parcela 1/1',
	situacao: 20,
	origem: 'financeiro',
};

describe('eGestor › Receivable › Update', () => {
	it('PUTs every documented field under its API name and outputs the answer', async () => {
		const seen = bodiesSeen();
		const api = eGestorApi().put('/api/v1/recebimentos/1', seen.match).reply(200, updated);

		const result = await runNode({
			resource: 'receivable',
			operation: 'update',
			receivableId: '1',
			updateFields: {
				codPlanoContas: 1,
				codFormaPgto: 0,
				numDoc: 'NF 12',
				descricao: 'Recebimento parcela 1/1',
				valor: 500,
				dtVenc: '2017-09-02T00:00:00',
				dtPgto: '2017-09-03',
				dtCad: '2017-06-02 11:57:03',
				codContato: 7,
				obs: 'ok',
				tags: 'tag1, tag2',
			},
		});

		expect(result.error).toBeUndefined();
		expect(api.isDone()).toBe(true);
		expect(receivableUpdateBody.parse(seen.bodies[0])).toEqual({
			codPlanoContas: 1,
			codFormaPgto: 0,
			numDoc: 'NF 12',
			descricao: 'Recebimento parcela 1/1',
			valor: 500,
			dtVenc: '2017-09-02',
			dtPgto: '2017-09-03',
			dtCad: '2017-06-02 11:57:03',
			codContato: 7,
			obs: 'ok',
			tags: ['tag1', 'tag2'],
		});
		expect(result.output('eGestor')).toEqual([updated]);
	});

	it('refuses an update with no fields or a bad date', async () => {
		const api = eGestorApi().put(/.*/).reply(200, updated);

		const empty = await runNode({
			resource: 'receivable',
			operation: 'update',
			receivableId: '1',
			updateFields: {},
		});
		const badDate = await runNode({
			resource: 'receivable',
			operation: 'update',
			receivableId: '1',
			updateFields: { dtVenc: '02/09/2017' },
		});

		expect(empty.error?.message).toBe('Add at least one field under "Update Fields"');
		expect(badDate.error?.message).toBe('"Due Date" must be a date as YYYY-MM-DD');
		expect(api.isDone()).toBe(false);
	});
});
