import { productCreateBody } from '../../../sandbox/contracts/egestor';
import { bodiesSeen, eGestorApi, runNode } from '../egestor-harness';

const created = { codigo: 1, descricao: 'Novo produto' };
const create = (parameters: Record<string, unknown>) =>
	runNode({ resource: 'product', operation: 'create', ...parameters });

describe('eGestor › Product › Create', () => {
	it('sends every documented field under its API name and outputs the created product', async () => {
		const seen = bodiesSeen();
		const api = eGestorApi().post('/api/v1/produtos', seen.match).reply(200, created);

		const result = await create({
			descricao: 'Novo produto',
			additionalFields: {
				codigoProprio: '001',
				estoque: 100,
				estoqueMinimo: 0,
				controlarEstoque: true,
				margemLucro: 12.5,
				precoCusto: 5,
				precoVenda: 10.37,
				origemFiscal: 0,
				unidadeTributada: 'UN',
				refEanGtin: '7891234567895',
				ncm: '69120000',
				codigoCEST: '0107400',
				excecaoIPI: 7,
				codigoGrupoTributos: 1,
				anotacoesNFE: 'Frágil',
				anotacoesInternas: 'Lote 3',
				pesoBruto: 0.45,
				pesoLiquido: 0.4,
				tags: 'examplo, modelo',
			},
		});

		expect(result.error).toBeUndefined();
		expect(api.isDone()).toBe(true);
		expect(productCreateBody.parse(seen.bodies[0])).toEqual({
			descricao: 'Novo produto',
			codigoProprio: '001',
			estoque: 100,
			estoqueMinimo: 0,
			controlarEstoque: true,
			margemLucro: 12.5,
			precoCusto: 5,
			precoVenda: 10.37,
			origemFiscal: 0,
			unidadeTributada: 'UN',
			refEanGtin: '7891234567895',
			ncm: '69120000',
			codigoCEST: '0107400',
			excecaoIPI: 7,
			codigoGrupoTributos: 1,
			anotacoesNFE: 'Frágil',
			anotacoesInternas: 'Lote 3',
			pesoBruto: 0.45,
			pesoLiquido: 0.4,
			tags: ['examplo', 'modelo'],
		});
		expect(result.output('eGestor')).toEqual([created]);
	});

	it('sends only the description when nothing else is set', async () => {
		const seen = bodiesSeen();
		eGestorApi().post('/api/v1/produtos', seen.match).reply(200, created);

		const result = await create({ descricao: ' Caneca Preta ' });

		expect(result.error).toBeUndefined();
		expect(productCreateBody.parse(seen.bodies[0])).toEqual({ descricao: 'Caneca Preta' });
	});

	it.each([
		[{ descricao: '={{ "" }}' }, '"Description" is required'],
		[
			{ descricao: 'X', additionalFields: { precoVenda: '={{ -1 }}' } },
			'"Sale Price (BRL)" must be a number from 0',
		],
		[
			{ descricao: 'X', additionalFields: { origemFiscal: '={{ 9 }}' } },
			'"Tax Origin" must be one of: 0, 1, 2, 3, 4, 5, 6, 7, 8',
		],
	])('refuses bad input %j before sending anything', async (parameters, message) => {
		const api = eGestorApi().post('/api/v1/produtos').reply(200, created);

		const result = await create(parameters);

		expect(result.error?.message).toBe(message);
		expect(api.isDone()).toBe(false);
	});
});
