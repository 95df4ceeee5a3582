import { vehicleCreateBody } from '../../../sandbox/contracts/ecosys';
import {
	DEFAULT_STORE,
	bodiesSeen,
	ecosysApi,
	ecosysHarness,
	ecosysHarnessWithoutStore,
	ecosysNode,
} from '../ecosys-harness';

const created = {
	id: 'uuid-do-veiculo',
	title: 'Honda Civic EXL 2.0 2024',
	brand: 'Honda',
	price: 142900,
	plate: 'ABC1D23',
	phase: 'entrada',
	status: 'ativo',
	store_id: 'uuid-da-sua-loja',
	client_id: 'uuid-do-cliente',
};

const createNode = (parameters: Record<string, unknown>) =>
	ecosysNode('Create', { resource: 'vehicle', operation: 'create', ...parameters });

async function create(parameters: Record<string, unknown>) {
	return await ecosysHarness().runChain([{}], [createNode(parameters)]);
}

describe('Ecosys Auto › Vehicle › Create', () => {
	it("sends the quickstart's vehicle with the API names and outputs the created vehicle", async () => {
		const seen = bodiesSeen();
		const api = ecosysApi()
			.post('/api/v1/vehicles', seen.match)
			.reply(201, { success: true, data: created });

		const result = await create({
			title: 'Honda Civic EXL 2.0 2024',
			storeId: 'uuid-da-sua-loja',
			additionalFields: {
				brand: 'Honda',
				model: 'Civic',
				version: 'EXL 2.0 Flex',
				year_model: 2024,
				year_manufacture: 2023,
				price: 142900.0,
				purchase_price: 125000.0,
				mileage: 18500,
				paint: 'Preto',
				fuel: 'flex',
				transmission: 'automatico',
				plate: 'abc-1d23',
				client_id: 'uuid-do-cliente',
			},
		});

		expect(result.error).toBeUndefined();
		expect(api.isDone()).toBe(true);
		expect(vehicleCreateBody.parse(seen.bodies[0])).toEqual({
			title: 'Honda Civic EXL 2.0 2024',
			store_id: 'uuid-da-sua-loja',
			brand: 'Honda',
			model: 'Civic',
			version: 'EXL 2.0 Flex',
			year_model: 2024,
			year_manufacture: 2023,
			price: 142900,
			purchase_price: 125000,
			mileage: 18500,
			color: 'Preto',
			fuel: 'flex',
			transmission: 'automatico',
			plate: 'ABC1D23',
			client_id: 'uuid-do-cliente',
		});
		expect(result.output('Create')).toEqual([created]);
	});

	it("uses the credential's default store when the node sets none, and accepts old-format plates", async () => {
		const seen = bodiesSeen();
		ecosysApi().post('/api/v1/vehicles', seen.match).reply(201, { success: true, data: created });

		const result = await create({
			title: 'Toyota Corolla XEi 2.0 2025',
			storeId: '  ',
			additionalFields: { plate: 'XYZ1234' },
		});

		expect(result.error).toBeUndefined();
		expect(vehicleCreateBody.parse(seen.bodies[0])).toEqual({
			title: 'Toyota Corolla XEi 2.0 2025',
			store_id: DEFAULT_STORE,
			plate: 'XYZ1234',
		});
	});

	it('refuses to create without any store, before sending', async () => {
		const api = ecosysApi().post('/api/v1/vehicles').reply(201, { success: true, data: created });

		const result = await ecosysHarnessWithoutStore().runChain(
			[{}],
			[createNode({ title: 'Sem loja' })],
		);

		expect(result.error?.message).toBe('"Store ID" is required');
		expect(result.error?.description).toContain('Default Store ID');
		expect(result.error?.context.itemIndex).toBe(0);
		expect(api.isDone()).toBe(false);
	});

	it.each([
		[{ title: '={{ $json.title ?? "" }}' }, '"Title" is required'],
		[{ title: 'X', additionalFields: { plate: 'AB1234' } }, '"Plate" is not a valid plate'],
		[{ title: 'X', additionalFields: { plate: 'ABC-12D3X' } }, '"Plate" is not a valid plate'],
		[{ title: 'X', additionalFields: { price: -1 } }, '"Price (BRL)" must be a number from 0'],
		[
			{ title: 'X', additionalFields: { year_model: 1800 } },
			'"Model Year" must be a number from 1900 to 2100',
		],
		[
			{ title: 'X', additionalFields: { mileage: '={{ "muito" }}' } },
			'"Mileage (Km)" must be a number from 0',
		],
	])('refuses bad input %j before sending anything', async (parameters, message) => {
		const api = ecosysApi().post('/api/v1/vehicles').reply(201, { success: true, data: created });

		const result = await create(parameters);

		expect(result.error?.message).toBe(message);
		expect(result.error?.context.itemIndex).toBe(0);
		expect(api.isDone()).toBe(false);
	});

	it('says which plate formats are accepted', async () => {
		const result = await create({ title: 'X', additionalFields: { plate: 'AB1234' } });

		expect(result.error?.description).toBe(
			'Got "AB1234" on item 0. A plate has 7 letters and digits, e.g. ABC1234 or the Mercosul ABC1D23.',
		);
	});

	// As for CPFs: a 7-character plate in neither known pattern warns.
	it.each(['AB12345', 'abc12d3'])(
		'sends the plate %j (neither old nor Mercosul pattern) with a warning in the output',
		async (plate) => {
			const seen = bodiesSeen();
			ecosysApi().post('/api/v1/vehicles', seen.match).reply(201, { success: true, data: created });

			const result = await create({ title: 'X', additionalFields: { plate } });

			const sent = plate.toUpperCase();
			expect(result.error).toBeUndefined();
			expect(vehicleCreateBody.parse(seen.bodies[0])).toEqual({
				title: 'X',
				store_id: DEFAULT_STORE,
				plate: sent,
			});
			expect(result.output('Create')).toEqual([
				{
					...created,
					_warnings: [
						`Plate ${sent} is neither the old format (ABC1234) nor the Mercosul format (ABC1D23); it was sent as given`,
					],
				},
			]);
		},
	);
});
