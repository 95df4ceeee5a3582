import {
	clientCreateBody,
	clientListQuery,
	clientUpdateBody,
	dealCreateBody,
	dealListQuery,
	dealUpdateBody,
	vehicleCreateBody,
	vehicleListQuery,
	vehicleUpdateBody,
} from '../test/contracts/ecosys';
import { ApiError, listen, Router, validate } from './http';
import { dealRoutes, listOf, ok, platformApp, Table } from './platform';
import type { Row } from './platform';
import type { Sandbox, StartOptions } from './types';

/**
 * Ecosys Auto (vendor-docs/ecosys-auto-quickstart.txt): clients, vehicles and deals under
 * `/api/v1`, Bearer `ea_live_…` key, on the same platform as Sonar Marketing (envelope,
 * paging, errors and the deals resource are shared code).
 */

export const ECOSYS_DEMO_KEY = 'ea_test_sandbox_demo_key';
export const ECOSYS_DEMO_STORE = 'store-sandbox-centro';
export const ECOSYS_OTHER_STORE = 'store-sandbox-zona-sul';

export interface EcosysOptions extends StartOptions {
	apiKeys?: string[];
}

interface EcosysState {
	clients: Table;
	vehicles: Table;
	deals: Table;
	stores: Set<string>;
}

function seed({ clients, vehicles, deals }: EcosysState): void {
	const joao = clients.insert({
		type: 'PF',
		name: 'João da Silva',
		email: 'joao.silva@email.com',
		cpf: '123.456.789-09',
		phone: '+55 11 99999-8888',
		segment: 'premium',
		status: 'active',
		store_id: ECOSYS_DEMO_STORE,
	});
	vehicles.insert({
		title: 'Honda Civic EXL 2.0 2024',
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
		phase: 'entrada',
		status: 'ativo',
		store_id: ECOSYS_DEMO_STORE,
		client_id: joao.id,
	});
	deals.insert({
		title: 'Venda Honda Civic 2024 — João da Silva',
		value: 142900,
		currency: 'BRL',
		phase: 'lead',
		priority: 'media',
		probability: 40,
		status: 'ativo',
		client_id: joao.id,
		source: 'showroom',
		tags: ['civic', 'premium'],
		is_starred: false,
	});
}

export async function startEcosys(options: EcosysOptions = {}): Promise<Sandbox> {
	const state: EcosysState = {
		clients: new Table('Client'),
		vehicles: new Table('Vehicle'),
		deals: new Table('Deal'),
		stores: new Set([ECOSYS_DEMO_STORE, ECOSYS_OTHER_STORE]),
	};
	seed(state);
	const { clients, vehicles, stores } = state;
	const clientRef = (row: Row): Row => {
		const client = clients.rows.get(String(row.client_id));
		return { ...row, client: client === undefined ? null : { id: client.id, name: client.name } };
	};
	const knownClient = (body: Row) => {
		if (body.client_id !== undefined && !clients.rows.has(String(body.client_id))) {
			throw new ApiError(422, `client_id ${String(body.client_id)} not found`, {
				client_id: ['not found'],
			});
		}
	};
	const knownStore = (body: Row) => {
		if (body.store_id !== undefined && !stores.has(String(body.store_id))) {
			throw new ApiError(422, `store_id ${String(body.store_id)} not found`, {
				store_id: ['not found'],
			});
		}
	};

	const router = new Router()
		.on('GET', '/clients', (request) =>
			listOf([...clients.rows.values()], request, {
				query: clientListQuery,
				equals: ['type', 'status', 'segment', 'store_id'],
				searchIn: ['name', 'email', 'cpf', 'cnpj', 'phone'],
				defaultSort: '-created_at',
			}),
		)
		.on('POST', '/clients', (request) => {
			const body = validate(clientCreateBody, request.body) as Row;
			return ok(clients.insert({ ...body, status: 'active', store_id: ECOSYS_DEMO_STORE }), 201);
		})
		.on('GET', '/clients/:id', (request) => ok(clients.get(request.params.id)))
		.on('PUT', '/clients/:id', (request) => {
			clients.get(request.params.id);
			const body = validate(clientUpdateBody, request.body) as Row;
			return ok(clients.update(request.params.id, body));
		})
		.on('GET', '/vehicles', (request) =>
			listOf([...vehicles.rows.values()].map(clientRef), request, {
				query: vehicleListQuery,
				equals: ['status', 'phase', 'store_id', 'client_id', 'brand', 'fuel', 'transmission'],
				ranges: { min_price: ['price', 'min'], max_price: ['price', 'max'] },
				searchIn: ['title', 'brand', 'model', 'version', 'plate'],
				defaultSort: '-created_at',
			}),
		)
		.on('POST', '/vehicles', (request) => {
			const body = validate(vehicleCreateBody, request.body) as Row;
			knownStore(body);
			knownClient(body);
			return ok(clientRef(vehicles.insert({ phase: 'entrada', status: 'ativo', ...body })), 201);
		})
		.on('GET', '/vehicles/:id', (request) => ok(clientRef(vehicles.get(request.params.id))))
		.on('PUT', '/vehicles/:id', (request) => {
			vehicles.get(request.params.id);
			const body = validate(vehicleUpdateBody, request.body) as Row;
			knownStore(body);
			knownClient(body);
			return ok(clientRef(vehicles.update(request.params.id, body)));
		});
	dealRoutes(router, state.deals, clients, {
		create: dealCreateBody,
		update: dealUpdateBody,
		list: dealListQuery,
	});

	const apiKeys = options.apiKeys ?? [ECOSYS_DEMO_KEY];
	const server = await listen(
		platformApp(router, () => apiKeys),
		options.port,
		options,
	);
	const baseUrl = `${server.origin}/api/v1`;
	return {
		vendor: 'ecosys',
		baseUrl,
		credentialType: 'ecosysAutoApi',
		credentials: { apiKey: apiKeys[0], baseUrl, storeId: ECOSYS_DEMO_STORE },
		notes: { stores: `${ECOSYS_DEMO_STORE}, ${ECOSYS_OTHER_STORE}` },
		stop: server.stop,
	};
}
