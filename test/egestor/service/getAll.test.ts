import { getManyTests } from '../shared-tests';

describe('eGestor › Service › Get Many', () => {
	// Serviços › Listar's example row, and what Simplify keeps of it.
	getManyTests({
		resource: 'service',
		path: '/servicos',
		listed: {
			codigo: 3,
			descricao: '',
			precoVenda: 0,
			codigoGrupoTributos: 0,
			tags: [],
			dtCad: '2017-04-24 11:44:35',
			itemListaServico: '',
		},
		simplified: {
			codigo: 3,
			descricao: '',
			precoVenda: 0,
			itemListaServico: '',
			dtCad: '2017-04-24 11:44:35',
		},
	});
});
