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
} from './contracts/ecosys';
import { ApiError, listen, Router, validate } from './http';
import type { SandboxRequest } from './http';
import { dealRoutes, listOf, ok, platformApp, Table } from './platform';
import type { Row } from './platform';
import type { Sandbox, StartOptions } from './types';

/**
 * Ecosys Auto (vendor-docs/ecosys-auto-quickstart.txt, "quickstart"): clients, vehicles and
 * deals under `/api/v1` (the curl examples' `https://dashboard.ecosysauto.ai/api/v1`), Bearer
 * `ea_live_…` key ("Obtenha sua API Key": "formato: ea_live_..."), on the same platform as
 * Sonar Marketing (envelope, paging, errors and the deals resource are shared code: see
 * platform.ts for what each vendor documents). The seed is the quickstart's client, vehicle
 * and deal.
 */

export const ECOSYS_DEMO_KEY = 'ea_live_sandbox_demo_key';
export const ECOSYS_DEMO_STORE = 'store-sandbox-centro';
const ECOSYS_OTHER_STORE = 'store-sandbox-zona-sul';

interface EcosysOptions extends StartOptions {
	apiKeys?: string[];
	/**
	 * Unknown (the quickstart names no list parameter but `status`): whether `/clients` and
	 * `/vehicles` honour `sort`. When false the sandbox ignores it and lists in its default
	 * order. Default true; tests that depend on it run both.
	 */
	sortHonoured?: boolean;
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
		// The quickstart's own CPF: its check digits are wrong and its answer is a 201.
		cpf: '123.456.789-00',
		phone: '+55 11 99999-8888',
		segment: 'premium',
		status: 'active',
		// Not documented: a client's store. Stored so the node's store filter has something to match.
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
		phase: 'lead',
		probability: 40,
		status: 'ativo',
		client_id: joao.id,
		source: 'showroom',
		tags: ['civic', 'premium'],
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
	// Not documented: what Ecosys answers for an unknown client or store (the sandbox: 422).
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

	const sortHonoured = options.sortHonoured ?? true;
	/** The request as a list sees it: without `sort` when the switch says the API ignores it. */
	const sorting = (request: SandboxRequest): SandboxRequest => {
		if (sortHonoured) return request;
		const { sort: _ignored, ...query } = request.query;
		return { ...request, query };
	};
	const router = new Router()
		// quickstart, getClients(params): the list exists; its parameters are the node's reading.
		.on('GET', '/clients', (request) =>
			listOf([...clients.rows.values()], sorting(request), {
				query: clientListQuery,
				// Filters, search fields and default order: the node's reading, not documented.
				equals: ['type', 'status', 'segment', 'store_id'],
				searchIn: ['name', 'email', 'cpf', 'cnpj', 'phone'],
				defaultSort: '-created_at',
			}),
		)
		// quickstart, "Crie seu primeiro cliente": 201 with the client, "status": "active".
		.on('POST', '/clients', (request) => {
			const body = validate(clientCreateBody, request.body) as Row;
			return ok(clients.insert({ ...body, status: 'active', store_id: ECOSYS_DEMO_STORE }), 201);
		})
		// Not in the quickstart (ENDPOINTS.md: platform pattern).
		.on('GET', '/clients/:id', (request) => ok(clients.get(request.params.id)))
		.on('PUT', '/clients/:id', (request) => {
			clients.get(request.params.id);
			const body = validate(clientUpdateBody, request.body) as Row;
			return ok(clients.update(request.params.id, body));
		})
		// quickstart, "Liste seus veículos": `?status=ativo`, items with client {id, name}.
		.on('GET', '/vehicles', (request) =>
			listOf([...vehicles.rows.values()].map(clientRef), sorting(request), {
				query: vehicleListQuery,
				// `status` is documented; the other filters, search fields and the default order are
				// the node's reading.
				equals: ['status', 'phase', 'store_id', 'client_id', 'brand', 'fuel', 'transmission'],
				ranges: { min_price: ['price', 'min'], max_price: ['price', 'max'] },
				searchIn: ['title', 'brand', 'model', 'version', 'plate'],
				defaultSort: '-created_at',
			}),
		)
		// quickstart, "Cadastre um veículo": store_id required; 201 with phase entrada, status ativo.
		.on('POST', '/vehicles', (request) => {
			const body = validate(vehicleCreateBody, request.body) as Row;
			knownStore(body);
			knownClient(body);
			return ok(clientRef(vehicles.insert({ phase: 'entrada', status: 'ativo', ...body })), 201);
		})
		// GET: not in the quickstart (platform pattern); PUT: updateVehicle in "Exemplo Completo".
		.on('GET', '/vehicles/:id', (request) => ok(clientRef(vehicles.get(request.params.id))))
		.on('PUT', '/vehicles/:id', (request) => {
			vehicles.get(request.params.id);
			const body = validate(vehicleUpdateBody, request.body) as Row;
			knownStore(body);
			knownClient(body);
			return ok(clientRef(vehicles.update(request.params.id, body)));
		});
	// The quickstart shows POST /deals and the PUTs of markDealWon/markDealLost; GET /deals and
	// GET /deals/:id follow the platform (ENDPOINTS.md); DELETE is not documented for Ecosys.
	dealRoutes(
		router,
		state.deals,
		clients,
		{ create: dealCreateBody, update: dealUpdateBody, list: dealListQuery },
		{
			archive: false,
			// No archiving on Ecosys, so nothing for this switch to hide.
			archivedInUnfilteredList: true,
			// quickstart, "Crie um negócio" Resposta: "status": "ativo"; no other default is shown.
			defaults: { status: 'ativo' },
		},
	);

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
