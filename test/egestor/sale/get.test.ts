import { getTests } from '../shared-tests';

const sale = {
	codigo: 12,
	codContato: 1,
	nomeContato: 'Marcelo',
	dtVenda: '2017-07-11',
	valorTotal: 500,
	customizado: { xCampo1: 'Venda direta.' },
	produtos: [{ codigo: 26, codProduto: 17, preco: 500, quant: 1 }],
	financeiros: [{ codigo: 337, dtVenc: '2017-07-11', valor: 505, situacao: 20 }],
};

describe('eGestor › Sale › Get', () => {
	getTests('sale', 'saleId', '/vendas', sale);
});
