import { getManyTests } from '../shared-tests';

describe('eGestor › Contact › Get Many', () => {
	// Contatos › Listar's example row, and what Simplify keeps of it.
	getManyTests({
		resource: 'contact',
		path: '/contatos',
		listed: {
			codigo: '1',
			tipo: ['cliente', 'fornecedor'],
			nome: 'Nome do contato',
			emails: [],
			fones: [],
			tags: [],
			cidade: 'Nome da cidade',
			uf: 'UF',
		},
		simplified: {
			codigo: '1',
			nome: 'Nome do contato',
			tipo: ['cliente', 'fornecedor'],
			emails: [],
			fones: [],
			cidade: 'Nome da cidade',
			uf: 'UF',
		},
	});
});
