import { vehicleUpdateBody } from '../../../sandbox/contracts/ecosys';
import { bodiesSeen, ecosysApi, ecosysHarness, ecosysNode } from '../ecosys-harness';

async function update(updateFields: Record<string, unknown>) {
	return await ecosysHarness().runChain(
		[{}],
		[
			ecosysNode('Update', {
				resource: 'vehicle',
				operation: 'update',
				vehicleId: 'v-1',
				updateFields,
			}),
		],
	);
}

describe('Ecosys Auto › Vehicle › Update', () => {
	it('sends the changed fields with PUT and outputs the updated vehicle', async () => {
		const seen = bodiesSeen();
		const updated = { id: 'v-1', price: 139900, mileage: 19000, status: 'ativo' };
		const api = ecosysApi()
			.put('/api/v1/vehicles/v-1', seen.match)
			.reply(200, { success: true, data: updated });

		const result = await update({
			price: '139900.50',
			mileage: 19000,
			phase: 'entrada',
			status: 'ativo',
			store_id: 'store-2',
			title: 'Honda Civic EXL',
			plate: 'abc1234',
			transmission: 'cvt',
		});

		expect(result.error).toBeUndefined();
		expect(api.isDone()).toBe(true);
		expect(vehicleUpdateBody.parse(seen.bodies[0])).toEqual({
			price: 139900.5,
			mileage: 19000,
			phase: 'entrada',
			status: 'ativo',
			store_id: 'store-2',
			title: 'Honda Civic EXL',
			plate: 'ABC1234',
			transmission: 'cvt',
		});
		expect(result.output('Update')).toEqual([updated]);
	});

	it.each([
		[{}, 'Add at least one field under "Update Fields"'],
		[{ plate: 'ABCD12' }, '"Plate" is not a valid plate'],
		[{ purchase_price: -5 }, '"Purchase Price (BRL)" must be a number from 0'],
	])('refuses %j before sending', async (fields, message) => {
		const api = ecosysApi().put('/api/v1/vehicles/v-1').reply(200, { success: true, data: {} });

		const result = await update(fields);

		expect(result.error?.message).toBe(message);
		expect(api.isDone()).toBe(false);
	});
});
