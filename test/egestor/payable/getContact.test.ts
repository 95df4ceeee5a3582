import { getTests } from '../shared-tests';

/** Pagamentos › Detalhar contato do pagamento's example answer, in part. */
const contact = {
	codigo: 1,
	nome: 'Contato de uma conta a receber',
	fantasia: '',
	nomeContato: '',
	cpfcnpj: '',
	tipo: ['cliente'],
	dtNasc: '',
	dtCad: '2016-04-19 11:07:58',
	emails: [],
	fones: [],
	cep: '',
	cidade: '',
	uf: 'RS',
	clienteFinal: true,
	indicadorIE: 9,
	obs: '',
	tags: [],
};

describe('eGestor › Payable › Get Contact', () => {
	getTests({
		resource: 'payable',
		idName: 'payableId',
		path: '/pagamentos',
		record: contact,
		simplified: {
			codigo: 1,
			nome: 'Contato de uma conta a receber',
			fantasia: '',
			tipo: ['cliente'],
			cpfcnpj: '',
			emails: [],
			fones: [],
			cidade: '',
			uf: 'RS',
		},
		operation: 'getContact',
		suffix: '/contato',
	});
});
