import type { IConnections, IDataObject, INode } from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import {
	calculateBody,
	clientListQuery,
	dealCreateBody,
	dealUpdateBody,
	noteCreateBody,
	proposalCreateBody,
	proposalUpdateBody,
	taskCreateBody,
} from '../../sandbox/contracts/hivestr';
import { PACKAGE, START_NODE } from '../../harness/run-workflow';
import {
	HIVESTR_TOKEN,
	bodiesSeen,
	hivestrApi,
	hivestrApiWith,
	hivestrHarness,
	queriesSeen,
	tokenExchange,
} from './hivestr-harness';

/**
 * The vendor doc's "complete integration flow" as n8n workflows. The pack has no If node to
 * branch on, so "create when missing" is two runs of the same design: a new lead (the search
 * finds nothing, "Always Output Data" lets the flow go on, the client is created and its
 * auto-created card updated) and a known client (the search result's id drives the rest).
 */

interface Step {
	name: string;
	parameters: IDataObject;
	settings?: Partial<INode>;
}

const rl = (expression: string) => ({ __rl: true, mode: 'id', value: expression });

function steps(clientExists: boolean): Step[] {
	const clientId = clientExists
		? "={{ $('Find Client').item.json.id }}"
		: "={{ $('Create Client').item.json.id }}";
	const findOrCreate: Step[] = [
		{
			name: 'Find Client',
			parameters: {
				resource: 'client',
				operation: 'getAll',
				returnAll: false,
				limit: 1,
				filters: { search: '={{ $json.email }}' },
			},
			// An empty search still hands one (empty) item on, so the flow continues.
			settings: { alwaysOutputData: true },
		},
	];
	if (!clientExists) {
		findOrCreate.push(
			{
				name: 'Create Client',
				parameters: {
					resource: 'client',
					operation: 'create',
					name: "={{ $('Start').item.json.name }}",
					additionalFields: { email: "={{ $('Start').item.json.email }}" },
				},
			},
			{
				name: 'Update Card',
				parameters: {
					resource: 'deal',
					operation: 'update',
					dealId: '={{ $json.pipeline_deal.id }}',
					updateFields: {
						title: "=Campanha verão — {{ $('Start').item.json.name }}",
						estimated_value: 500000,
						notes: 'Lead captado via integração externa',
					},
				},
			},
		);
	}
	return [
		...findOrCreate,
		{
			name: 'Add Note',
			parameters: {
				resource: 'clientNote',
				operation: 'create',
				clientId: rl(clientId),
				content: 'Lead captado via integração externa',
				noteType: 'follow_up',
			},
		},
		{
			name: 'Degustação Card',
			parameters: {
				resource: 'deal',
				operation: 'create',
				clientId: rl(clientId),
				title: 'Follow-up integração',
				additionalFields: { pipeline_stage: 'Degustação' },
			},
		},
		{
			name: 'Task In An Hour',
			parameters: {
				resource: 'task',
				operation: 'create',
				dealId: '={{ $json.id }}',
				title: 'Ligar para confirmar interesse',
				additionalFields: { due_at: "={{ $now.plus(1, 'hour').toISO() }}" },
			},
		},
		{
			name: 'Reminders',
			parameters: { resource: 'reminder', operation: 'getAll', returnAll: true },
		},
		{
			name: 'Calculate',
			parameters: {
				resource: 'proposal',
				operation: 'calculate',
				campaignStartDate: '2024-01-15',
				campaignEndDate: '2024-01-29',
				calculationItems: { item: [{ vehicle_id: 'uuid-vehicle' }] },
			},
			// One calculation for the run, however many reminders came before.
			settings: { executeOnce: true },
		},
		{
			name: 'Create Proposal',
			parameters: {
				resource: 'proposal',
				operation: 'create',
				clientId: rl(clientId),
				title: 'Campanha Verão 2024',
				campaignStartDate: '2024-01-15',
				campaignEndDate: '2024-01-29',
				itemsSource: 'json',
				itemsJson: '={{ $json.items }}',
			},
		},
		{
			name: 'Send Proposal',
			parameters: {
				resource: 'proposal',
				operation: 'update',
				proposalId: '={{ $json.id }}',
				updateFields: { status: 'sent' },
			},
		},
		{
			name: 'Get Proposal',
			parameters: { resource: 'proposal', operation: 'get', proposalId: '={{ $json.id }}' },
		},
	];
}

async function runFlow(clientExists: boolean) {
	const harness = hivestrHarness();
	const chain = steps(clientExists);
	const nodes: INode[] = [
		{
			id: 'start',
			name: START_NODE,
			type: 'harness.start',
			typeVersion: 1,
			position: [0, 0],
			parameters: {
				items: JSON.stringify([{ name: 'João Silva', email: 'joao@empresa.com' }]),
			},
		},
		...chain.map((step, index) => ({
			id: `node-${index}`,
			name: step.name,
			type: `${PACKAGE}.hivestr`,
			typeVersion: 1,
			position: [(index + 1) * 200, 0] as [number, number],
			parameters: step.parameters as INode['parameters'],
			credentials: { hivestrApi: { id: 'hivestr-credential', name: 'Hivestr' } },
			...step.settings,
		})),
	];
	const connections: IConnections = {};
	for (let index = 0; index < nodes.length - 1; index++) {
		connections[nodes[index].name] = {
			main: [[{ node: nodes[index + 1].name, type: NodeConnectionTypes.Main, index: 0 }]],
		};
	}
	return { harness, result: await harness.run(nodes, connections) };
}

const calculation = {
	campaign_period: { start_date: '2024-01-15', end_date: '2024-01-29', campaign_days: 15 },
	items: [
		{
			vehicle_id: 'uuid-vehicle',
			vehicle_name: 'Painel Digital Shopping',
			media_type: 'DOOH',
			is_bonus: false,
			screen_quantity: 2,
			pricing_mode: 'daily',
			daily_price: 16667,
			campaign_days: 15,
			unit_price: 500000,
			quantity: 15,
			discount_percentage: 0,
			discount_value: 0,
			final_price: 250005,
		},
	],
	summary: { subtotal: 250005, final_value: 250005, total_screens: 2 },
};
const fullProposal = {
	id: 'prop-1',
	proposal_number: 'PROP-0124-24',
	title: 'Campanha Verão 2024',
	status: 'sent',
	final_value: 250005,
	client: { id: 'client-1', name: 'João Silva' },
	proposal_items: [{ id: 'item-1', vehicle_id: 'uuid-vehicle', final_price: 250005 }],
};

/** Mocks every call after the client is known; `tokenAt` picks the token each call must carry. */
function restOfFlow(tokenAt: (step: string) => string) {
	const api = (step: string) =>
		tokenAt(step) === HIVESTR_TOKEN ? hivestrApi() : hivestrApiWith(tokenAt(step));
	const bodies = {
		note: bodiesSeen(),
		card: bodiesSeen(),
		task: bodiesSeen(),
		calculate: bodiesSeen(),
		proposal: bodiesSeen(),
		send: bodiesSeen(),
	};
	const scopes = [
		api('note')
			.post('/api/v1/public/clients/client-1/notes', bodies.note.match)
			.reply(201, { success: true, data: { id: 'note-1', note_type: 'follow_up' } }),
		api('card')
			.post('/api/v1/public/pipeline/deals', bodies.card.match)
			.reply(201, { success: true, data: { id: 'deal-2', pipeline_stage: 'Degustação' } }),
		api('task')
			.post('/api/v1/public/pipeline/deals/deal-2/tasks', bodies.task.match)
			.reply(201, {
				success: true,
				data: { id: 'task-1', title: 'Ligar para confirmar interesse' },
			}),
		api('reminders')
			.get('/api/v1/public/pipeline/reminders')
			.reply(200, {
				success: true,
				count: 2,
				overdue_count: 1,
				data: [
					{ id: 'task-0', urgency: 'overdue' },
					{ id: 'task-1', urgency: 'due_soon' },
				],
			}),
		api('calculate')
			.post('/api/v1/public/proposals/calculate', bodies.calculate.match)
			.reply(200, { success: true, data: calculation }),
		api('proposal')
			.post('/api/v1/public/proposals', bodies.proposal.match)
			.reply(201, { success: true, data: { id: 'prop-1', status: 'draft' } }),
		api('send')
			.put('/api/v1/public/proposals/prop-1', bodies.send.match)
			.reply(200, { success: true, data: { id: 'prop-1', status: 'sent' } }),
		api('get')
			.get('/api/v1/public/proposals/prop-1')
			.reply(200, { success: true, data: fullProposal }),
	];
	return { bodies, done: () => scopes.every((scope) => scope.isDone()) };
}

function expectRestOfFlow(rest: ReturnType<typeof restOfFlow>, startedAt: number) {
	expect(noteCreateBody.parse(rest.bodies.note.bodies[0])).toEqual({
		content: 'Lead captado via integração externa',
		note_type: 'follow_up',
	});
	expect(dealCreateBody.parse(rest.bodies.card.bodies[0])).toEqual({
		client_id: 'client-1',
		title: 'Follow-up integração',
		pipeline_stage: 'Degustação',
	});
	const task = taskCreateBody.parse(rest.bodies.task.bodies[0]);
	expect(task.title).toBe('Ligar para confirmar interesse');
	const dueIn = Date.parse(task.due_at!) - startedAt;
	expect(dueIn).toBeGreaterThanOrEqual(3_600_000 - 1_000);
	expect(dueIn).toBeLessThanOrEqual(3_600_000 + 60_000);
	expect(rest.bodies.calculate.bodies).toHaveLength(1);
	expect(calculateBody.parse(rest.bodies.calculate.bodies[0])).toEqual({
		campaign_start_date: '2024-01-15',
		campaign_end_date: '2024-01-29',
		items: [{ vehicle_id: 'uuid-vehicle', is_bonus: false }],
	});
	expect(proposalCreateBody.parse(rest.bodies.proposal.bodies[0])).toEqual({
		client_id: 'client-1',
		title: 'Campanha Verão 2024',
		campaign_start_date: '2024-01-15',
		campaign_end_date: '2024-01-29',
		items: [
			{
				vehicle_id: 'uuid-vehicle',
				is_bonus: false,
				screen_quantity: 2,
				unit_price: 500000,
				quantity: 15,
				discount_percentage: 0,
				discount_value: 0,
				final_price: 250005,
			},
		],
	});
	expect(proposalUpdateBody.parse(rest.bodies.send.bodies[0])).toEqual({ status: 'sent' });
}

describe('Hivestr › the complete integration flow as one workflow', () => {
	it('new lead: search finds nothing → create → update its card → note → Degustação card → task in an hour → reminders → calculate → proposal → sent → get, with one token exchange', async () => {
		const startedAt = Date.now();
		const exchange = tokenExchange();
		const search = queriesSeen();
		const createBodies = bodiesSeen();
		const cardBodies = bodiesSeen();
		const start = hivestrApi()
			.get('/api/v1/public/clients')
			.query(search.match)
			.reply(200, {
				success: true,
				data: [],
				pagination: { page: 1, limit: 1, total: 0, total_pages: 0 },
			})
			.post('/api/v1/public/clients', createBodies.match)
			.reply(201, {
				success: true,
				data: { id: 'client-1', name: 'João Silva', email: 'joao@empresa.com', status: 'lead' },
				pipeline_deal: { id: 'deal-1', title: 'João Silva', pipeline_stage: 'Prospecção' },
			})
			.patch('/api/v1/public/pipeline/deals/deal-1', cardBodies.match)
			.reply(200, { success: true, data: { id: 'deal-1', title: 'Campanha verão — João Silva' } });
		const rest = restOfFlow(() => HIVESTR_TOKEN);

		const { harness, result } = await runFlow(false);

		expect(result.error).toBeUndefined();
		expect(exchange.isDone()).toBe(true);
		expect(start.isDone()).toBe(true);
		expect(rest.done()).toBe(true);
		expect(search.queries.map((query) => clientListQuery.parse(query))).toEqual([
			{ page: 1, limit: 1, search: 'joao@empresa.com' },
		]);
		expect(createBodies.bodies).toEqual([{ name: 'João Silva', email: 'joao@empresa.com' }]);
		expect(dealUpdateBody.parse(cardBodies.bodies[0])).toEqual({
			title: 'Campanha verão — João Silva',
			estimated_value: 500000,
			notes: 'Lead captado via integração externa',
		});
		expectRestOfFlow(rest, startedAt);
		expect(result.output('Reminders')).toHaveLength(2);
		expect(result.output('Get Proposal')).toEqual([fullProposal]);
		// One exchange for the whole run: the token was stored once and reused.
		expect(harness.credentialsHelper.updates.map((update) => update.data.accessToken)).toEqual([
			HIVESTR_TOKEN,
		]);
	});

	it('known client: the search result drives the flow (no create, no card update)', async () => {
		const startedAt = Date.now();
		const exchange = tokenExchange();
		const start = hivestrApi()
			.get('/api/v1/public/clients')
			.query({ page: '1', limit: '1', search: 'joao@empresa.com' })
			.reply(200, {
				success: true,
				data: [{ id: 'client-1', name: 'João Silva', email: 'joao@empresa.com' }],
				pagination: { page: 1, limit: 1, total: 1, total_pages: 1 },
			});
		const create = hivestrApi().post('/api/v1/public/clients').reply(201, {});
		const rest = restOfFlow(() => HIVESTR_TOKEN);

		const { result } = await runFlow(true);

		expect(result.error).toBeUndefined();
		expect(exchange.isDone()).toBe(true);
		expect(start.isDone()).toBe(true);
		expect(create.isDone()).toBe(false);
		expect(rest.done()).toBe(true);
		expectRestOfFlow(rest, startedAt);
		expect(result.output('Get Proposal')).toEqual([fullProposal]);
	});

	it('a 401 in the middle causes exactly one re-exchange and that step still succeeds', async () => {
		const startedAt = Date.now();
		const exchange = tokenExchange(HIVESTR_TOKEN, 'jwt-token-2');
		hivestrApi()
			.get('/api/v1/public/clients')
			.query(true)
			.reply(200, {
				success: true,
				data: [{ id: 'client-1', name: 'João Silva' }],
				pagination: { page: 1, limit: 1, total: 1, total_pages: 1 },
			});
		// The token expires just as the task is created: 401, then the same POST with a new token.
		const expired = hivestrApi()
			.post('/api/v1/public/pipeline/deals/deal-2/tasks')
			.reply(401, { success: false, error: 'Token expirado' });
		const before = new Set(['note', 'card']);
		const rest = restOfFlow((step) => (before.has(step) ? HIVESTR_TOKEN : 'jwt-token-2'));

		const { harness, result } = await runFlow(true);

		expect(result.error).toBeUndefined();
		expect(expired.isDone()).toBe(true);
		expect(exchange.isDone()).toBe(true);
		expect(rest.done()).toBe(true);
		expect(rest.bodies.task.bodies).toHaveLength(1);
		expectRestOfFlow(rest, startedAt);
		expect(result.output('Task In An Hour')).toEqual([
			{ id: 'task-1', title: 'Ligar para confirmar interesse' },
		]);
		expect(harness.credentialsHelper.updates.map((update) => update.data.accessToken)).toEqual([
			HIVESTR_TOKEN,
			'jwt-token-2',
		]);
	});
});
