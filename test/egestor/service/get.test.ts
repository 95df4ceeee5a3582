import { getTests } from '../shared-tests';

/** Serviços › Detalhar's example answer (it shows no codigo; a read may still carry one). */
const record = {
	codigo: '12',
	descricao: 'Manuteção agendada',
	precoVenda: 10,
	codigoGrupoTributos: 0,
	dtCad: '2017-04-24 11:44:35',
	tags: [],
	itemListaServico: '',
};

describe('eGestor › Service › Get', () => {
	getTests({
		resource: 'service',
		idName: 'serviceId',
		path: '/servicos',
		record,
		simplified: {
			codigo: '12',
			descricao: 'Manuteção agendada',
			precoVenda: 10,
			itemListaServico: '',
			dtCad: '2017-04-24 11:44:35',
		},
	});
});
