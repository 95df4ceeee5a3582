import { contactUpdateBody } from '../../contracts/egestor';
import { bodiesSeen, eGestorApi, runNode } from '../egestor-harness';

const updated = {
	codigo: '1',
	tipo: ['cliente'],
	nome: 'Exemplo Company LTDA',
	indicadorIE: 2,
	dtCad: '2017-01-15 11:20:15',
};

const update = (parameters: Record<string, unknown>) =>
	runNode({ resource: 'contact', operation: 'update', contactId: '1', ...parameters });

describe('eGestor › Contact › Update', () => {
	it('PUTs only the fields added, under their API names, and outputs the contact', async () => {
		const seen = bodiesSeen();
		const api = eGestorApi().put('/api/v1/contatos/1', seen.match).reply(200, updated);

		const result = await update({
			updateFields: {
				nome: 'Exemplo Company LTDA',
				tipo: ['cliente'],
				indicadorIE: 2,
				emails: 'a@example.com.br',
				tags: '',
			},
		});

		expect(result.error).toBeUndefined();
		expect(api.isDone()).toBe(true);
		expect(contactUpdateBody.parse(seen.bodies[0])).toEqual({
			nome: 'Exemplo Company LTDA',
			tipo: ['cliente'],
			indicadorIE: 2,
			emails: ['a@example.com.br'],
		});
		expect(result.output('eGestor')).toEqual([updated]);
	});

	it('refuses an update with no fields before sending anything', async () => {
		const api = eGestorApi().put('/api/v1/contatos/1').reply(200, updated);

		const result = await update({ updateFields: {} });

		expect(result.error?.message).toBe('Add at least one field under "Update Fields"');
		expect(api.isDone()).toBe(false);
	});
});
