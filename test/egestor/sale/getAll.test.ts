import { getManyTests } from '../shared-tests';

describe('eGestor › Sale › Get Many', () => {
	// Vendas › Listar's example row, and what Simplify keeps of it.
	getManyTests({
		resource: 'sale',
		path: '/vendas',
		listed: {
			codigo: 4,
			codContato: 7,
			nomeContato: 'Cliente',
			codVendedor: 1,
			dtVenda: '2017-04-01',
			dtEntrega: '2017-04-10',
			valorTotal: 500,
			valorFinanc: 500,
			codsNFe: [],
			situacao: 50,
			tags: [],
		},
		simplified: {
			codigo: 4,
			codContato: 7,
			nomeContato: 'Cliente',
			codVendedor: 1,
			dtVenda: '2017-04-01',
			dtEntrega: '2017-04-10',
			valorTotal: 500,
			valorFinanc: 500,
			situacao: 50,
		},
	});
});
