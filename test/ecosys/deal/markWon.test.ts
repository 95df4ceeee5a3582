import { dealWonBody } from '../../../sandbox/contracts/ecosys';
import { bodiesSeen, ecosysApi, ecosysHarness, ecosysNode } from '../ecosys-harness';

async function markWon(parameters: Record<string, unknown>) {
	return await ecosysHarness().runChain(
		[{}],
		[ecosysNode('Won', { resource: 'deal', operation: 'markWon', dealId: 'd-1', ...parameters })],
	);
}

describe('Ecosys Auto › Deal › Mark Won', () => {
	it('sends status ganho with the final value and outputs the closed deal', async () => {
		const seen = bodiesSeen();
		const won = { id: 'd-1', status: 'ganho', value: 139500 };
		const api = ecosysApi()
			.put('/api/v1/deals/d-1', seen.match)
			.reply(200, { success: true, data: won });

		const result = await markWon({ finalValue: 139500 });

		expect(result.error).toBeUndefined();
		expect(api.isDone()).toBe(true);
		expect(seen.bodies).toEqual([{ status: 'ganho', value: 139500 }]);
		expect(() => dealWonBody.parse(seen.bodies[0])).not.toThrow();
		expect(result.output('Won')).toEqual([won]);
	});

	it.each([
		[{ finalValue: '={{ "" }}' }, '"Final Value (BRL)" must be a number from 0'],
		[{ finalValue: -10 }, '"Final Value (BRL)" must be a number from 0'],
		[{ dealId: '={{ "" }}', finalValue: 1 }, '"Deal" is required'],
	])('refuses %j before sending', async (parameters, message) => {
		const api = ecosysApi().put('/api/v1/deals/d-1').reply(200, { success: true, data: {} });

		const result = await markWon(parameters);

		expect(result.error?.message).toBe(message);
		expect(api.isDone()).toBe(false);
	});
});
