import { saleCreateBody, saleCreateBodyWithExtras } from '../../../sandbox/contracts/egestor';
import { EGestor } from '../../../nodes/EGestor/EGestor.node';
import { bodiesSeen, eGestorApi, runNode } from '../egestor-harness';

const created = { codigo: 1, nome: 'Nome do contato' };
const create = (parameters: Record<string, unknown>) =>
	runNode({ resource: 'sale', operation: 'create', ...parameters });

describe('eGestor › Sale › Create', () => {
	it('sends products, installments, custom fields and every field as typed (price 0 included), and outputs the answer', async () => {
		const seen = bodiesSeen();
		const api = eGestorApi().post('/api/v1/vendas', seen.match).reply(200, created);

		const result = await create({
			dtVenda: '2017-07-18T00:00:00',
			produtos: {
				product: [
					{ codProduto: 17, quant: 1, preco: '3438', vDesc: 0, obs: '' },
					{ codProduto: 18, quant: 2.5, preco: '0', vDesc: 10, obs: ' brinde ' },
					{ codProduto: 19, quant: 1, preco: '', vDesc: 0, obs: '' },
				],
			},
			financeiros: {
				installment: [
					{ dtVenc: '2017-08-18', valor: '0' },
					{ dtVenc: '2017-09-18T00:00:00', valor: '={{ 100 }}' },
					{ dtVenc: '2017-10-18', valor: '' },
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
		expect(saleCreateBodyWithExtras.parse(seen.bodies[0])).toEqual({
			dtVenda: '2017-07-18',
			codContato: 7,
			codVendedor: 1,
			dtEntrega: '2017-07-20',
			tags: ['loja', 'balcão'],
			customizado: { xCampo1: 'Observações gerais', xCampo4: '' },
			produtos: [
				{ codProduto: 17, quant: 1, preco: 3438, vDesc: 0 },
				{ codProduto: 18, quant: 2.5, preco: 0, vDesc: 10, obs: 'brinde' },
				{ codProduto: 19, quant: 1, vDesc: 0 },
			],
			financeiros: [
				{ dtVenc: '2017-08-18', valor: 0 },
				{ dtVenc: '2017-09-18', valor: 100 },
				{ dtVenc: '2017-10-18' },
			],
		});
		expect(result.output('eGestor')).toEqual([created]);
	});

	it('takes the customer and the products picked from the lists (resource locator values)', async () => {
		const seen = bodiesSeen();
		const api = eGestorApi().post('/api/v1/vendas', seen.match).reply(200, created);

		const result = await create({
			dtVenda: '2017-07-18',
			produtos: {
				product: [
					{
						codProduto: { __rl: true, mode: 'list', value: '17', cachedResultName: 'Caneca' },
						quant: 1,
						vDesc: 0,
					},
					{ codProduto: { __rl: true, mode: 'id', value: '18' }, quant: 2, vDesc: 0 },
				],
			},
			additionalFields: {
				codContato: { __rl: true, mode: 'list', value: '324', cachedResultName: 'Kaya' },
			},
		});

		expect(result.error).toBeUndefined();
		expect(api.isDone()).toBe(true);
		expect(seen.bodies).toEqual([
			{
				dtVenda: '2017-07-18',
				codContato: 324,
				produtos: [
					{ codProduto: 17, quant: 1, vDesc: 0 },
					{ codProduto: 18, quant: 2, vDesc: 0 },
				],
			},
		]);
	});

	it('sends only the sale date when nothing else is set', async () => {
		const seen = bodiesSeen();
		eGestorApi().post('/api/v1/vendas', seen.match).reply(200, created);

		const result = await create({ dtVenda: '2017-07-18' });

		expect(result.error).toBeUndefined();
		expect(saleCreateBody.parse(seen.bodies[0])).toEqual({ dtVenda: '2017-07-18' });
	});

	it('an empty 200 to the create is a success: the item holds what was sent', async () => {
		eGestorApi().post('/api/v1/vendas').reply(200, '');

		const result = await create({ dtVenda: '2017-07-18', additionalFields: { codVendedor: 2 } });

		expect(result.error).toBeUndefined();
		expect(result.output('eGestor')).toEqual([{ dtVenda: '2017-07-18', codVendedor: 2 }]);
	});

	it('marks the create fields its API docs show only in answers', () => {
		const fields = JSON.stringify(
			new EGestor().description.properties.filter((p) =>
				p.displayOptions?.show?.operation?.includes('create'),
			),
		);
		for (const field of ['codContato', 'dtEntrega']) {
			expect(fields).toMatch(
				new RegExp(`not in eGestor's API docs for create\\)[^"]*\\(API field ${field}\\)`),
			);
		}
		expect(fields).toContain("Amount (BRL) (Not in eGestor's API Docs for Create)");
		expect(fields).not.toContain('0 keeps the price');
		expect(fields).not.toContain('0 leaves it to eGestor');
		expect(fields).not.toContain('\\t');
	});

	it.each([
		[{ dtVenda: '={{ "18/07/2017" }}' }, '"Sale Date" must be a date as YYYY-MM-DD'],
		[
			{ dtVenda: '2017-07-18', produtos: { product: [{ codProduto: '={{ 0 }}', quant: 1 }] } },
			'"Products › 1 › Product" must be a number from 1',
		],
		[
			{ dtVenda: '2017-07-18', produtos: { product: [{ codProduto: 1, quant: 1, preco: '1,5' }] } },
			'"Products › 1 › Unit Price (BRL)" must be a number from 0',
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
