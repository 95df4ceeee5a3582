import { SonarMarketingApi } from '../../credentials/SonarMarketingApi.credentials';
import { SonarMarketing } from '../../nodes/SonarMarketing/SonarMarketing.node';
import { startSonar } from '../../sandbox';
import type { Sandbox } from '../../sandbox';
import { deal, envelope, listEnvelope } from '../../sandbox/contracts/sonar';
import { vendorKit } from '../harness/vendor-kit';
import { allowLoopback, call } from './client';

allowLoopback();

let sandbox: Sandbox;
beforeEach(async () => {
	sandbox = await startSonar();
});
afterEach(async () => await sandbox.stop());

const key = () => sandbox.credentials.apiKey;

describe('Sonar sandbox › auth', () => {
	it('refuses a request without a key and with a wrong key, in the platform error shape', async () => {
		const none = await call(sandbox.baseUrl, 'GET', '/deals');
		expect(none.status).toBe(401);
		expect(none.body).toMatchObject({ success: false, error: { code: 'UNAUTHORIZED' } });
		const wrong = await call(sandbox.baseUrl, 'GET', '/deals', { token: 'snr_live_wrong' });
		expect(wrong.status).toBe(401);
		expect(wrong.body.error.message).toBe('Invalid API key');
	});
});

describe('Sonar sandbox › lists', () => {
	it('pages with limit (default 20, at most 100) and reports pagination.pages', async () => {
		for (let index = 0; index < 23; index++) {
			await call(sandbox.baseUrl, 'POST', '/deals', {
				token: key(),
				body: { title: `Deal ${index}`, value: index * 100 },
			});
		}
		const first = await call(sandbox.baseUrl, 'GET', '/deals', { token: key() });
		expect(listEnvelope.parse(first.body).pagination).toEqual({
			page: 1,
			limit: 20,
			total: 25,
			pages: 2,
		});
		expect(first.body.data).toHaveLength(20);
		const last = await call(sandbox.baseUrl, 'GET', '/deals', {
			token: key(),
			query: { page: 3, limit: 10 },
		});
		expect(last.body.data).toHaveLength(5);
		const tooMany = await call(sandbox.baseUrl, 'GET', '/deals', {
			token: key(),
			query: { limit: 101 },
		});
		expect(tooMany.status).toBe(422);
		expect(tooMany.body.error.code).toBe('VALIDATION_ERROR');
	});

	it('filters by value range and search, sorted by value', async () => {
		const found = await call(sandbox.baseUrl, 'GET', '/deals', {
			token: key(),
			query: { min_value: 5000, search: 'techstore', sort: '-value' },
		});
		expect(found.body.data.map((row: { title: string }) => row.title)).toEqual([
			'Gestão de Redes Sociais - TechStore',
		]);
		expect(found.body.data[0].client).toEqual({
			id: 'cli-techstore',
			name: 'TechStore Brasil Ltda',
		});
	});
});

describe('Sonar sandbox › rules', () => {
	it('creates with the documented defaults and archives on DELETE (status arquivado), still readable', async () => {
		const created = await call(sandbox.baseUrl, 'POST', '/deals', {
			token: key(),
			body: { title: 'Site novo', value: 3200, client_id: 'cli-paobom' },
		});
		expect(created.status).toBe(201);
		const record = envelope(deal).parse(created.body).data;
		expect(created.body.data).toMatchObject({
			phase: 'lead',
			priority: 'media',
			status: 'ativo',
			currency: 'BRL',
			client: { id: 'cli-paobom', name: 'Padaria Pão Bom' },
		});
		const archived = await call(sandbox.baseUrl, 'DELETE', `/deals/${record.id}`, { token: key() });
		expect(archived.status).toBe(200);
		expect(archived.body.data).toEqual({
			id: record.id,
			status: 'arquivado',
			archived_at: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/),
		});
		const read = await call(sandbox.baseUrl, 'GET', `/deals/${record.id}`, { token: key() });
		expect(read.body.data.status).toBe('arquivado');
		const listed = await call(sandbox.baseUrl, 'GET', '/deals', {
			token: key(),
			query: { status: 'arquivado' },
		});
		expect(listed.body.data.map((row: { id: string }) => row.id)).toEqual([record.id]);
	});

	it('answers 422 with field details when a body breaks the contract, 404 for an unknown deal', async () => {
		const invalid = await call(sandbox.baseUrl, 'POST', '/deals', {
			token: key(),
			body: { value: 'muito', priority: 'urgente' },
		});
		expect(invalid.status).toBe(422);
		expect(invalid.body.success).toBe(false);
		expect(invalid.body.error.details.map((detail: { field: string }) => detail.field)).toEqual(
			expect.arrayContaining(['title', 'value', 'priority']),
		);
		const emptyUpdate = await call(sandbox.baseUrl, 'PUT', '/deals/missing', {
			token: key(),
			body: {},
		});
		expect(emptyUpdate.status).toBe(404);
		const malformed = await call(sandbox.baseUrl, 'POST', '/deals', {
			token: key(),
			body: '{nope',
		});
		expect(malformed.status).toBe(400);
	});
});

describe('Sonar sandbox › our node against it', () => {
	it('runs the deal lifecycle create → update → get → archive → list through n8n-core', async () => {
		const kit = vendorKit({
			nodeName: 'sonarMarketing',
			node: new SonarMarketing(),
			credentialTypes: [new SonarMarketingApi()],
			credentialType: 'sonarMarketingApi',
			credentialData: sandbox.credentials,
			origin: sandbox.baseUrl,
		});
		const result = await kit.harness().runChain(
			[{ company: 'Padaria Pão Bom', budget: 3200 }],
			[
				kit.node('Create Deal', {
					resource: 'deal',
					operation: 'create',
					title: '=Site novo - {{ $json.company }}',
					additionalFields: { value: '={{ $json.budget }}', client_id: 'cli-paobom' },
				}),
				kit.node('Move To Proposal', {
					resource: 'deal',
					operation: 'update',
					dealId: '={{ $json.id }}',
					updateFields: { phase: 'proposta' },
				}),
				kit.node('Read Back', { resource: 'deal', operation: 'get', dealId: '={{ $json.id }}' }),
				kit.node('Archive', {
					resource: 'deal',
					operation: 'archive',
					dealId: "={{ $('Create Deal').item.json.id }}",
				}),
				kit.node('List Archived', {
					resource: 'deal',
					operation: 'getAll',
					returnAll: true,
					filters: { status: 'arquivado' },
				}),
			],
		);
		expect(result.error).toBeUndefined();
		const [created] = result.output('Create Deal');
		expect(created).toMatchObject({
			title: 'Site novo - Padaria Pão Bom',
			value: 3200,
			phase: 'lead',
		});
		expect(result.output('Read Back')).toEqual([
			expect.objectContaining({ id: created.id, phase: 'proposta', value: 3200 }),
		]);
		expect(result.output('Archive')).toEqual([
			{ id: created.id, status: 'arquivado', archived_at: expect.any(String) },
		]);
		expect(result.output('List Archived')).toEqual([
			expect.objectContaining({ id: created.id, status: 'arquivado' }),
		]);
	});
});

// Unknown (sonar-deals is silent): are archived deals in a GET /deals without `status`?
describe.each([true, false])(
	'Sonar sandbox › archived deals in an unfiltered list: %s',
	(archivedInUnfilteredList) => {
		let own: Sandbox;
		beforeEach(async () => {
			own = await startSonar({ archivedInUnfilteredList });
		});
		afterEach(async () => await own.stop());

		it('Get Many with Status arquivado or ativo finds exactly the archived or active deals either way', async () => {
			const token = own.credentials.apiKey;
			const created = await call(own.baseUrl, 'POST', '/deals', {
				token,
				body: { title: 'Arquivar' },
			});
			const archivedId = created.body.data.id as string;
			await call(own.baseUrl, 'DELETE', `/deals/${archivedId}`, { token });
			const kit = vendorKit({
				nodeName: 'sonarMarketing',
				node: new SonarMarketing(),
				credentialTypes: [new SonarMarketingApi()],
				credentialType: 'sonarMarketingApi',
				credentialData: own.credentials,
				origin: own.baseUrl,
			});
			const list = (name: string, filters: object) =>
				kit.node(name, { resource: 'deal', operation: 'getAll', returnAll: true, filters });
			const ids = (result: Awaited<ReturnType<typeof run>>, name: string) =>
				result.output(name).map((row) => row.id);
			const run = async (name: string, filters: object) =>
				await kit.harness().runChain([{}], [list(name, filters)]);

			const archived = await run('Archived', { status: 'arquivado' });
			const active = await run('Active', { status: 'ativo' });
			const all = await run('All', {});

			expect(ids(archived, 'Archived')).toEqual([archivedId]);
			expect(ids(active, 'Active')).toHaveLength(2);
			expect(ids(active, 'Active')).not.toContain(archivedId);
			// Unfiltered: the node outputs what Sonar lists; the README tells users to filter.
			expect(ids(all, 'All')).toHaveLength(archivedInUnfilteredList ? 3 : 2);
			expect(ids(all, 'All').includes(archivedId)).toBe(archivedInUnfilteredList);
		});
	},
);
