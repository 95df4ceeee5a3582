import { productUpdateBody } from '../../contracts/egestor';
import { bodiesSeen, eGestorApi, runNode } from '../egestor-harness';

const updated = { codigo: '9', descricao: 'Caneca Azul', precoVenda: 12, tags: [] };

describe('eGestor › Product › Update', () => {
	it('PUTs only the fields added and outputs the product', async () => {
		const seen = bodiesSeen();
		const api = eGestorApi().put('/api/v1/produtos/9', seen.match).reply(200, updated);

		const result = await runNode({
			resource: 'product',
			operation: 'update',
			productId: '9',
			updateFields: { descricao: 'Caneca Azul', precoVenda: 12, controlarEstoque: false },
		});

		expect(result.error).toBeUndefined();
		expect(api.isDone()).toBe(true);
		expect(productUpdateBody.parse(seen.bodies[0])).toEqual({
			descricao: 'Caneca Azul',
			precoVenda: 12,
			controlarEstoque: false,
		});
		expect(result.output('eGestor')).toEqual([updated]);
	});

	it('refuses an update with no fields', async () => {
		const api = eGestorApi().put('/api/v1/produtos/9').reply(200, updated);

		const result = await runNode({
			resource: 'product',
			operation: 'update',
			productId: '9',
			updateFields: {},
		});

		expect(result.error?.message).toBe('Add at least one field under "Update Fields"');
		expect(api.isDone()).toBe(false);
	});
});
