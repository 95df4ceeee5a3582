import { serviceUpdateBody } from '../../contracts/egestor';
import { bodiesSeen, eGestorApi, runNode } from '../egestor-harness';

const updated = { codigo: 434, descricao: 'Manutenção' };

describe('eGestor › Service › Update', () => {
	it('PUTs only the fields added and outputs what eGestor answers', async () => {
		const seen = bodiesSeen();
		const api = eGestorApi().put('/api/v1/servicos/434', seen.match).reply(200, updated);

		const result = await runNode({
			resource: 'service',
			operation: 'update',
			serviceId: '434',
			updateFields: { descricao: 'Manutenção', precoVenda: '={{ "25.5" }}' },
		});

		expect(result.error).toBeUndefined();
		expect(api.isDone()).toBe(true);
		expect(serviceUpdateBody.parse(seen.bodies[0])).toEqual({
			descricao: 'Manutenção',
			precoVenda: 25.5,
		});
		expect(result.output('eGestor')).toEqual([updated]);
	});
});
