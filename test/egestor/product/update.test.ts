import { productUpdateBody } from '../../../sandbox/contracts/egestor';
import { updateTests } from '../update-tests';

/** Produtos › Detalhar (Read), the document's 200 example. */
const read = {
	codigo: '1',
	descricao: 'Novo produto',
	codigoProprio: '',
	estoque: 100,
	estoqueMinimo: 0,
	controlarEstoque: true,
	margemLucro: 0.0,
	precoCusto: 0.0,
	precoVenda: 0.0,
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
const { codigo: _codigo, dtCad: _dtCad, ...whole } = read;

describe('eGestor › Product › Update', () => {
	updateTests({
		resource: 'product',
		idName: 'productId',
		path: '/produtos',
		read,
		whole,
		updateFields: {
			codigoProprio: 'CX-9',
			descricao: 'Caneca Azul',
			precoVenda: 12,
			controlarEstoque: false,
			origemFiscal: 2,
		},
		changes: {
			codigoProprio: 'CX-9',
			descricao: 'Caneca Azul',
			precoVenda: 12,
			controlarEstoque: false,
			origemFiscal: 2,
		},
		clear: { field: 'codigoProprio', empty: '' },
		contract: productUpdateBody,
		// Produtos › Editar (Update): the document's 200 body.
		answer: whole,
	});
});
