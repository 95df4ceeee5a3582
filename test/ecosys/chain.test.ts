import {
	clientCreateBody,
	dealCreateBody,
	dealWonBody,
	vehicleCreateBody,
} from '../../sandbox/contracts/ecosys';
import { DEFAULT_STORE, bodiesSeen, ecosysApi, ecosysHarness, ecosysNode } from './ecosys-harness';

describe("Ecosys Auto › the quickstart's flow as one workflow", () => {
	it('creates a client, a vehicle for them, a deal for both, and marks the deal won', async () => {
		const clientBodies = bodiesSeen();
		const vehicleBodies = bodiesSeen();
		const dealBodies = bodiesSeen();
		const wonBodies = bodiesSeen();
		const client = { id: 'cli-7', type: 'PF', name: 'Maria Santos', status: 'active' };
		const vehicle = {
			id: 'vei-3',
			title: 'Toyota Corolla XEi 2.0 2025',
			price: 165000,
			store_id: DEFAULT_STORE,
			client_id: 'cli-7',
			phase: 'entrada',
			status: 'ativo',
		};
		const deal = { id: 'neg-5', title: 'Venda Toyota Corolla XEi 2.0 2025', status: 'ativo' };
		const won = { id: 'neg-5', status: 'ganho', value: 160000 };
		const api = ecosysApi()
			.post('/api/v1/clients', clientBodies.match)
			.reply(201, { success: true, data: client })
			.post('/api/v1/vehicles', vehicleBodies.match)
			.reply(201, { success: true, data: vehicle })
			.post('/api/v1/deals', dealBodies.match)
			.reply(201, { success: true, data: deal })
			.put('/api/v1/deals/neg-5', wonBodies.match)
			.reply(200, { success: true, data: won });

		const result = await ecosysHarness().runChain(
			[{ nome: 'Maria Santos', email: 'maria@email.com', cpf: '52998224725', fechado: 160000 }],
			[
				ecosysNode('Create Client', {
					resource: 'client',
					operation: 'create',
					type: 'PF',
					name: '={{ $json.nome }}',
					cpf: '={{ $json.cpf }}',
					additionalFields: { email: '={{ $json.email }}' },
				}),
				ecosysNode('Create Vehicle', {
					resource: 'vehicle',
					operation: 'create',
					title: 'Toyota Corolla XEi 2.0 2025',
					additionalFields: {
						brand: 'Toyota',
						model: 'Corolla',
						version: 'XEi 2.0 Flex',
						year_model: 2025,
						price: 165000,
						mileage: 0,
						client_id: '={{ $json.id }}',
					},
				}),
				ecosysNode('Create Deal', {
					resource: 'deal',
					operation: 'create',
					title: '=Venda {{ $json.title }}',
					additionalFields: {
						value: '={{ $json.price }}',
						client_id: "={{ $('Create Client').item.json.id }}",
						source: 'showroom',
					},
				}),
				ecosysNode('Mark Won', {
					resource: 'deal',
					operation: 'markWon',
					dealId: '={{ $json.id }}',
					finalValue: "={{ $('Start').item.json.fechado }}",
				}),
			],
		);

		expect(result.error).toBeUndefined();
		expect(api.isDone()).toBe(true);
		expect(clientCreateBody.parse(clientBodies.bodies[0])).toEqual({
			type: 'PF',
			name: 'Maria Santos',
			cpf: '529.982.247-25',
			email: 'maria@email.com',
		});
		expect(vehicleCreateBody.parse(vehicleBodies.bodies[0])).toEqual({
			title: 'Toyota Corolla XEi 2.0 2025',
			store_id: DEFAULT_STORE,
			brand: 'Toyota',
			model: 'Corolla',
			version: 'XEi 2.0 Flex',
			year_model: 2025,
			price: 165000,
			mileage: 0,
			client_id: 'cli-7',
		});
		expect(dealCreateBody.parse(dealBodies.bodies[0])).toEqual({
			title: 'Venda Toyota Corolla XEi 2.0 2025',
			value: 165000,
			client_id: 'cli-7',
			source: 'showroom',
		});
		expect(dealWonBody.parse(wonBodies.bodies[0])).toEqual({ status: 'ganho', value: 160000 });
		expect(result.output('Create Client')).toEqual([client]);
		expect(result.output('Create Vehicle')).toEqual([vehicle]);
		expect(result.output('Mark Won')).toEqual([won]);
	});
});
