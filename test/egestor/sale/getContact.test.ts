import { getTests } from '../shared-tests';

/** Vendas › Detalhar contato da venda's example answer, in part. */
const contact = {
	codigo: 324,
	nome: 'Kaya Labadie',
	fantasia: '',
	nomeParaContato: 'Elfrieda Labadie',
	cpfcnpj: '83294489654',
	tipo: ['cliente'],
	emails: ['exemplo@example.com.br'],
	fones: [],
	cep: 4320040,
	logradouro: 'Rua Exemplo lado ímpar',
	uf: 'SP',
	indicadorIE: 1,
};

describe('eGestor › Sale › Get Contact', () => {
	getTests({
		resource: 'sale',
		idName: 'saleId',
		path: '/vendas',
		record: contact,
		simplified: {
			codigo: 324,
			nome: 'Kaya Labadie',
			fantasia: '',
			tipo: ['cliente'],
			cpfcnpj: '83294489654',
			emails: ['exemplo@example.com.br'],
			fones: [],
			uf: 'SP',
		},
		operation: 'getContact',
		suffix: '/contato',
	});
});
