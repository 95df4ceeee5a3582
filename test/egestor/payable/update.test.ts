import { payableUpdateBody } from '../../contracts/egestor';
import { bodiesSeen, eGestorApi, runNode } from '../egestor-harness';

const updated = {
	codigo: 1,
	codPlanoContas: 11,
	codFormaPgto: 1,
	numDoc: '',
	descricao: 'Descricao do pagamento',
	valor: 200,
	dtVenc: '2017-04-24',
	situacao: 10,
	codContato: 1,
	origem: 'vendas',
	obs: '',
	tags: ['tag1', 'tag2'],
};

describe('eGestor › Payable › Update', () => {
	it('PUTs every documented field under its API name and outputs the payable', async () => {
		const seen = bodiesSeen();
		const api = eGestorApi().put('/api/v1/pagamentos/1', seen.match).reply(200, updated);

		const result = await runNode({
			resource: 'payable',
			operation: 'update',
			payableId: '1',
			updateFields: {
				codFormaPgto: 1,
				numDoc: '',
				descricao: 'Descricao do pagamento',
				valor: 200,
				dtVenc: '2017-04-24',
				codContato: 1,
				obs: 'x',
				tags: 'tag1, tag2',
			},
		});

		expect(result.error).toBeUndefined();
		expect(api.isDone()).toBe(true);
		expect(payableUpdateBody.parse(seen.bodies[0])).toEqual({
			codFormaPgto: 1,
			descricao: 'Descricao do pagamento',
			valor: 200,
			dtVenc: '2017-04-24',
			codContato: 1,
			obs: 'x',
			tags: ['tag1', 'tag2'],
		});
		expect(result.output('eGestor')).toEqual([updated]);
	});
});
