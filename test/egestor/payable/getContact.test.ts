import { getTests } from '../shared-tests';

const contact = {
	codigo: 1,
	nome: 'Contato de uma conta a receber',
	tipo: ['cliente'],
	uf: 'RS',
	clienteFinal: true,
	indicadorIE: 9,
};

describe('eGestor › Payable › Get Contact', () => {
	getTests('payable', 'payableId', '/pagamentos', contact, {
		operation: 'getContact',
		suffix: '/contato',
	});
});
