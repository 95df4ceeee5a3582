import { receivableUpdateBody } from '../../../sandbox/contracts/egestor';
import { bodiesSeen, eGestorApi, runNode } from '../egestor-harness';
import { updateTests } from '../update-tests';

/** Recebimentos › Detalhar, the document's 200 example. */
const read = {
	codigo: 1,
	codPlanoContas: 11,
	codFormaPgto: 1,
	numDoc: '',
	descricao: 'Descricao do recebimento',
	valor: 100,
	dtVenc: '2017-04-24',
	dtPgto: '2017-04-24',
	dtCad: '2017-04-24 11:35:17',
	situacao: 40,
	codContato: 1,
	origem: 'vendas',
	obs: '',
	tags: [],
};
const { codigo: _codigo, situacao: _situacao, origem: _origem, ...whole } = read;

/** Recebimentos › Editar: the document's 200 body. */
const updated = {
	codigo: 1,
	descricao: 'Recebimento parcela 1/1',
	situacao: 20,
	origem: 'financeiro',
};

describe('eGestor › Receivable › Update', () => {
	updateTests({
		resource: 'receivable',
		idName: 'receivableId',
		path: '/recebimentos',
		read,
		whole,
		updateFields: {
			numDoc: 'NF 12',
			codPlanoContas: 1,
			codFormaPgto: 0,
			descricao: 'Recebimento parcela 1/1',
			valor: 500,
			dtVenc: '2017-09-02T00:00:00',
			dtPgto: '2017-09-03',
			dtCad: '2017-06-02 11:57:03',
			codContato: 7,
			obs: 'ok',
			tags: 'tag1, tag2',
		},
		changes: {
			numDoc: 'NF 12',
			codPlanoContas: 1,
			codFormaPgto: 0,
			descricao: 'Recebimento parcela 1/1',
			valor: 500,
			dtVenc: '2017-09-02',
			dtPgto: '2017-09-03',
			dtCad: '2017-06-02 11:57:03',
			codContato: 7,
			obs: 'ok',
			tags: ['tag1', 'tag2'],
		},
		clear: { field: 'numDoc', empty: '' },
		contract: receivableUpdateBody,
		answer: updated,
	});

	it('takes the contact picked from the list (a resource locator value)', async () => {
		const seen = bodiesSeen();
		const api = eGestorApi().put('/api/v1/recebimentos/1', seen.match).reply(200, updated);

		const result = await runNode({
			resource: 'receivable',
			operation: 'update',
			receivableId: '1',
			updateMode: 'changedOnly',
			updateFields: { codContato: { __rl: true, mode: 'list', value: '7', cachedResultName: 'X' } },
		});

		expect(result.error).toBeUndefined();
		expect(api.isDone()).toBe(true);
		expect(seen.bodies).toEqual([{ codContato: 7 }]);
	});

	it('reopens a receivable with dtPgto "0000-00-00", typed or chosen under Fields to Clear', async () => {
		const seen = bodiesSeen();
		eGestorApi().put('/api/v1/recebimentos/1', seen.match).times(2).reply(200, updated);
		const run = (parameters: Record<string, unknown>) =>
			runNode({
				resource: 'receivable',
				operation: 'update',
				receivableId: '1',
				updateMode: 'changedOnly',
				...parameters,
			});

		const typed = await run({ updateFields: { dtPgto: '0000-00-00' } });
		const cleared = await run({ clearFields: ['dtPgto'] });

		expect(typed.error).toBeUndefined();
		expect(cleared.error).toBeUndefined();
		expect(seen.bodies.map((body) => receivableUpdateBody.parse(body))).toEqual([
			{ dtPgto: '0000-00-00' },
			{ dtPgto: '0000-00-00' },
		]);
	});

	it('refuses a bad date before sending anything', async () => {
		const api = eGestorApi().get(/.*/).reply(200, read).put(/.*/).reply(200, updated);

		const badDate = await runNode({
			resource: 'receivable',
			operation: 'update',
			receivableId: '1',
			updateFields: { dtVenc: '02/09/2017' },
		});
		const badPaid = await runNode({
			resource: 'receivable',
			operation: 'update',
			receivableId: '1',
			updateFields: { dtPgto: '0000-00-01' },
		});

		expect(badDate.error?.message).toBe('"Due Date" must be a date as YYYY-MM-DD');
		expect(badPaid.error?.message).toBe('"Payment Date" must be a date as YYYY-MM-DD');
		expect(api.isDone()).toBe(false);
	});
});
