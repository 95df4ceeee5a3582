import {
	contactCreateBody,
	productCreateBody,
	saleCreateBodyWithExtras,
	settleBody,
} from '../../sandbox/contracts/egestor';
import { bodiesSeen, eGestorApi, eGestorHarness, eGestorNode, page } from './egestor-harness';

describe('eGestor › chained workflow', () => {
	it('create contact → create product → sale for them → sale contact → receivables → receive one', async () => {
		const contactBody = bodiesSeen();
		const productBody = bodiesSeen();
		const saleBody = bodiesSeen();
		const receiveBody = bodiesSeen();
		const contact = { codigo: 324, nome: 'Kaya Labadie' };
		const saleContact = { codigo: 324, nome: 'Kaya Labadie', tipo: ['cliente'], uf: 'SP' };
		const receivables = [
			{
				codigo: '88',
				descricao: 'Venda 51 parcela 1/1',
				situacao: '20',
				valor: '69.90',
				contato: 'Kaya Labadie',
			},
		];
		const api = eGestorApi()
			.post('/api/v1/contatos', contactBody.match)
			.reply(200, contact)
			.post('/api/v1/produtos', productBody.match)
			.reply(200, { codigo: 17, descricao: 'Caneca Preta' })
			.post('/api/v1/vendas', saleBody.match)
			.reply(200, { codigo: 51 })
			.get('/api/v1/vendas/51/contato')
			.reply(200, saleContact)
			.get('/api/v1/recebimentos')
			.query({ filtro: 'Kaya Labadie', page: '1' })
			.reply(200, page(receivables, 1, 1))
			.put('/api/v1/recebimentos/88/receber', receiveBody.match)
			.reply(200, { code: 200, msg: 'Recebimento efetuado com sucesso.', obs: null, fields: null });

		const result = await eGestorHarness().runChain(
			[{ cliente: 'Kaya Labadie', produto: 'Caneca Preta', preco: 69.9 }],
			[
				eGestorNode('Create Contact', {
					resource: 'contact',
					operation: 'create',
					nome: '={{ $json.cliente }}',
					tipo: ['cliente'],
				}),
				eGestorNode('Create Product', {
					resource: 'product',
					operation: 'create',
					descricao: "={{ $('Start').item.json.produto }}",
					additionalFields: { precoVenda: "={{ $('Start').item.json.preco }}" },
				}),
				eGestorNode('Create Sale', {
					resource: 'sale',
					operation: 'create',
					dtVenda: '2026-11-24',
					additionalFields: { codContato: "={{ $('Create Contact').item.json.codigo }}" },
					produtos: { product: [{ codProduto: '={{ $json.codigo }}', quant: 1 }] },
					financeiros: { installment: [{ dtVenc: '2026-12-24' }] },
				}),
				eGestorNode('Sale Contact', {
					resource: 'sale',
					operation: 'getContact',
					saleId: '={{ $json.codigo }}',
				}),
				eGestorNode('Receivables', {
					resource: 'receivable',
					operation: 'getAll',
					returnAll: true,
					filter: '={{ $json.nome }}',
				}),
				eGestorNode('Receive', {
					resource: 'receivable',
					operation: 'receive',
					receivableId: '={{ $json.codigo }}',
					valor: '={{ Number($json.valor) }}',
					dtPgto: '2026-12-20',
				}),
			],
		);

		expect(result.error).toBeUndefined();
		expect(api.isDone()).toBe(true);
		expect(contactCreateBody.parse(contactBody.bodies[0])).toEqual({
			nome: 'Kaya Labadie',
			tipo: ['cliente'],
		});
		expect(productCreateBody.parse(productBody.bodies[0])).toEqual({
			descricao: 'Caneca Preta',
			precoVenda: 69.9,
		});
		expect(saleCreateBodyWithExtras.parse(saleBody.bodies[0])).toEqual({
			dtVenda: '2026-11-24',
			codContato: 324,
			produtos: [{ codProduto: 17, quant: 1, vDesc: 0 }],
			financeiros: [{ dtVenc: '2026-12-24' }],
		});
		expect(settleBody.parse(receiveBody.bodies[0])).toEqual({ valor: 69.9, dtPgto: '2026-12-20' });
		expect(result.output('Sale Contact')).toEqual([saleContact]);
		expect(result.output('Receivables')).toEqual(receivables);
		expect(result.output('Receive')).toEqual([
			{ code: 200, msg: 'Recebimento efetuado com sucesso.', obs: null, fields: null },
		]);
		expect(result.items('Receive')[0].pairedItem).toEqual({ item: 0 });
	});
});
