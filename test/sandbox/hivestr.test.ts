import { HivestrApi } from '../../credentials/HivestrApi.credentials';
import { Hivestr } from '../../nodes/Hivestr/Hivestr.node';
import type { IDataObject } from 'n8n-workflow';

import { startHivestr } from '../../sandbox';
import type { HivestrOptions } from '../../sandbox/hivestr';
import type { Sandbox } from '../../sandbox';
import { listEnvelope } from '../../sandbox/contracts/hivestr';
import { vendorKit } from '../harness/vendor-kit';
import { allowLoopback, call } from './client';

allowLoopback();

let sandbox: Sandbox;
afterEach(async () => await sandbox?.stop());

async function start(tokenLifetimeSeconds?: number, options: HivestrOptions = {}) {
	sandbox = await startHivestr({ tokenLifetimeSeconds, ...options });
}

/** Runs one Hivestr node against the running sandbox. */
async function runNode(parameters: IDataObject, continueOnFail = false) {
	const kit = vendorKit({
		nodeName: 'hivestr',
		node: new Hivestr(),
		credentialTypes: [new HivestrApi()],
		credentialType: 'hivestrApi',
		credentialData: sandbox.credentials,
		origin: sandbox.baseUrl,
	});
	return await kit.harness().runChain([{}], [kit.node('Hivestr', parameters, continueOnFail)]);
}

async function token(): Promise<string> {
	const reply = await call(sandbox.baseUrl, 'POST', '/auth/token', {
		body: { api_key: sandbox.credentials.apiKey, api_secret: sandbox.credentials.apiSecret },
	});
	expect(reply.body).toMatchObject({ token_type: 'Bearer', expires_in: expect.any(Number) });
	return reply.body.access_token as string;
}

describe('Hivestr sandbox › token exchange', () => {
	it('exchanges key + secret for a JWT, refuses a wrong secret, no token and a forged token', async () => {
		await start();
		const wrong = await call(sandbox.baseUrl, 'POST', '/auth/token', {
			body: { api_key: sandbox.credentials.apiKey, api_secret: 'nope' },
		});
		expect(wrong.status).toBe(401);
		expect(wrong.body).toEqual({ success: false, error: 'Invalid API key or secret' });
		const missing = await call(sandbox.baseUrl, 'POST', '/auth/token', { body: { api_key: 'x' } });
		expect(missing.status).toBe(422);
		expect((await call(sandbox.baseUrl, 'GET', '/public/clients')).status).toBe(401);
		const jwt = await token();
		expect(jwt.split('.')).toHaveLength(3);
		const forged = `${jwt.slice(0, -2)}xx`;
		expect((await call(sandbox.baseUrl, 'GET', '/public/clients', { token: forged })).status).toBe(
			401,
		);
		expect((await call(sandbox.baseUrl, 'GET', '/public/clients', { token: jwt })).status).toBe(
			200,
		);
	});

	it('expires tokens after the configured lifetime', async () => {
		await start(1);
		const jwt = await token();
		expect((await call(sandbox.baseUrl, 'GET', '/public/clients', { token: jwt })).status).toBe(
			200,
		);
		await new Promise((resolve) => setTimeout(resolve, 1100));
		const expired = await call(sandbox.baseUrl, 'GET', '/public/clients', { token: jwt });
		expect(expired.status).toBe(401);
		expect(expired.body.error).toBe('Token expired');
	});
});

describe('Hivestr sandbox › lists and rules', () => {
	it('pages with limit ≤100 and pagination.total_pages', async () => {
		await start();
		const jwt = await token();
		for (const name of ['Ana', 'Bia', 'Caio']) {
			await call(sandbox.baseUrl, 'POST', '/public/clients', { token: jwt, body: { name } });
		}
		const page = await call(sandbox.baseUrl, 'GET', '/public/clients', {
			token: jwt,
			query: { limit: 3, page: 2 },
		});
		expect(listEnvelope.parse(page.body).pagination).toEqual({
			page: 2,
			limit: 3,
			total: 4,
			total_pages: 2,
		});
		const inventory = await call(sandbox.baseUrl, 'GET', '/public/inventory/list', {
			token: jwt,
			query: { media_type: 'OOH', is_active: 'true' },
		});
		expect(inventory.body.data.map((row: { id: string }) => row.id)).toEqual(['inv-ooh-eixo']);
		const tooMany = await call(sandbox.baseUrl, 'GET', '/public/inventory/list', {
			token: jwt,
			query: { limit: 101 },
		});
		expect(tooMany.status).toBe(422);
	});

	it('opens a Prospecção card with each client; Perdido only through mark-lost, which freezes the card, rejects its proposal and notes the reason', async () => {
		await start();
		const jwt = await token();
		const created = await call(sandbox.baseUrl, 'POST', '/public/clients', {
			token: jwt,
			body: { name: 'Maria', company_name: 'Loja M', notes: 'Indicação' },
		});
		expect(created.status).toBe(201);
		expect(created.body.pipeline_deal).toEqual({
			id: expect.any(String),
			title: 'Maria — Loja M',
			pipeline_stage: 'Prospecção',
			estimated_value: null,
			notes: 'Indicação',
		});
		const cardId = created.body.pipeline_deal.id as string;
		const proposal = await call(sandbox.baseUrl, 'POST', '/public/proposals', {
			token: jwt,
			body: {
				client_id: created.body.data.id,
				title: 'Campanha',
				campaign_start_date: '2026-01-15',
				campaign_end_date: '2026-01-29',
				items: [
					{
						vehicle_id: 'inv-dooh-shopping',
						quantity: 15,
						unit_price: 500000,
						final_price: 250005,
					},
				],
			},
		});
		expect(proposal.body.data).toMatchObject({
			status: 'draft',
			final_value: 250005,
			items_count: 1,
		});
		const toLost = await call(sandbox.baseUrl, 'PATCH', `/public/pipeline/deals/${cardId}/stage`, {
			token: jwt,
			body: { pipeline_stage: 'Perdido' },
		});
		expect(toLost.status).toBe(422);
		const moved = await call(sandbox.baseUrl, 'PATCH', `/public/pipeline/deals/${cardId}/stage`, {
			token: jwt,
			body: { pipeline_stage: 'Negociação' },
		});
		expect(moved.body.data.pipeline_stage).toBe('Negociação');
		const synced = await call(
			sandbox.baseUrl,
			'GET',
			`/public/proposals/${proposal.body.data.id}`,
			{
				token: jwt,
			},
		);
		expect(synced.body.data.status).toBe('viewed');
		const lost = await call(sandbox.baseUrl, 'POST', `/public/pipeline/deals/${cardId}/mark-lost`, {
			token: jwt,
			body: { reason: 'Sem verba' },
		});
		expect(lost.body.data).toMatchObject({ pipeline_stage: 'Perdido', lost_reason: 'Sem verba' });
		const edit = await call(sandbox.baseUrl, 'PATCH', `/public/pipeline/deals/${cardId}`, {
			token: jwt,
			body: { title: 'De novo' },
		});
		expect(edit.status).toBe(422);
		const notes = await call(
			sandbox.baseUrl,
			'GET',
			`/public/clients/${created.body.data.id}/notes`,
			{
				token: jwt,
			},
		);
		expect(notes.body.data[0].content).toContain('Sem verba');
		const rejected = await call(
			sandbox.baseUrl,
			'PUT',
			`/public/proposals/${proposal.body.data.id}`,
			{
				token: jwt,
				body: { title: 'Outra' },
			},
		);
		expect(rejected.status).toBe(422);
		expect(rejected.body.error).toBe('Cannot edit a proposal with status rejected');
	});

	it('replaces all proposal items when items are sent, keeps them otherwise; 422 with details on a contract violation', async () => {
		await start();
		const jwt = await token();
		const [client] = (await call(sandbox.baseUrl, 'GET', '/public/clients', { token: jwt })).body
			.data;
		const item = (vehicle: string, price: number) => ({
			vehicle_id: vehicle,
			quantity: 1,
			unit_price: price,
			final_price: price,
		});
		const created = await call(sandbox.baseUrl, 'POST', '/public/proposals', {
			token: jwt,
			body: {
				client_id: client.id,
				title: 'Campanha',
				campaign_start_date: '2026-02-01',
				campaign_end_date: '2026-02-14',
				items: [item('inv-dooh-shopping', 1000), item('inv-ooh-eixo', 2000)],
			},
		});
		const id = created.body.data.id as string;
		await call(sandbox.baseUrl, 'PUT', `/public/proposals/${id}`, {
			token: jwt,
			body: { status: 'sent' },
		});
		let read = await call(sandbox.baseUrl, 'GET', `/public/proposals/${id}`, { token: jwt });
		expect(read.body.data.proposal_items).toHaveLength(2);
		const replaced = await call(sandbox.baseUrl, 'PUT', `/public/proposals/${id}`, {
			token: jwt,
			body: { items: [item('inv-ooh-eixo', 500)] },
		});
		expect(replaced.body.data).toMatchObject({ status: 'sent', final_value: 500 });
		read = await call(sandbox.baseUrl, 'GET', `/public/proposals/${id}`, { token: jwt });
		expect(read.body.data.proposal_items).toEqual([
			expect.objectContaining({ vehicle_id: 'inv-ooh-eixo', final_price: 500 }),
		]);
		const invalid = await call(sandbox.baseUrl, 'POST', '/public/pipeline/deals', {
			token: jwt,
			body: { title: 'Sem cliente', estimated_value: 12.5 },
		});
		expect(invalid.status).toBe(422);
		expect(invalid.body.details.map((detail: { field: string }) => detail.field)).toEqual([
			'client_id',
			'estimated_value',
		]);
	});
});

describe('Hivestr sandbox › our node against it', () => {
	it('create client → update the card it opened → add a task due in an hour → list reminders', async () => {
		await start();
		const kit = vendorKit({
			nodeName: 'hivestr',
			node: new Hivestr(),
			credentialTypes: [new HivestrApi()],
			credentialType: 'hivestrApi',
			credentialData: sandbox.credentials,
			origin: sandbox.baseUrl,
		});
		const result = await kit.harness().runChain(
			[{ name: 'João Souza', email: 'joao.souza@empresa.com' }],
			[
				kit.node('Create Client', {
					resource: 'client',
					operation: 'create',
					name: '={{ $json.name }}',
					additionalFields: { email: '={{ $json.email }}' },
				}),
				kit.node('Update Card', {
					resource: 'deal',
					operation: 'update',
					dealId: '={{ $json.pipeline_deal.id }}',
					updateFields: { title: '=Campanha verão — {{ $json.name }}', estimated_value: 500000 },
				}),
				kit.node('Add Task', {
					resource: 'task',
					operation: 'create',
					dealId: '={{ $json.id }}',
					title: 'Ligar para confirmar interesse',
					additionalFields: { due_at: "={{ $now.plus(1, 'hour').toISO() }}" },
				}),
				kit.node('Reminders', { resource: 'reminder', operation: 'getAll', returnAll: true }),
			],
		);
		expect(result.error).toBeUndefined();
		const [client] = result.output('Create Client');
		expect(client).toMatchObject({
			name: 'João Souza',
			status: 'lead',
			pipeline_deal: { pipeline_stage: 'Prospecção' },
		});
		expect(result.output('Update Card')).toEqual([
			expect.objectContaining({
				title: 'Campanha verão — João Souza',
				estimated_value: 500000,
				pipeline_stage: 'Prospecção',
			}),
		]);
		expect(result.output('Reminders')).toEqual([
			expect.objectContaining({
				title: 'Ligar para confirmar interesse',
				urgency: expect.stringMatching(/^due_(today|soon)$/),
				deal_title: 'Campanha verão — João Souza',
				client_name: 'João Souza',
			}),
		]);
	});
});

describe('Hivestr sandbox › the node under each reading the document leaves open', () => {
	it.each(['whole', 'paged'] as const)(
		'Task › Get Many reads every task of a card when the list comes %s',
		async (taskList) => {
			await start(undefined, { taskList });
			const jwt = await token();
			const created = await call(sandbox.baseUrl, 'POST', '/public/clients', {
				token: jwt,
				body: { name: 'Ana' },
			});
			const dealId = created.body.pipeline_deal.id as string;
			for (let index = 1; index <= 60; index++) {
				await call(sandbox.baseUrl, 'POST', `/public/pipeline/deals/${dealId}/tasks`, {
					token: jwt,
					body: { title: `Tarefa ${index}` },
				});
			}

			const all = await runNode({ resource: 'task', operation: 'getAll', dealId, returnAll: true });
			const some = await runNode({
				resource: 'task',
				operation: 'getAll',
				dealId,
				returnAll: false,
				limit: 55,
			});

			expect(all.error).toBeUndefined();
			expect(all.output('Hivestr').map((task) => task.title)).toEqual(
				Array.from({ length: 60 }, (_, index) => `Tarefa ${index + 1}`),
			);
			expect(some.output('Hivestr')).toHaveLength(55);
		},
	);

	it.each(['as-sent', 'reordered-without-schedule'] as const)(
		'Proposal › Create with Calculate Prices First prices each item right when calculate answers %s',
		async (calculateItems) => {
			await start(undefined, { calculateItems });
			const jwt = await token();
			const client = await call(sandbox.baseUrl, 'POST', '/public/clients', {
				token: jwt,
				body: { name: 'Rádio Cliente' },
			});
			const row = (fields: IDataObject) => ({
				schedule_id: '',
				quantity: 0,
				face_orientation: '',
				is_bonus: false,
				...fields,
			});

			const result = await runNode({
				resource: 'proposal',
				operation: 'create',
				clientId: { __rl: true, mode: 'id', value: client.body.data.id },
				title: 'Campanha',
				campaignStartDate: '2026-01-15',
				campaignEndDate: '2026-01-29',
				itemsSource: 'calculate',
				calculationItems: {
					item: [
						row({ vehicle_id: 'inv-radio-cbn', schedule_id: 'sch-jornal-manha', quantity: 3 }),
						row({ vehicle_id: 'inv-dooh-shopping' }),
					],
				},
			});

			expect(result.error).toBeUndefined();
			const [proposal] = result.output('Hivestr');
			const stored = await call(
				sandbox.baseUrl,
				'GET',
				`/public/proposals/${String(proposal.id)}`,
				{
					token: jwt,
				},
			);
			expect(
				stored.body.data.proposal_items.map((item: IDataObject) => ({
					vehicle_id: item.vehicle_id,
					schedule_id: item.schedule_id,
					quantity: item.quantity,
					final_price: item.final_price,
				})),
			).toEqual([
				{
					vehicle_id: 'inv-radio-cbn',
					schedule_id: 'sch-jornal-manha',
					quantity: 3,
					final_price: 450000,
				},
				{
					vehicle_id: 'inv-dooh-shopping',
					schedule_id: undefined,
					quantity: 15,
					final_price: 250005,
				},
			]);
		},
	);

	const shapes = ['envelope', 'message', 'text'] as const;
	const statuses = ['http', '200'] as const;
	it.each(
		shapes.flatMap((errorBody) => statuses.map((refusalStatus) => [errorBody, refusalStatus])),
	)(
		"errors as %s, refusals with %s: the item fails with Hivestr's words, never an empty item",
		async (errorBody, refusalStatus) => {
			await start(undefined, {
				errorBody: errorBody as HivestrOptions['errorBody'],
				refusalStatus: refusalStatus as HivestrOptions['refusalStatus'],
			});

			const read = await runNode({
				resource: 'client',
				operation: 'get',
				clientId: { __rl: true, mode: 'id', value: 'nope' },
			});
			const write = await runNode({
				resource: 'deal',
				operation: 'create',
				clientId: { __rl: true, mode: 'id', value: 'nope' },
				title: 'Card',
			});

			for (const result of [read, write]) {
				expect(result.output('Hivestr')).toEqual([]);
				const shown = `${result.error?.message ?? ''} ${String(result.error?.description ?? '')}`;
				expect(result.error?.message).not.toBe('');
				expect(shown).toContain('Client not found');
				expect((result.error as { httpCode?: string }).httpCode).toBe(
					refusalStatus === '200' ? '200' : '404',
				);
			}
		},
	);
});
