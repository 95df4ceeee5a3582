jest.mock('n8n-workflow', () => ({ ...jest.requireActual('n8n-workflow'), sleep: jest.fn() }));

import { failureOf, PROBE_KEY, probeApi, runProbe, useFakeClock } from './probe';

const clock = useFakeClock();

/** Three items: ids 1 and 3 exist, id 2 is refused by the vendor with 422. */
function threeItems() {
	const probe = probeApi();
	probe.api.get('/v1/things/1').reply(200, { id: 1 });
	probe.api
		.get('/v1/things/2')
		.reply(422, { fault: { text: 'Thing 2 is locked', advice: 'Unlock it first' } });
	probe.api.get('/v1/things/3').reply(200, { id: 3 });
	return probe;
}
const getById = {
	resource: 'http',
	operation: 'send',
	method: 'GET',
	path: '=/things/{{ $json.id }}',
};
const input = [{ id: 1 }, { id: 2 }, { id: 3 }];

describe('route', () => {
	it('with Continue On Fail, a failing item yields exactly one error item paired to it', async () => {
		const { seen } = threeItems();
		const result = await runProbe(getById, { input, continueOnFail: true });

		expect(result.error).toBeUndefined();
		expect(result.items('Probe')).toEqual([
			{ json: { status: 200, body: { id: 1 } }, pairedItem: { item: 0 } },
			{
				json: { error: 'Thing 2 is locked', description: 'Unlock it first' },
				pairedItem: { item: 1 },
			},
			{ json: { status: 200, body: { id: 3 } }, pairedItem: { item: 2 } },
		]);
		expect(seen.map((request) => request.path)).toEqual([
			'/v1/things/1',
			'/v1/things/2',
			'/v1/things/3',
		]);
		expect(JSON.stringify(result.items('Probe'))).not.toContain(PROBE_KEY);
	});

	it('without it, the execution stops at the failing item and names it', async () => {
		const { seen } = threeItems();
		const result = await runProbe(getById, { input });

		expect(failureOf(result)).toEqual({
			type: 'NodeApiError',
			message: 'Thing 2 is locked',
			description: 'Unlock it first',
			httpCode: '422',
			itemIndex: 1,
		});
		expect(JSON.stringify(result.error)).not.toContain(PROBE_KEY);
		expect(result.items('Probe')).toEqual([]);
		expect(seen.map((request) => request.path)).toEqual(['/v1/things/1', '/v1/things/2']);
		expect(clock.waits()).toEqual([]);
	});

	it('pairs every record of a list to the item that asked for it', async () => {
		const { api } = probeApi();
		api
			.get('/v1/things')
			.query({ owner: 'a', page: 1, limit: 100 })
			.reply(200, { data: [{ n: 1 }, { n: 2 }] });
		api
			.get('/v1/things')
			.query({ owner: 'b', page: 1, limit: 100 })
			.reply(200, { data: [{ n: 3 }] });

		const result = await runProbe(
			{
				resource: 'list',
				operation: 'read',
				path: '/things',
				returnAll: true,
				qs: '={{ { owner: $json.owner } }}',
			},
			{ input: [{ owner: 'a' }, { owner: 'b' }] },
		);

		expect(result.items('Probe')).toEqual([
			{ json: { n: 1 }, pairedItem: { item: 0 } },
			{ json: { n: 2 }, pairedItem: { item: 0 } },
			{ json: { n: 3 }, pairedItem: { item: 1 } },
		]);
	});

	it.each([
		{
			parameters: { resource: 'http', operation: 'nope' },
			message: 'The operation "nope" is not known for the resource "http"',
		},
		{
			parameters: { resource: 'ghost', operation: 'send' },
			message: 'The operation "send" is not known for the resource "ghost"',
		},
		{
			parameters: { resource: 'crash', operation: 'now' },
			message: 'Cannot read properties of undefined',
		},
	])('$message: a NodeOperationError naming the item', async ({ parameters, message }) => {
		const { seen } = probeApi();
		const failed = await runProbe(parameters, { input: [{}, {}] });
		expect(failureOf(failed)).toMatchObject({ type: 'NodeOperationError', message, itemIndex: 0 });

		const continued = await runProbe(parameters, { input: [{}, {}], continueOnFail: true });
		expect(continued.items('Probe')).toEqual([
			{ json: { error: message, description: null }, pairedItem: { item: 0 } },
			{ json: { error: message, description: null }, pairedItem: { item: 1 } },
		]);
		expect(seen).toEqual([]);
	});
});
