import { WoofedCrmApi } from '../../credentials/WoofedCrmApi.credentials';
import { WoofedCrm } from '../../nodes/WoofedCrm/WoofedCrm.node';
import { startWoofed } from '../../sandbox';
import type { Sandbox } from '../../sandbox';
import { deal, pagination, searchPage } from '../contracts/woofedcrm';
import { vendorKit } from '../harness/vendor-kit';
import { allowLoopback, call } from './client';

allowLoopback();

let sandbox: Sandbox;
beforeEach(async () => {
	sandbox = await startWoofed();
});
afterEach(async () => await sandbox.stop());

const token = () => sandbox.credentials.apiToken;
const account = (path: string) => `/api/v1/accounts/${sandbox.credentials.accountId}${path}`;

describe('WoofedCRM sandbox › auth', () => {
	it('refuses no token and a wrong token (401), and another account (404)', async () => {
		expect((await call(sandbox.baseUrl, 'GET', account('/deals/1'))).status).toBe(401);
		const wrong = await call(sandbox.baseUrl, 'GET', account('/deals/1'), { token: 'nope' });
		expect(wrong.status).toBe(401);
		expect(wrong.body).toEqual({ errors: ['Token ausente ou inválido'] });
		const other = await call(sandbox.baseUrl, 'GET', '/api/v1/accounts/2/deals/1', {
			token: token(),
		});
		expect(other.status).toBe(404);
		const mine = await call(sandbox.baseUrl, 'GET', account('/deals/1'), { token: token() });
		expect(mine.body).toMatchObject({
			id: 1,
			contact: { full_name: 'Tim Maia' },
			stage: { id: 1 },
		});
	});
});

describe('WoofedCRM sandbox › search', () => {
	it('pages 10 at a time with pagy pagination and next null on the last page', async () => {
		for (let index = 0; index < 22; index++) {
			const created = await call(sandbox.baseUrl, 'POST', account('/deals'), {
				token: token(),
				body: { name: `Lead ${index}`, stage_id: 2, contact_id: 2 },
			});
			expect(created.status).toBe(201);
		}
		const query = { query: { name_cont: 'lead', stage_id_eq: 2 } };
		const first = await call(sandbox.baseUrl, 'POST', account('/deals/search'), {
			token: token(),
			body: query,
		});
		expect(searchPage(deal).parse(first.body).data).toHaveLength(10);
		expect(first.body.pagination).toEqual({
			page: 1,
			items: 10,
			count: 22,
			pages: 3,
			from: 1,
			last: 3,
			to: 10,
			prev: null,
			next: 2,
		});
		const last = await call(sandbox.baseUrl, 'POST', account('/deals/search'), {
			token: token(),
			body: query,
			query: { page: 3 },
		});
		expect(pagination.parse(last.body.pagination)).toMatchObject({ items: 2, to: 22, next: null });
		const unknown = await call(sandbox.baseUrl, 'POST', account('/deals/search'), {
			token: token(),
			body: { query: { secret_eq: 1 } },
		});
		expect(unknown.status).toBe(422);
	});
});

describe('WoofedCRM sandbox › rules', () => {
	it('infers pipeline_id from the stage and refuses a mismatch or a contract violation (422 errors)', async () => {
		const created = await call(sandbox.baseUrl, 'POST', account('/deals'), {
			token: token(),
			body: { name: 'Onboarding', stage_id: 5, contact_id: 1 },
		});
		expect(created.body).toMatchObject({ pipeline_id: 2, status: 'open', position: 1 });
		const mismatch = await call(sandbox.baseUrl, 'PUT', account(`/deals/${created.body.id}`), {
			token: token(),
			body: { stage_id: 1, pipeline_id: 2 },
		});
		expect(mismatch.status).toBe(422);
		expect(mismatch.body).toEqual({
			errors: { pipeline_id: ["does not match the stage's pipeline"] },
		});
		const invalid = await call(sandbox.baseUrl, 'POST', account('/deals'), {
			token: token(),
			body: { name: 'No stage', contact_id: 1, lost_at: '2025-01-18 16:45' },
		});
		expect(invalid.status).toBe(422);
		expect(Object.keys(invalid.body.errors)).toEqual(['stage_id', 'lost_at']);
	});

	it('upserts a deal through contact_attributes: creates (201), then updates the same deal (200)', async () => {
		const body = {
			stage_id: 1,
			name: 'Lead site: Nova',
			contact_attributes: { full_name: 'Nova Cliente', email: 'nova@example.com' },
		};
		const first = await call(sandbox.baseUrl, 'POST', account('/deals/upsert'), {
			token: token(),
			body,
		});
		expect(first.status).toBe(201);
		const second = await call(sandbox.baseUrl, 'POST', account('/deals/upsert'), {
			token: token(),
			body: { ...body, stage_id: 2 },
		});
		expect(second.status).toBe(200);
		expect(second.body).toMatchObject({ id: first.body.id, stage_id: 2, pipeline_id: 1 });
	});
});

describe('WoofedCRM sandbox › our node against it', () => {
	it("runs contact upsert → deal upsert → search by contact → won → a note on the deal's timeline", async () => {
		const kit = vendorKit({
			nodeName: 'woofedCrm',
			node: new WoofedCrm(),
			credentialTypes: [new WoofedCrmApi()],
			credentialType: 'woofedCrmApi',
			credentialData: sandbox.credentials,
			origin: sandbox.baseUrl,
		});
		const result = await kit.harness().runChain(
			[
				{
					company: 'Padaria Pão Bom',
					email: 'contato@paobom.com.br',
					closedAt: '2025-03-04T12:30:00-03:00',
				},
			],
			[
				kit.node('Upsert Contact', {
					resource: 'contact',
					operation: 'upsert',
					contactFields: { full_name: '={{ $json.company }}', email: '={{ $json.email }}' },
				}),
				kit.node('Upsert Deal', {
					resource: 'deal',
					operation: 'upsert',
					stage_id: 3,
					contact_id: '={{ $json.id }}',
					additionalFields: { name: 'Site novo' },
				}),
				kit.node('Find Deals Of Contact', {
					resource: 'deal',
					operation: 'search',
					returnAll: true,
					conditions: {
						condition: [{ field: 'contact_id', predicate: 'eq', value: '={{ $json.contact_id }}' }],
					},
				}),
				kit.node('Mark Won', {
					resource: 'deal',
					operation: 'update',
					dealId: '={{ $json.id }}',
					updateFields: { status: 'won', won_at: "={{ $('Start').item.json.closedAt }}" },
				}),
				kit.node('Note', {
					resource: 'dealEvent',
					operation: 'create',
					dealId: '={{ $json.id }}',
					kind: 'note',
					content: 'Fechado pelo n8n',
				}),
			],
		);
		expect(result.error).toBeUndefined();
		const [contact] = result.output('Upsert Contact');
		// The seeded contact, matched by e-mail rather than created again.
		expect(contact).toMatchObject({ id: 2, full_name: 'Padaria Pão Bom' });
		const [upserted] = result.output('Upsert Deal');
		expect(upserted).toMatchObject({
			contact_id: 2,
			stage_id: 3,
			pipeline_id: 1,
			name: 'Site novo',
		});
		expect(result.output('Find Deals Of Contact')).toEqual([
			expect.objectContaining({ id: upserted.id }),
		]);
		expect(result.output('Mark Won')).toEqual([
			expect.objectContaining({ id: upserted.id, status: 'won', won_at: '2025-03-04T15:30:00Z' }),
		]);
		expect(result.output('Note')).toEqual([
			expect.objectContaining({ deal_id: upserted.id, kind: 'note', content: 'Fechado pelo n8n' }),
		]);
	});
});
