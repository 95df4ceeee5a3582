import { getTests } from '../shared-tests';

/** Produtos › Detalhar's example answer. */
const record = {
	codigo: '12',
	descricao: 'Novo produto',
	codigoProprio: '',
	estoque: 100,
	estoqueMinimo: 0,
	controlarEstoque: true,
	margemLucro: 0,
	precoCusto: 0,
	precoVenda: 0,
	origemFiscal: 0,
	unidadeTributada: 'UN',
	refEanGtin: '',
	ncm: '',
	codigoCEST: '',
	excecaoIPI: '',
	codigoGrupoTributos: 0,
	anotacoesNFE: '',
	anotacoesInternas: '',
	pesoBruto: '0.000',
	pesoLiquido: '0.000',
	tags: [],
	dtCad: '2017-05-24 17:32:18',
};

describe('eGestor › Product › Get', () => {
	getTests({
		resource: 'product',
		idName: 'productId',
		path: '/produtos',
		record,
		simplified: {
			codigo: '12',
			descricao: 'Novo produto',
			codigoProprio: '',
			precoVenda: 0,
			precoCusto: 0,
			estoque: 100,
			controlarEstoque: true,
			unidadeTributada: 'UN',
		},
	});
});
