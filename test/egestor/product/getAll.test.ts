import { getManyTests } from '../shared-tests';

describe('eGestor › Product › Get Many', () => {
	// Produtos › Listar's example row, and what Simplify keeps of it.
	getManyTests({
		resource: 'product',
		path: '/produtos',
		listed: {
			codigo: 1,
			descricao: 'Caneca Preta',
			codigoProprio: '',
			estoque: 60,
			estoqueMinimo: 10,
			controlarEstoque: false,
			margemLucro: 0,
			precoCusto: 100,
			precoVenda: 200,
			origemFiscal: 0,
			unidadeTributada: 'UN',
			refEanGtin: '',
			ncm: '',
			excecaoIPI: 1,
			codigoCEST: '',
			pesoBruto: 0,
			pesoLiquido: 0,
			codigoGrupoTributos: 1,
			anotacoesNFE: '',
			anotacoesInternas: '',
			tags: ['café', 'utilidades'],
			dtCad: '2017-03-10 14:10:37',
		},
		simplified: {
			codigo: 1,
			descricao: 'Caneca Preta',
			codigoProprio: '',
			precoVenda: 200,
			precoCusto: 100,
			estoque: 60,
			controlarEstoque: false,
			unidadeTributada: 'UN',
		},
	});
});
