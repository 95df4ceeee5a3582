import type { IDataObject } from 'n8n-workflow';

import fixture from '../fixtures/vendor-docs/ecosys.json';
import {
	clientCreateBody,
	dealCreateBody,
	dealLostBody,
	dealWonBody,
	vehicleCreateBody,
	vehicleListQuery,
} from '../../sandbox/contracts/ecosys';
import {
	DEFAULT_STORE,
	bodiesSeen,
	ecosysApi,
	ecosysHarness,
	ecosysNode,
} from '../ecosys/ecosys-harness';
import { describeReplays } from './vendor-document';

/**
 * Every request and response example of Ecosys Auto's quickstart, replayed
 * through the operation that calls that endpoint. The examples are data
 * (test/fixtures/vendor-docs/ecosys.json), each with its source lines.
 */

interface Example {
	id: string;
	kind: 'request' | 'response';
	lines: number[];
	verbatim: string;
	method: string;
	path: string;
	query?: Record<string, string>;
	status?: number | null;
	body?: any;
}

const examples = fixture.examples as Example[];

async function run(parameters: IDataObject) {
	return await ecosysHarness().runChain([{}], [ecosysNode('Ecosys', parameters)]);
}

/** The quickstart shows no status with its answers: a create is replayed as 200 and as 201. */
const statusesOf = (example: Example) =>
	example.status != null ? [example.status] : example.method === 'POST' ? [200, 201] : [200];

/** A request example: the node, given a user's inputs, sends the documented body. */
function sends(
	parameters: IDataObject,
	check: (body: unknown) => unknown,
	body: (example: Example) => unknown = (example) => example.body,
) {
	return async (example: Example) => {
		const seen = bodiesSeen();
		const path = example.path.replace('{id}', 'uuid-do-negocio');
		const api = ecosysApi()
			.intercept(`/api/v1${path}`, example.method, seen.match)
			.reply(example.method === 'POST' ? 201 : 200, { success: true, data: { id: 'x' } });

		const result = await run(parameters);

		expect(result.error).toBeUndefined();
		expect(api.isDone()).toBe(true);
		expect(seen.bodies).toEqual([body(example)]);
		expect(() => check(seen.bodies[0])).not.toThrow();
	};
}

/** A response example: answered to the operation, which outputs the documented record. */
function outputs(parameters: IDataObject, record: (body: any) => unknown) {
	return async (example: Example) => {
		for (const status of statusesOf(example)) {
			const api = ecosysApi()
				.intercept(`/api/v1${example.path}`, example.method)
				.query(true)
				.reply(status, example.body);

			const result = await run(parameters);

			expect([status, result.error]).toEqual([status, undefined]);
			expect(api.isDone()).toBe(true);
			expect(result.output('Ecosys')).toEqual(record(example.body));
		}
	};
}

const quickstartClient = {
	resource: 'client',
	operation: 'create',
	type: 'PF',
	name: 'João da Silva',
	cpf: '123.456.789-00',
	additionalFields: {
		email: 'joao.silva@email.com',
		phone: '+55 11 99999-8888',
		segment: 'premium',
	},
};

/** How each example is replayed: the operation that calls its endpoint, with a user's inputs. */
const replays: Record<string, (example: Example) => Promise<void>> = {
	'ecosys.client.create.request.curl': sends(quickstartClient, (body) =>
		clientCreateBody.parse(body),
	),
	'ecosys.client.create.request.javascript': sends(quickstartClient, (body) =>
		clientCreateBody.parse(body),
	),
	'ecosys.client.create.request.python': sends(quickstartClient, (body) =>
		clientCreateBody.parse(body),
	),
	// The quickstart's CPF has wrong check digits and is accepted: the record is output as
	// documented, with the node's warning beside it.
	'ecosys.client.create.response': outputs(quickstartClient, (body) => [
		{
			...body.data,
			_warnings: [
				'CPF 123.456.789-00 has check digits 00 where 09 was expected; it was sent as given',
			],
		},
	]),
	'ecosys.vehicle.create.request': sends(
		{
			resource: 'vehicle',
			operation: 'create',
			title: 'Honda Civic EXL 2.0 2024',
			storeId: 'uuid-da-sua-loja',
			additionalFields: {
				brand: 'Honda',
				model: 'Civic',
				version: 'EXL 2.0 Flex',
				year_model: 2024,
				year_manufacture: 2023,
				price: 142900,
				purchase_price: 125000,
				mileage: 18500,
				paint: 'Preto',
				fuel: 'flex',
				transmission: 'automatico',
				plate: 'ABC1D23',
				client_id: 'uuid-do-cliente',
			},
		},
		(body) => vehicleCreateBody.parse(body),
	),
	'ecosys.vehicle.create.response': outputs(
		{ resource: 'vehicle', operation: 'create', title: 'Honda Civic EXL 2.0 2024' },
		(body) => [body.data],
	),
	'ecosys.deal.create.request': sends(
		{
			resource: 'deal',
			operation: 'create',
			title: 'Venda Honda Civic 2024 — João da Silva',
			additionalFields: {
				value: 142900,
				phase: 'lead',
				probability: 40,
				client_id: 'uuid-do-cliente',
				source: 'showroom',
				tags: 'civic, premium',
			},
		},
		(body) => dealCreateBody.parse(body),
	),
	'ecosys.deal.create.response': outputs(
		{ resource: 'deal', operation: 'create', title: 'Venda Honda Civic 2024 — João da Silva' },
		(body) => [body.data],
	),
	// GET /vehicles?status=ativo: Get Many with the Status filter; the node adds its page.
	'ecosys.vehicle.list.request': async (example) => {
		const queries: unknown[] = [];
		const api = ecosysApi()
			.get('/api/v1/vehicles')
			.query((query) => queries.push(query) > 0)
			.reply(200, {
				success: true,
				data: [],
				pagination: { page: 1, limit: 20, total: 0, pages: 0 },
			});

		const result = await run({
			resource: 'vehicle',
			operation: 'getAll',
			returnAll: false,
			limit: 20,
			filters: { status: 'ativo' },
		});

		expect(result.error).toBeUndefined();
		expect(api.isDone()).toBe(true);
		expect(queries).toEqual([{ ...example.query, page: '1', limit: '20' }]);
		expect(() => vehicleListQuery.parse(queries[0])).not.toThrow();
	},
	'ecosys.vehicle.list.response': outputs(
		{ resource: 'vehicle', operation: 'getAll', returnAll: false, limit: 20 },
		(body) => body.data,
	),
	'ecosys.deal.markWon.request': sends(
		{ resource: 'deal', operation: 'markWon', dealId: 'uuid-do-negocio', finalValue: 142900 },
		(body) => dealWonBody.parse(body),
		(example) => ({ ...example.body, value: 142900 }),
	),
	'ecosys.deal.markLost.request': sends(
		{
			resource: 'deal',
			operation: 'markLost',
			dealId: 'uuid-do-negocio',
			lossReason: 'Cliente comprou em outra loja',
		},
		(body) => dealLostBody.parse(body),
		(example) => ({ ...example.body, loss_reason: 'Cliente comprou em outra loja' }),
	),
	'ecosys.client.create.request.fullExample': sends(
		{
			resource: 'client',
			operation: 'create',
			type: 'PF',
			name: 'Maria Santos',
			cpf: '987.654.321-00',
			additionalFields: { email: 'maria@email.com' },
		},
		(body) => clientCreateBody.parse(body),
	),
	// STORE_ID comes from the environment in the example: the credential's Default Store ID here.
	'ecosys.vehicle.create.request.fullExample': sends(
		{
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
				client_id: 'uuid-do-cliente',
			},
		},
		(body) => vehicleCreateBody.parse(body),
		(example) => ({ ...example.body, store_id: DEFAULT_STORE, client_id: 'uuid-do-cliente' }),
	),
	// A failure's message is read at error.message; the status is not documented (400 here).
	'ecosys.errorShape': async (example) => {
		const message = 'CPF já cadastrado';
		const api = ecosysApi()
			.post('/api/v1/clients')
			.reply(400, { ...example.body, error: { ...example.body.error, message } });

		const result = await run({ ...quickstartClient, cpf: '529.982.247-25' });

		expect(api.isDone()).toBe(true);
		expect(result.error?.message).toBe(message);
		expect((result.error as { httpCode?: string }).httpCode).toBe('400');
	},
};

describeReplays({
	vendor: 'Ecosys Auto',
	documentName: 'the quickstart',
	fileName: 'ecosys-auto-quickstart.txt',
	examples,
	replays,
	isVerbatim: (lines, example) =>
		example.verbatim
			.split('\n')
			.filter((line) => line !== '')
			.every((line) => lines.includes(line)),
});
