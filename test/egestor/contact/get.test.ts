import { getTests } from '../shared-tests';

const contact = {
	codigo: '12',
	tipo: ['cliente', 'fornecedor'],
	nome: 'Nome do contato',
	indicadorIE: 9,
	emails: [],
	fones: [],
	dtNasc: '1990-05-12',
	dtCad: '2017-01-15 11:20:15',
};

describe('eGestor › Contact › Get', () => {
	getTests('contact', 'contactId', '/contatos', contact);
});
