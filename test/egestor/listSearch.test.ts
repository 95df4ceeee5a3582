import { LoadOptionsContext } from 'n8n-core';
import type {
	IDataObject,
	IHttpRequestOptions,
	ILoadOptionsFunctions,
	INode,
	INodeListSearchResult,
	INodeTypes,
	IWorkflowExecuteAdditionalData,
} from 'n8n-workflow';
import { Workflow } from 'n8n-workflow';

import { EGestorApi } from '../../credentials/EGestorApi.credentials';
import { EGestor } from '../../nodes/EGestor/EGestor.node';
import * as listSearch from '../../nodes/EGestor/methods/listSearch';
import { resetRateStates } from '../../nodes/shared/request';
import { startEGestor } from '../../sandbox';
import type { Sandbox } from '../../sandbox';
import { TestCredentialsHelper } from '../../harness/credentials-helper';
import { PACKAGE, WorkflowHarness } from '../../harness/run-workflow';
import { allowLoopback, call } from '../sandbox/client';
import { eGestorNode, PERSONAL_ID } from './egestor-harness';
import { fromList } from './shared-tests';

allowLoopback();

type Search = (
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
) => Promise<INodeListSearchResult>;

let sandbox: Sandbox;
let token: string;
const today = new Date().toISOString().slice(0, 10);

beforeAll(async () => {
	sandbox = await startEGestor({ rateLimit: 1_000_000 });
	const tokenUrl = sandbox.credentials.accessTokenUrl.replace(/\/access_token$/, '');
	const reply = await call(tokenUrl, 'POST', '/access_token', {
		body: { grant_type: 'personal', personal_token: sandbox.credentials.personalToken },
	});
	token = String(reply.body.access_token);
	// 55 more contacts (57 in all: two pages of 50), and a sale for Marcelo (contact 1) of two
	// "Caneca preta" (product 1, R$ 500) with one installment, which makes receivable 1.
	for (let index = 1; index <= 55; index++) {
		const created = await call(sandbox.baseUrl, 'POST', '/contatos', {
			token,
			body: { nome: `Cliente ${index}`, tipo: ['cliente'] },
		});
		expect(created.status).toBe(200);
	}
	const sale = await call(sandbox.baseUrl, 'POST', '/vendas', {
		token,
		body: {
			dtVenda: '2026-11-20',
			codContato: 1,
			produtos: [{ codProduto: 1, quant: 2, vDesc: 0 }],
			financeiros: [{ dtVenc: '2026-12-20' }],
		},
	});
	expect(sale.status).toBe(200);
});
afterAll(async () => await sandbox?.stop());

/**
 * n8n-core's load-options context for the eGestor node (personal token, the sandbox's
 * credential), with every request the node sends recorded.
 */
function pickerContext() {
	resetRateStates();
	const credentialsHelper = new TestCredentialsHelper(
		[new EGestorApi()],
		[{ id: PERSONAL_ID, name: 'eGestor', type: 'eGestorApi', data: sandbox.credentials }],
	);
	const node: INode = {
		id: 'egestor',
		name: 'eGestor',
		type: `${PACKAGE}.eGestor`,
		typeVersion: 1,
		position: [0, 0],
		parameters: { authentication: 'personalToken', resource: 'contact', operation: 'get' },
		credentials: { eGestorApi: { id: PERSONAL_ID, name: 'eGestor' } },
	};
	const type = new EGestor();
	const nodeTypes: INodeTypes = {
		getByName: () => type,
		getByNameAndVersion: () => type,
		getKnownTypes: () => ({}),
	};
	const workflow = new Workflow({
		id: 'picker',
		nodes: [node],
		connections: {},
		active: false,
		nodeTypes,
	});
	const additionalData = {
		credentialsHelper,
		currentNodeParameters: node.parameters,
		restApiUrl: 'http://localhost:5678/rest',
		instanceBaseUrl: 'http://localhost:5678',
		webhookBaseUrl: 'http://localhost:5678/webhook',
		webhookWaitingBaseUrl: 'http://localhost:5678/webhook-waiting',
		webhookTestBaseUrl: 'http://localhost:5678/webhook-test',
		variables: {},
	} as unknown as IWorkflowExecuteAdditionalData;
	const context = new LoadOptionsContext(workflow, node, additionalData, 'parameters.contactId');
	const requests: Array<{ url: string; qs: IDataObject }> = [];
	const helpers = context.helpers as unknown as Record<string, (...args: unknown[]) => unknown>;
	const send = helpers.httpRequestWithAuthentication;
	helpers.httpRequestWithAuthentication = async function (this: unknown, ...args: unknown[]) {
		const options = args[1] as IHttpRequestOptions;
		requests.push({ url: String(options.url), qs: { ...(options.qs ?? {}) } });
		return await send.apply(this, args);
	};
	return { context: context as ILoadOptionsFunctions, requests };
}

async function search(method: Search, filter?: string, paginationToken?: string) {
	const { context, requests } = pickerContext();
	const result = await method.call(context, filter, paginationToken);
	return { result, requests };
}

describe('eGestor › record pickers (list search) against the sandbox', () => {
	it('are wired to the node, one per code field', () => {
		const node = new EGestor();
		expect(node.methods.listSearch).toEqual({
			searchContacts: listSearch.searchContacts,
			searchProducts: listSearch.searchProducts,
			searchServices: listSearch.searchServices,
			searchSales: listSearch.searchSales,
			searchReceivables: listSearch.searchReceivables,
			searchPayables: listSearch.searchPayables,
		});
		const pickers = Object.fromEntries(
			node.description.properties
				.filter((property) => property.type === 'resourceLocator')
				.map((property) => [
					property.name,
					property.modes?.find((mode) => mode.name === 'list')?.typeOptions?.searchListMethod,
				]),
		);
		expect(pickers).toEqual({
			contactId: 'searchContacts',
			productId: 'searchProducts',
			serviceId: 'searchServices',
			saleId: 'searchSales',
			receivableId: 'searchReceivables',
			payableId: 'searchPayables',
		});
	});

	it('contacts: one page of 50 with no text, then the next page on scroll, never more', async () => {
		const first = await search(listSearch.searchContacts);
		expect(first.requests).toEqual([{ url: '/contatos', qs: { page: 1 } }]);
		expect(first.result.results).toHaveLength(50);
		expect(first.result.results[0]).toEqual({
			name: 'Marcelo Andrade · Porto Alegre/RS (code 1)',
			value: '1',
		});
		expect(first.result.results[2]).toEqual({ name: 'Cliente 1 (code 3)', value: '3' });
		expect(first.result.paginationToken).toBe('2');

		const second = await search(listSearch.searchContacts, undefined, '2');
		expect(second.requests).toEqual([{ url: '/contatos', qs: { page: 2 } }]);
		expect(second.result.results).toHaveLength(7);
		expect(second.result.paginationToken).toBeUndefined();
	});

	it('contacts: the typed text is sent as filtro and only matches come back', async () => {
		const { result, requests } = await search(listSearch.searchContacts, ' Distribuidora ');
		expect(requests).toEqual([{ url: '/contatos', qs: { page: 1, filtro: 'Distribuidora' } }]);
		expect(result).toEqual({
			results: [{ name: 'Distribuidora Sul · Canoas/RS (code 2)', value: '2' }],
			paginationToken: undefined,
		});
	});

	it('products: description, own code and eGestor code', async () => {
		const { result, requests } = await search(listSearch.searchProducts, 'caneca');
		expect(requests).toEqual([{ url: '/produtos', qs: { page: 1, filtro: 'caneca' } }]);
		expect(result.results).toEqual([{ name: 'Caneca preta · ref 204 (code 1)', value: '1' }]);
	});

	it('services: description and price', async () => {
		const { result, requests } = await search(listSearch.searchServices, 'Instala');
		expect(requests).toEqual([{ url: '/servicos', qs: { page: 1, filtro: 'Instala' } }]);
		expect(result.results).toEqual([{ name: 'Instalação · R$ 150 (code 1)', value: '1' }]);
	});

	it('sales: customer, date and total', async () => {
		const { result, requests } = await search(listSearch.searchSales, 'Marcelo');
		expect(requests).toEqual([{ url: '/vendas', qs: { page: 1, filtro: 'Marcelo' } }]);
		expect(result.results).toEqual([
			{ name: 'Marcelo Andrade · 2026-11-20 · R$ 1000 (code 1)', value: '1' },
		]);
	});

	it('receivables: description, due date and amount', async () => {
		const { result, requests } = await search(listSearch.searchReceivables, 'parcela');
		expect(requests).toEqual([{ url: '/recebimentos', qs: { page: 1, filtro: 'parcela' } }]);
		expect(result.results).toEqual([
			{ name: 'Venda 1 parcela 1/1 · 2026-12-20 · R$ 1000 (code 1)', value: '1' },
		]);
	});

	it('payables: description, due date and amount', async () => {
		const { result, requests } = await search(listSearch.searchPayables, 'canecas');
		expect(requests).toEqual([{ url: '/pagamentos', qs: { page: 1, filtro: 'canecas' } }]);
		expect(result.results).toEqual([
			{ name: `Compra de canecas · ${today} · R$ 1100 (code 1)`, value: '1' },
		]);
	});

	it('a text nothing matches gives an empty list and no next page', async () => {
		const { result, requests } = await search(listSearch.searchContacts, 'zzz-nada');
		expect(requests).toHaveLength(1);
		expect(result).toEqual({ results: [], paginationToken: undefined });
	});

	it('a picked record runs Get on its code (sandbox)', async () => {
		const picked = (await search(listSearch.searchContacts, 'Distribuidora')).result.results[0];
		const harness = new WorkflowHarness({
			nodeTypes: { eGestor: new EGestor() },
			credentialTypes: [new EGestorApi()],
			credentials: [
				{ id: PERSONAL_ID, name: 'eGestor', type: 'eGestorApi', data: sandbox.credentials },
			],
		});

		const result = await harness.runChain(
			[{}],
			[
				eGestorNode(
					'eGestor',
					{
						resource: 'contact',
						operation: 'get',
						contactId: fromList(String(picked.value), picked.name),
					},
					{ typeVersion: 2 },
				),
			],
		);

		expect(result.error).toBeUndefined();
		expect(result.output('eGestor')).toEqual([
			{
				codigo: 2,
				nome: 'Distribuidora Sul',
				fantasia: '',
				tipo: ['fornecedor'],
				cpfcnpj: '',
				emails: [],
				fones: [],
				cidade: 'Canoas',
				uf: 'RS',
			},
		]);
	});
});
