import { getManyTests } from '../shared-tests';

describe('eGestor › Receivable › Get Many', () => {
	// Recebimentos › Listar's example row, and what Simplify keeps of it.
	getManyTests({
		resource: 'receivable',
		path: '/recebimentos',
		listed: {
			codigo: '1',
			codRecibo: '0',
			descricao: 'Venda direta editada',
			previsao: '0',
			situacao: '40',
			codDisponivel: '1',
			codBoleto: '0',
			data: '2017-04-24',
			valor: '50.00',
			contato: 'Nome do cliente',
			nomeDisponivel: 'Caixa interno',
		},
		simplified: {
			codigo: '1',
			descricao: 'Venda direta editada',
			valor: '50.00',
			situacao: '40',
			data: '2017-04-24',
			contato: 'Nome do cliente',
		},
	});
});
