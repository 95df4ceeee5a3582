import { getTests } from '../shared-tests';

/** Contatos › Detalhar's example answer (every field of a contact). */
const contact = {
	codigo: '12',
	tipo: ['cliente', 'fornecedor', 'transportadora'],
	nome: 'Nome do novo contato',
	fantasia: '',
	nomeContato: '',
	cpfcnpj: '',
	clienteFinal: true,
	indicadorIE: 9,
	inscricaoEstadual: '',
	inscricaoEstadualST: '',
	inscricaoMunicipal: '',
	suframa: '',
	emails: [],
	logradouro: '',
	numero: '',
	complemento: '',
	bairro: '',
	cidade: '',
	codIBGE: '',
	uf: '',
	cep: '',
	pais: '',
	fones: [],
	tags: [],
	obs: '',
	dtNasc: '1990-05-12',
	dtCad: '2017-01-15 11:20:15',
};

describe('eGestor › Contact › Get', () => {
	getTests({
		resource: 'contact',
		idName: 'contactId',
		path: '/contatos',
		record: contact,
		simplified: {
			codigo: '12',
			nome: 'Nome do novo contato',
			fantasia: '',
			tipo: ['cliente', 'fornecedor', 'transportadora'],
			cpfcnpj: '',
			emails: [],
			fones: [],
			cidade: '',
			uf: '',
		},
	});
});
