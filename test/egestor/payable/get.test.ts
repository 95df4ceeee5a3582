import { getTests } from '../shared-tests';

const record = {
	codigo: 12,
	codPlanoContas: 11,
	codFormaPgto: 1,
	numDoc: '',
	descricao: 'Descricao',
	valor: 100,
	dtVenc: '2017-04-24',
	dtPgto: '2017-04-24',
	dtCad: '2017-04-24 11:35:17',
	situacao: 40,
	codContato: 1,
	origem: 'vendas',
	obs: '',
	tags: [],
};

describe('eGestor › Payable › Get', () => {
	getTests({
		resource: 'payable',
		idName: 'payableId',
		path: '/pagamentos',
		record,
		simplified: {
			codigo: 12,
			descricao: 'Descricao',
			valor: 100,
			situacao: 40,
			dtVenc: '2017-04-24',
			dtPgto: '2017-04-24',
			codContato: 1,
		},
	});
});
