import { dealCreateBody, dealListQuery, dealUpdateBody } from './contracts/sonar';
import { listen, Router } from './http';
import { dealRoutes, platformApp, SONAR_DEAL_DEFAULTS, Table } from './platform';
import type { Sandbox, StartOptions } from './types';

/**
 * Sonar Marketing (vendor-docs/sonar-deals.txt): deals under `/api/v1` (the curl examples'
 * `https://app.sonar.marketing/api/v1/deals`), Bearer `snr_live_…` key (the same examples).
 * The seed's first deal is the document's GET /v1/deals example.
 */

export const SONAR_DEMO_KEY = 'snr_live_sandbox_demo_key';

interface SonarOptions extends StartOptions {
	/** Keys the sandbox accepts (default: the demo key). */
	apiKeys?: string[];
	/**
	 * Unknown (sonar-deals is silent): whether GET /deals without a `status` filter lists
	 * archived deals. Default true; tests that depend on it run both.
	 */
	archivedInUnfilteredList?: boolean;
}

function seedSonar(deals: Table, clients: Table): void {
	const techStore = clients.insert({ name: 'TechStore Brasil Ltda' }, 'cli-techstore');
	const padaria = clients.insert({ name: 'Padaria Pão Bom' }, 'cli-paobom');
	deals.insert({
		title: 'Gestão de Redes Sociais - TechStore',
		description: 'Proposta para gestão completa de redes sociais',
		value: 8000,
		currency: 'BRL',
		phase: 'proposta',
		priority: 'alta',
		status: 'ativo',
		probability: 70,
		expected_close_date: '2026-03-15',
		source: 'indicacao',
		tags: ['social-media'],
		is_starred: false,
		client_id: techStore.id,
		responsible_id: 'user-demo',
		ai_summary: null,
		ai_win_probability: null,
	});
	deals.insert({
		title: 'Tráfego pago - Padaria Pão Bom',
		description: null,
		value: 2500,
		currency: 'BRL',
		phase: 'lead',
		priority: 'media',
		status: 'ativo',
		probability: 20,
		expected_close_date: null,
		source: 'site',
		tags: [],
		is_starred: false,
		client_id: padaria.id,
		responsible_id: null,
		ai_summary: null,
		ai_win_probability: null,
	});
}

export async function startSonar(options: SonarOptions = {}): Promise<Sandbox> {
	const deals = new Table('Deal');
	const clients = new Table('Client');
	seedSonar(deals, clients);
	const router = new Router();
	dealRoutes(
		router,
		deals,
		clients,
		{ create: dealCreateBody, update: dealUpdateBody, list: dealListQuery },
		{
			archive: true,
			archivedInUnfilteredList: options.archivedInUnfilteredList ?? true,
			defaults: SONAR_DEAL_DEFAULTS,
		},
	);
	const apiKeys = options.apiKeys ?? [SONAR_DEMO_KEY];
	const server = await listen(
		platformApp(router, () => apiKeys),
		options.port,
		options,
	);
	const baseUrl = `${server.origin}/api/v1`;
	return {
		vendor: 'sonar',
		baseUrl,
		credentialType: 'sonarMarketingApi',
		credentials: { apiKey: apiKeys[0], baseUrl },
		notes: { clients: 'cli-techstore, cli-paobom' },
		stop: server.stop,
	};
}
