import { getTests } from '../shared-tests';

/** Vendas › Detalhar's example answer, one product line and one installment. */
const sale = {
	codigo: 12,
	codContato: 1,
	nomeContato: 'Marcelo',
	codVendedor: 2,
	nomeVendedor: 'João',
	dtVenda: '2017-07-11',
	dtEntrega: '2017-07-12',
	dtCad: '2017-06-11 14:15:20',
	valorTotal: 500,
	valorFinanc: 500,
	valorEntrada: 0,
	numParcelas: 0,
	codsNFe: [],
	customizado: { xCampo1: 'Venda direta.' },
	clienteFinal: true,
	situacao: 50,
	tags: [],
	produtos: [{ codigo: 26, codProduto: 17, preco: 500, quant: 1 }],
	financeiros: [{ codigo: 337, dtVenc: '2017-07-11', valor: 505, situacao: 20 }],
};

describe('eGestor › Sale › Get', () => {
	getTests({
		resource: 'sale',
		idName: 'saleId',
		path: '/vendas',
		record: sale,
		simplified: {
			codigo: 12,
			codContato: 1,
			nomeContato: 'Marcelo',
			codVendedor: 2,
			dtVenda: '2017-07-11',
			dtEntrega: '2017-07-12',
			valorTotal: 500,
			valorFinanc: 500,
			situacao: 50,
		},
	});
});
