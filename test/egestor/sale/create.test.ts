import { saleCreateBody } from '../../contracts/egestor';
import { bodiesSeen, eGestorApi, runNode } from '../egestor-harness';

const created = { codigo: 1, nome: 'Nome do contato' };
const create = (parameters: Record<string, unknown>) =>
	runNode({ resource: 'sale', operation: 'create', ...parameters });

describe('eGestor › Sale › Create', () => {
	it('sends products, installments, custom fields and every documented field, and outputs the answer', async () => {
		const seen = bodiesSeen();
		const api = eGestorApi().post('/api/v1/vendas', seen.match).reply(200, created);

		const result = await create({
			dtVenda: '2017-07-18T00:00:00',
			produtos: {
				product: [
					{ codProduto: 17, quant: 1, preco: 3438, vDesc: 0, obs: '' },
					{ codProduto: 18, quant: 2.5, preco: 0, vDesc: 10, obs: ' brinde ' },
				],
			},
			financeiros: {
				installment: [
					{ dtVenc: '2017-08-18', valor: 0 },
					{ dtVenc: '2017-09-18T00:00:00', valor: 100 },
				],
			},
			customizado: {
				field: [
					{ name: 'xCampo1', value: 'Observações gerais' },
					{ name: 'xCampo4', value: '' },
				],
			},
			additionalFields: {
				codContato: 7,
				codVendedor: 1,
				dtEntrega: '2017-07-20',
				tags: 'loja, balcão',
			},
		});

		expect(result.error).toBeUndefined();
		expect(api.isDone()).toBe(true);
		expect(saleCreateBody.parse(seen.bodies[0])).toEqual({
			dtVenda: '2017-07-18',
			codContato: 7,
			codVendedor: 1,
			dtEntrega: '2017-07-20',
			tags: ['loja', 'balcão'],
			customizado: { xCampo1: 'Observações gerais', xCampo4: '' },
			produtos: [
				{ codProduto: 17, quant: 1, preco: 3438 },
				{ codProduto: 18, quant: 2.5, vDesc: 10, obs: 'brinde' },
			],
			financeiros: [{ dtVenc: '2017-08-18' }, { dtVenc: '2017-09-18', valor: 100 }],
		});
		expect(result.output('eGestor')).toEqual([created]);
	});

	it('sends only the sale date when nothing else is set', async () => {
		const seen = bodiesSeen();
		eGestorApi().post('/api/v1/vendas', seen.match).reply(200, created);

		const result = await create({ dtVenda: '2017-07-18' });

		expect(result.error).toBeUndefined();
		expect(saleCreateBody.parse(seen.bodies[0])).toEqual({ dtVenda: '2017-07-18' });
	});

	it.each([
		[{ dtVenda: '={{ "18/07/2017" }}' }, '"Sale Date" must be a date as YYYY-MM-DD'],
		[
			{ dtVenda: '2017-07-18', produtos: { product: [{ codProduto: 0, quant: 1 }] } },
			'"Products › 1 › Product Code" must be a number from 1',
		],
		[
			{ dtVenda: '2017-07-18', financeiros: { installment: [{ dtVenc: 'amanhã' }] } },
			'"Installments › 1 › Due Date" must be a date as YYYY-MM-DD',
		],
		[
			{
				dtVenda: '2017-07-18',
				customizado: { field: [{ name: '={{ "xCampo9" }}', value: 'x' }] },
			},
			'"Custom Fields" must be xCampo1 to xCampo4, not "xCampo9"',
		],
		[
			{
				dtVenda: '2017-07-18',
				customizado: {
					field: [
						{ name: 'xCampo2', value: 'a' },
						{ name: 'xCampo2', value: 'b' },
					],
				},
			},
			'"Custom Fields" sets xCampo2 more than once',
		],
	])('refuses bad input %j before sending anything', async (parameters, message) => {
		const api = eGestorApi().post('/api/v1/vendas').reply(200, created);

		const result = await create(parameters);

		expect(result.error?.message).toBe(message);
		expect(result.error?.context.itemIndex).toBe(0);
		expect(api.isDone()).toBe(false);
	});
});
