import { WoofedCrmApi } from '../../credentials/WoofedCrmApi.credentials';
import { WoofedCrm } from '../../nodes/WoofedCrm/WoofedCrm.node';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

import { startWoofed } from '../../sandbox';
import type { Sandbox } from '../../sandbox';
import type { WoofedSandbox } from '../../sandbox/woofedcrm';
import { deal, pagination, searchPage, webhookPayload } from '../../sandbox/contracts/woofedcrm';
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
	it('refuses no token and a wrong token (401); any account number in the path works, as on the server', async () => {
		expect((await call(sandbox.baseUrl, 'GET', account('/deals/1'))).status).toBe(401);
		const wrong = await call(sandbox.baseUrl, 'GET', account('/deals/1'), { token: 'nope' });
		expect(wrong.status).toBe(401);
		expect(wrong.body).toEqual({ errors: ['Token ausente ou inválido'] });
		// The server reads only the token: the number in the path does not pick the account.
		const other = await call(sandbox.baseUrl, 'GET', '/api/v1/accounts/2/deals/1', {
			token: token(),
		});
		expect(other.status).toBe(200);
		const mine = await call(sandbox.baseUrl, 'GET', account('/deals/1'), { token: token() });
		expect(mine.body).toMatchObject({
			id: 1,
			contact: { full_name: 'Tim Maia' },
			stage: { id: 1 },
		});
		expect(other.body).toEqual(mine.body);
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
		expect(unknown.body).toEqual({
			errors: 'Invalid search parameters',
			details: 'Invalid search term secret_eq',
		});
	});

	it('sorts by s ("id desc") and answers the documented predicates and _any/_all', async () => {
		for (const name of ['Alfa', 'Beta', 'Gama']) {
			await call(sandbox.baseUrl, 'POST', account('/deals'), {
				token: token(),
				body: { name, stage_id: 2, contact_id: 2 },
			});
		}
		const names = async (query: object) =>
			(
				await call(sandbox.baseUrl, 'POST', account('/deals/search'), {
					token: token(),
					body: { query },
				})
			).body.data.map((row: { name: string }) => row.name);
		expect(await names({ stage_id_eq: 2, s: 'id desc' })).toEqual(['Gama', 'Beta', 'Alfa']);
		expect(await names({ name_cont_any: ['alf', 'gam'], s: 'id asc' })).toEqual(['Alfa', 'Gama']);
		expect(await names({ name_not_in: ['Alfa', 'Beta'], stage_id_eq: 2 })).toEqual(['Gama']);
		expect(await names({ name_matches: 'B%', name_present: true })).toEqual(['Beta']);
	});

	it("refuses a key without a predicate with the server's 422 {errors, details}", async () => {
		const refused = await call(sandbox.baseUrl, 'POST', account('/contacts/search'), {
			token: token(),
			body: { query: { full_name: 'Tim Maia' } },
		});
		expect(refused.status).toBe(422);
		expect(refused.body).toEqual({
			errors: 'Invalid search parameters',
			details: 'No valid predicate for full_name',
		});
	});
});

describe('WoofedCRM sandbox › deal search allow-list switch', () => {
	it("with dealSearch 'none' (the server's empty Deal.ransackable_attributes) refuses every deal field", async () => {
		await sandbox.stop();
		sandbox = await startWoofed({ dealSearch: 'none' });
		const refused = await call(sandbox.baseUrl, 'POST', account('/deals/search'), {
			token: token(),
			body: { query: { name_cont: 'Rubel' } },
		});
		expect(refused.status).toBe(422);
		expect(refused.body).toEqual({
			errors: 'Invalid search parameters',
			details: 'Invalid search term name_cont',
		});
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

	it('upserts a deal through contact_attributes as documented: finds the contact, but creates a new deal each time (201)', async () => {
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
		expect(second.status).toBe(201);
		expect(second.body.id).not.toBe(first.body.id);
		expect(second.body.contact_id).toBe(first.body.contact_id);
	});

	it("with dealUpsertContactAttributes 'ignored' (the server drops contact_attributes) refuses the deal (422)", async () => {
		await sandbox.stop();
		sandbox = await startWoofed({ dealUpsertContactAttributes: 'ignored' });
		const refused = await call(sandbox.baseUrl, 'POST', account('/deals/upsert'), {
			token: token(),
			body: { stage_id: 1, contact_attributes: { email: 'nova@example.com' } },
		});
		expect(refused.status).toBe(422);
		expect(refused.body).toEqual({ errors: { contact: ['must exist'] } });
	});

	it('matches a deal upsert to the first deal of the contact, whatever its pipeline or status (200), and keeps its stage without stage_id', async () => {
		await call(sandbox.baseUrl, 'PUT', account('/deals/1'), {
			token: token(),
			body: { status: 'lost' },
		});
		const moved = await call(sandbox.baseUrl, 'POST', account('/deals/upsert'), {
			token: token(),
			body: { contact_id: 1, name: 'Renamed' },
		});
		expect(moved.status).toBe(200);
		expect(moved.body).toMatchObject({ id: 1, name: 'Renamed', stage_id: 1, status: 'lost' });
		const otherPipeline = await call(sandbox.baseUrl, 'POST', account('/deals/upsert'), {
			token: token(),
			body: { contact_id: 1, stage_id: 5 },
		});
		expect(otherPipeline.status).toBe(200);
		expect(otherPipeline.body).toMatchObject({ id: 1, stage_id: 5, pipeline_id: 2 });
		const noStage = await call(sandbox.baseUrl, 'POST', account('/deals/upsert'), {
			token: token(),
			body: { contact_id: 2, name: 'Sem estágio' },
		});
		expect(noStage.status).toBe(422);
		const byPipeline = await call(sandbox.baseUrl, 'POST', account('/deals/upsert'), {
			token: token(),
			body: { contact_id: 2, pipeline_id: 2 },
		});
		expect(byPipeline.status).toBe(201);
		expect(byPipeline.body).toMatchObject({ stage_id: 5, pipeline_id: 2 });
	});

	it('matches a contact upsert by case-insensitive substring of e-mail or phone, and 9th-digit variants', async () => {
		const joana = await call(sandbox.baseUrl, 'POST', account('/contacts'), {
			token: token(),
			body: { full_name: 'Joana', email: 'Joana@X.com', phone: '+5511987654321' },
		});
		const upsertAs = async (body: object) =>
			await call(sandbox.baseUrl, 'POST', account('/contacts/upsert'), { token: token(), body });
		const ana = await upsertAs({ email: 'ana@x.com', full_name: 'Ana' });
		expect(ana.status).toBe(200);
		expect(ana.body).toMatchObject({ id: joana.body.id, full_name: 'Ana' });
		// The same number without the 9th digit matches.
		const old = await upsertAs({ phone: '+551187654321' });
		expect(old.status).toBe(200);
		expect(old.body.id).toBe(joana.body.id);
		const fresh = await upsertAs({ email: 'nobody@elsewhere.org', label_list: 'vip, novo' });
		expect(fresh.status).toBe(201);
		expect(fresh.body.label_list).toEqual(['vip', 'novo']);
	});

	it('refuses label_list as a JSON array (the server permits one value) and deletes a contact with its deals (204)', async () => {
		const array = await call(sandbox.baseUrl, 'POST', account('/contacts'), {
			token: token(),
			body: { full_name: 'X', label_list: ['a', 'b'] },
		});
		expect(array.status).toBe(422);
		const gone = await call(sandbox.baseUrl, 'DELETE', account('/contacts/1'), { token: token() });
		expect(gone.status).toBe(204);
		expect(gone.body).toBeUndefined();
		expect(
			(await call(sandbox.baseUrl, 'GET', account('/deals/1'), { token: token() })).status,
		).toBe(404);
	});
});

describe('WoofedCRM sandbox › webhooks', () => {
	it('POSTs {event, data} with changed_attributes to each registered URL on deal and contact create/update', async () => {
		const received: Array<{ headers: Record<string, unknown>; body: any }> = [];
		const receiver = createServer((request, response) => {
			let text = '';
			request.on('data', (chunk) => (text += chunk));
			request.on('end', () => {
				received.push({ headers: request.headers, body: JSON.parse(text) });
				response.end();
			});
		});
		await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
		const url = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hook`;
		try {
			const registered = await call(sandbox.baseUrl, 'POST', '/api/v1/sandbox/webhooks', {
				body: { url },
			});
			expect(registered.status).toBe(201);
			const contact = await call(sandbox.baseUrl, 'POST', account('/contacts'), {
				token: token(),
				body: { full_name: 'Nova', email: 'nova@example.com' },
			});
			const deal = await call(sandbox.baseUrl, 'POST', account('/deals'), {
				token: token(),
				body: { name: 'Nova deal', stage_id: 1, contact_id: contact.body.id },
			});
			await call(sandbox.baseUrl, 'PUT', account(`/deals/${deal.body.id}`), {
				token: token(),
				body: { status: 'won' },
			});
			await call(sandbox.baseUrl, 'POST', account('/contacts/upsert'), {
				token: token(),
				body: { email: 'nova@example.com', full_name: 'Nova Silva' },
			});
			await (sandbox as WoofedSandbox).webhooks.flush();

			expect(received.map(({ body }) => webhookPayload.parse(body).event).sort()).toEqual([
				'contact_created',
				'contact_updated',
				'deal_created',
				'deal_updated',
			]);
			expect(received[0].headers['content-type']).toBe('application/json');
			const updated = received.find(({ body }) => body.event === 'deal_updated')!.body;
			expect(updated.data).toMatchObject({
				id: deal.body.id,
				status: 'won',
				contact: { id: contact.body.id, full_name: 'Nova' },
			});
			expect(updated.data.changed_attributes).toContainEqual({
				status: { previous_value: 'open', current_value: 'won' },
			});
			const renamed = received.find(({ body }) => body.event === 'contact_updated')!.body;
			expect(renamed.data.deals).toEqual([expect.objectContaining({ id: deal.body.id })]);
		} finally {
			await new Promise((resolve) => receiver.close(resolve));
		}
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

	it.each(['documented', 'ignored'] as const)(
		'resolves the contact first on a deal upsert, so the same input twice updates one deal (labels as one text; contact_attributes %s)',
		async (dealUpsertContactAttributes) => {
			await sandbox.stop();
			sandbox = await startWoofed({ dealUpsertContactAttributes });
			const kit = vendorKit({
				nodeName: 'woofedCrm',
				node: new WoofedCrm(),
				credentialTypes: [new WoofedCrmApi()],
				credentialType: 'woofedCrmApi',
				credentialData: sandbox.credentials,
				origin: sandbox.baseUrl,
			});
			const upsertDeal = (name: string) =>
				kit.node(name, {
					resource: 'deal',
					operation: 'upsert',
					stage_id: 2,
					contactAttributes: { full_name: 'Nova Cliente', email: 'nova@example.com' },
					additionalFields: { name: 'Lead Nova' },
				});
			const result = await kit.harness().runChain(
				[{}],
				[
					kit.node('Contact', {
						resource: 'contact',
						operation: 'create',
						contactFields: {
							full_name: 'Nova Cliente',
							email: 'nova@example.com',
							label_list: 'vip, lead',
						},
					}),
					upsertDeal('First'),
					upsertDeal('Second'),
				],
			);
			expect(result.error).toBeUndefined();
			const [contact] = result.output('Contact');
			expect(contact).toMatchObject({ label_list: ['vip', 'lead'] });
			const [first] = result.output('First');
			const [second] = result.output('Second');
			expect(first).toMatchObject({
				contact_id: contact.id,
				upsertResult: 'created',
				contactUpsertResult: 'updated',
			});
			expect(second).toMatchObject({ id: first.id, upsertResult: 'updated' });
		},
	);
});
