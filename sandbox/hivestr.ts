import { createHmac, randomBytes, randomUUID } from 'node:crypto';

import {
	calculateBody,
	clientCreateBody,
	clientListQuery,
	clientUpdateBody,
	dealCreateBody,
	dealListQuery,
	dealMarkLostBody,
	dealStageBody,
	dealUpdateBody,
	inventoryListQuery,
	noteCreateBody,
	noteListQuery,
	proposalCreateBody,
	proposalListQuery,
	proposalUpdateBody,
	reminderListQuery,
	taskCreateBody,
	taskUpdateBody,
	tokenBody,
} from './contracts/hivestr';
import { ApiError, bearerOf, listen, now, pageOf, Router, validate } from './http';
import type { SandboxRequest, SandboxResponse, VendorApp } from './http';
import type { Sandbox, StartOptions } from './types';

/**
 * Hivestr (vendor-docs/hivestr.txt): `POST /auth/token` exchanges key + secret for a JWT
 * (1. AUTHENTICATION: "valid for 1 hour"; shorter here for tests), `{success, data,
 * pagination: {total_pages}}` lists (GET /inventory/list: "default: 50, máx: 100"), money in
 * cents (Monetary Values), and the CRM rules of 5. CRM: a client create also opens a card in
 * Prospecção, Perdido only through mark-lost, Perdido cards frozen; 4. PROPOSALS: items sent
 * on PUT replace all, approved/rejected proposals cannot be edited.
 *
 * What the document leaves open is a switch (`HivestrOptions`), and the tests run each value.
 * Also not in the document, and the sandbox's own reading: HTTP statuses other than those of
 * Common Errors (201 on create, 422 on a rule or contract violation), the text of messages,
 * the answers of the endpoints the document shows none for (cards, tasks, notes create), and
 * the zone "due today" is counted in (UTC). List order has its own switch (triggers).
 */

export const HIVESTR_DEMO_KEY = 'hvstr_sandbox_demo_key';
export const HIVESTR_DEMO_SECRET = 'sandbox_demo_secret';

export interface HivestrOptions extends StartOptions {
	apiKey?: string;
	apiSecret?: string;
	/** Access token lifetime in seconds (default 3600, as documented). */
	tokenLifetimeSeconds?: number;
	/**
	 * GET /pipeline/deals/{id}/tasks: hivestr.txt shows no answer, so whether the list is paged
	 * is unknown — `whole` (default): every task at once; `paged`: `?page=&limit=` pages of 50
	 * by default with `pagination.total_pages`, like the documented lists.
	 */
	taskList?: 'whole' | 'paged';
	/**
	 * POST /proposals/calculate: the documented answer shows one item, so whether items come
	 * back in the order sent and with their schedule_id is unknown — `as-sent` (default) or
	 * `reordered-without-schedule` (reversed, schedule_id left out).
	 */
	calculateItems?: 'as-sent' | 'reordered-without-schedule';
	/**
	 * Error bodies: hivestr.txt shows none (Common Errors names statuses only) —
	 * `envelope` (default): `{success: false, error, details?}`; `message`: `{message}`;
	 * `text`: the message as plain text.
	 */
	errorBody?: 'envelope' | 'message' | 'text';
	/**
	 * How a refusal (a rule, a validation, a missing record) is answered: `http` (default) with
	 * its 4xx status, or `200` with `{success: false, error}` — the envelope's documented
	 * `success` flag allows it. 401 and 429 keep their status.
	 */
	refusalStatus?: 'http' | '200';
}

type Row = Record<string, unknown>;

const USER = { id: 'user-sandbox-owner', full_name: 'Dona da Mídia (sandbox)' };
/** hivestr.txt › Pipeline stages: "Linked proposal status" of each stage. */
const STAGE_TO_PROPOSAL: Record<string, string> = {
	Prospecção: 'draft',
	Degustação: 'draft',
	Proposta: 'sent',
	Negociação: 'viewed',
	Aprovação: 'pre_approved',
	Ganho: 'approved',
	Perdido: 'rejected',
};

class Collection {
	readonly rows = new Map<string, Row>();

	constructor(private readonly label: string) {}

	insert(fields: Row, id: string = randomUUID()): Row {
		const stamp = now();
		const row = { id, ...fields, created_at: stamp, updated_at: stamp };
		this.rows.set(id, row);
		return row;
	}

	get(id: string): Row {
		const row = this.rows.get(id);
		if (row === undefined) throw new ApiError(404, `${this.label} not found`);
		return row;
	}

	update(id: string, fields: Row): Row {
		return Object.assign(this.get(id), fields, { updated_at: now() });
	}

	all(): Row[] {
		return [...this.rows.values()];
	}
}

const ok = (data: unknown, extra: Row = {}, status = 200): SandboxResponse => ({
	status,
	body: { success: true, data, ...extra },
});

/** `{success, data, pagination: {page, limit, total, total_pages}}` (e.g. GET /clients' Response). */
function paged(rows: Row[], query: Row): SandboxResponse {
	const page = Number(query.page);
	const limit = Number(query.limit);
	return {
		status: 200,
		body: {
			success: true,
			data: pageOf(rows, page, limit),
			pagination: { page, limit, total: rows.length, total_pages: Math.ceil(rows.length / limit) },
		},
	};
}

/** hivestr.txt: "page … (default: 1)", "limit … (default: 50)". */
const listQuery = (request: SandboxRequest) => ({ page: '1', limit: '50', ...request.query });
const newestFirst = (a: Row, b: Row) => String(b.created_at).localeCompare(String(a.created_at));
const rule = (message: string) => new ApiError(422, message);

function days(start: string, end: string): number {
	return (
		Math.round((Date.parse(`${end}T00:00:00Z`) - Date.parse(`${start}T00:00:00Z`)) / 86400000) + 1
	);
}

function hivestrState() {
	const inventory = new Collection('Inventory item');
	const clients = new Collection('Client');
	const notes = new Collection('Note');
	const deals = new Collection('Pipeline deal');
	const tasks = new Collection('Task');
	const proposals = new Collection('Proposal');
	let proposalCount = 122;

	const media = (fields: Row, id: string) =>
		inventory.insert(
			{
				city: 'Brasília',
				state: 'DF',
				address: 'SCS Quadra 1',
				bairro: 'Asa Sul',
				latitude: -15.7942,
				longitude: -47.8822,
				is_active: true,
				is_occupied: false,
				screen_quantity: 1,
				discounted_price: null,
				discount_percentage: 0,
				negotiation_margin_percentage: 15,
				photo_url: null,
				media_schedules: [],
				...fields,
			},
			id,
		);
	media(
		{
			name: 'Painel Digital Shopping',
			media_type: 'DOOH',
			base_price: 500000,
			unit_price: 16667,
			audience: 50000,
			format: 'LED 3x2m',
			dimensions: '3x2',
			screen_quantity: 2,
			environment: 'Shopping Center',
			insertions_per_day: 50,
			total_daily_insertions: 100,
		},
		'inv-dooh-shopping',
	);
	media(
		{
			name: 'Outdoor Eixo Monumental',
			media_type: 'OOH',
			base_price: 300000,
			unit_price: 10000,
			audience: 80000,
			format: 'Outdoor 9x3m',
			dimensions: '9x3',
		},
		'inv-ooh-eixo',
	);
	media(
		{
			name: 'Rádio CBN Brasília - Manhã',
			media_type: 'RADIO',
			base_price: 150000,
			unit_price: 150000,
			audience: 100000,
			media_schedules: [
				{
					id: 'sch-jornal-manha',
					run_days: [1, 2, 3, 4, 5],
					start_time: '07:00:00',
					end_time: '09:00:00',
					price_per_slot: 150000,
					available_slots: 10,
					program_name: 'Jornal da Manhã',
					social_class: 'A,B',
					audience: 100000,
					is_active: true,
				},
			],
		},
		'inv-radio-cbn',
	);
	media(
		{
			name: 'Painel Rodoviária (inativo)',
			media_type: 'OOH',
			base_price: 200000,
			unit_price: 6667,
			is_active: false,
			city: 'Goiânia',
			state: 'GO',
		},
		'inv-ooh-rodoviaria',
	);

	// 5. CRM › Important rules: "Default when creating a client or card: Prospecção".
	const newCard = (fields: Row): Row =>
		deals.insert({
			pipeline_stage: 'Prospecção',
			estimated_value: null,
			notes: null,
			user_id: USER.id,
			proposal_id: null,
			lost_reason: null,
			...fields,
		});

	const newClient = (body: Row) => {
		const client = clients.insert({
			email: null,
			phone: null,
			company_name: null,
			cnpj: null,
			cpf: null,
			address: null,
			city: null,
			state: null,
			zip_code: null,
			contact_person: null,
			position: null,
			notes: null,
			// POST /clients: status "(default: "lead")", source "(default: "API")".
			status: 'lead',
			source: 'API',
			...body,
		});
		const title =
			typeof body.company_name === 'string'
				? `${String(body.name)} — ${body.company_name}`
				: body.name;
		const card = newCard({ client_id: client.id, title, notes: body.notes ?? null });
		return { client, card };
	};
	newClient({
		name: 'João Silva',
		email: 'joao@empresa.com',
		phone: '(61) 99999-9999',
		company_name: 'Empresa XYZ Ltda',
		cnpj: '12.345.678/0001-99',
		status: 'client',
		source: 'Website',
	});

	return {
		inventory,
		clients,
		notes,
		deals,
		tasks,
		proposals,
		newCard,
		newClient,
		nextProposalNumber: () =>
			`PROP-${String(++proposalCount).padStart(4, '0')}-${new Date().getUTCFullYear() % 100}`,
	};
}

type State = ReturnType<typeof hivestrState>;

type Switches = Required<Pick<HivestrOptions, 'taskList' | 'calculateItems'>>;

function routes(state: State, switches: Switches, router: Router): Router {
	const { inventory, clients, notes, deals, tasks, proposals, newCard, newClient } = state;

	// GET /pipeline/deals: "Each card includes tasks_summary" (pending, total, overdue, due_soon, next_due_at).
	const tasksSummary = (dealId: unknown) => {
		const mine = tasks.all().filter((task) => task.deal_id === dealId);
		const pending = mine.filter((task) => task.is_completed !== true);
		const time = Date.now();
		const due = pending
			.map((task) => task.due_at)
			.filter((at): at is string => typeof at === 'string')
			.sort();
		return {
			pending: pending.length,
			total: mine.length,
			overdue: due.filter((at) => Date.parse(at) < time).length,
			due_soon: due.filter((at) => Date.parse(at) >= time && Date.parse(at) <= time + 86400000)
				.length,
			next_due_at: due.find((at) => Date.parse(at) >= time) ?? null,
		};
	};
	const card = (row: Row): Row => ({
		...row,
		client_name: clients.rows.get(String(row.client_id))?.name ?? null,
		tasks_summary: tasksSummary(row.id),
	});
	// "Cards in Perdido cannot be moved or edited" (Important rules; PATCH …/{id} Restrictions).
	const openCard = (id: string): Row => {
		const found = deals.get(id);
		if (found.pipeline_stage === 'Perdido')
			throw rule('Cards in Perdido cannot be moved or edited');
		return found;
	};
	const clientRef = (id: unknown) => {
		const client = clients.rows.get(String(id));
		return client === undefined
			? null
			: {
					id: client.id,
					name: client.name,
					email: client.email,
					company_name: client.company_name,
				};
	};
	const vehicle = (id: string): Row => {
		const found = inventory.rows.get(id);
		if (found === undefined)
			throw new ApiError(422, `vehicle_id ${id} not found`, { vehicle_id: ['not found'] });
		return found;
	};
	const proposalItems = (items: Row[]) =>
		items.map((item) => {
			const media = vehicle(String(item.vehicle_id));
			return {
				id: randomUUID(),
				is_bonus: false,
				...item,
				media_vehicle: {
					id: media.id,
					name: media.name,
					media_type: media.media_type,
					city: media.city,
					state: media.state,
				},
			};
		});
	const totals = (proposal: Row) => {
		const items = proposal.proposal_items as Row[];
		const total = items.reduce((sum, item) => sum + Number(item.final_price), 0);
		const byPercent = Math.round((total * Number(proposal.discount_percentage ?? 0)) / 100);
		const discount = Number(proposal.discount_value ?? 0) || byPercent;
		return {
			total_value: total,
			discount_value: discount,
			final_value: Math.max(0, total - discount),
		};
	};
	const summaryOf = (proposal: Row) => ({
		id: proposal.id,
		proposal_number: proposal.proposal_number,
		title: proposal.title,
		status: proposal.status,
		final_value: proposal.final_value,
	});

	return (
		router
			.on('GET', '/public/inventory/list', (request) => {
				const query = validate(inventoryListQuery, listQuery(request)) as Row;
				const rows = inventory
					.all()
					.filter(
						(row) =>
							(query.media_type === undefined ||
								query.media_type === 'all' ||
								row.media_type === query.media_type) &&
							(query.city === undefined || row.city === query.city) &&
							(query.state === undefined || row.state === query.state) &&
							(query.is_active === undefined ||
								query.is_active === 'all' ||
								String(row.is_active) === query.is_active),
					);
				return paged(
					rows.map(({ media_schedules: _schedules, ...row }) => row),
					query,
				);
			})
			.on('GET', '/public/inventory/:id', (request) => ok(inventory.get(request.params.id)))
			.on('GET', '/public/clients', (request) => {
				const query = validate(clientListQuery, listQuery(request)) as Row;
				const needle = String(query.search ?? '').toLowerCase();
				const rows = clients.all().filter(
					(row) =>
						(query.status === undefined || query.status === 'all' || row.status === query.status) &&
						['name', 'email', 'company_name', 'cnpj', 'cpf'].some((field) =>
							String(row[field] ?? '')
								.toLowerCase()
								.includes(needle),
						),
				);
				return paged(rows.sort(newestFirst), query);
			})
			.on('POST', '/public/clients', (request) => {
				const body = validate(clientCreateBody, request.body) as Row;
				const { client, card: created } = newClient(body);
				return ok(
					client,
					{
						pipeline_deal: {
							id: created.id,
							title: created.title,
							pipeline_stage: created.pipeline_stage,
							estimated_value: created.estimated_value,
							notes: created.notes,
						},
						message: 'Cliente criado com sucesso',
					},
					201,
				);
			})
			.on('GET', '/public/clients/:id', (request) => {
				const client = clients.get(request.params.id);
				const own = proposals.all().filter((row) => row.client_id === client.id);
				const count = (status: string) => own.filter((row) => row.status === status).length;
				const sum = (rows: Row[]) =>
					rows.reduce((total, row) => total + Number(row.final_value), 0);
				return ok({
					...client,
					proposals: own.map(({ proposal_items: _items, ...row }) => row),
					proposal_stats: {
						total: own.length,
						approved: count('approved'),
						pending: own.length - count('approved') - count('rejected'),
						rejected: count('rejected'),
						total_value: sum(own),
						approved_value: sum(own.filter((row) => row.status === 'approved')),
					},
				});
			})
			.on('PUT', '/public/clients/:id', (request) => {
				clients.get(request.params.id);
				const body = validate(clientUpdateBody, request.body) as Row;
				return ok(clients.update(request.params.id, body), {
					message: 'Cliente atualizado com sucesso',
				});
			})
			.on('GET', '/public/clients/:id/notes', (request) => {
				const client = clients.get(request.params.id);
				const query = validate(noteListQuery, listQuery(request)) as Row;
				const rows = notes
					.all()
					.filter(
						(row) =>
							row.client_id === client.id &&
							(query.note_type === undefined ||
								query.note_type === 'all' ||
								row.note_type === query.note_type),
					);
				return paged(rows.sort(newestFirst), query);
			})
			.on('POST', '/public/clients/:id/notes', (request) => {
				const client = clients.get(request.params.id);
				const body = validate(noteCreateBody, request.body) as Row;
				const note = notes.insert({
					client_id: client.id,
					note_type: 'note',
					is_completed: false,
					...body,
					user: USER,
				});
				return ok(note, {}, 201);
			})
			.on('GET', '/public/pipeline/deals', (request) => {
				const query = validate(dealListQuery, listQuery(request)) as Row;
				const rows = deals
					.all()
					.filter(
						(row) =>
							(query.client_id === undefined || row.client_id === query.client_id) &&
							(query.pipeline_stage === undefined || row.pipeline_stage === query.pipeline_stage),
					);
				return paged(rows.sort(newestFirst).map(card), query);
			})
			.on('POST', '/public/pipeline/deals', (request) => {
				const body = validate(dealCreateBody, request.body) as Row;
				clients.get(String(body.client_id));
				return ok(card(newCard(body)), {}, 201);
			})
			.on('GET', '/public/pipeline/deals/:id', (request) => ok(card(deals.get(request.params.id))))
			.on('PATCH', '/public/pipeline/deals/:id', (request) => {
				openCard(request.params.id);
				const body = validate(dealUpdateBody, request.body) as Row;
				return ok(card(deals.update(request.params.id, body)));
			})
			.on('PATCH', '/public/pipeline/deals/:id/stage', (request) => {
				const found = openCard(request.params.id);
				// "Do not use this endpoint for Perdido — use mark-lost with a reason".
				if ((request.body as Row | undefined)?.pipeline_stage === 'Perdido') {
					throw rule(
						'Use POST /pipeline/deals/{id}/mark-lost (with a reason) to move a card to Perdido',
					);
				}
				const { pipeline_stage: stage } = validate(dealStageBody, request.body);
				// "If the card has a linked proposal, the proposal status is synced automatically."
				if (typeof found.proposal_id === 'string' && proposals.rows.has(found.proposal_id)) {
					proposals.update(found.proposal_id, { status: STAGE_TO_PROPOSAL[stage] });
				}
				return ok(card(deals.update(request.params.id, { pipeline_stage: stage })));
			})
			.on('POST', '/public/pipeline/deals/:id/mark-lost', (request) => {
				const found = openCard(request.params.id);
				// mark-lost › Behavior: moves to Perdido, rejects a linked proposal, notes the reason.
				const { reason } = validate(dealMarkLostBody, request.body);
				if (typeof found.proposal_id === 'string' && proposals.rows.has(found.proposal_id)) {
					proposals.update(found.proposal_id, { status: 'rejected' });
				}
				notes.insert({
					client_id: found.client_id,
					note_type: 'note',
					is_completed: false,
					content: `Negócio perdido: ${reason}`,
					user: USER,
				});
				return ok(
					card(deals.update(request.params.id, { pipeline_stage: 'Perdido', lost_reason: reason })),
				);
			})
			// "Lists tasks that are overdue or due in the next 24 hours"; urgency overdue, due_today,
			// due_soon; count and overdue_count as in the Response. "Today" is counted in UTC (unknown).
			.on('GET', '/public/pipeline/reminders', (request) => {
				const query = validate(reminderListQuery, request.query) as Row;
				const time = Date.now();
				const today = new Date(time).toISOString().slice(0, 10);
				const data = tasks
					.all()
					.filter((task) => task.is_completed !== true && typeof task.due_at === 'string')
					.filter((task) => Date.parse(String(task.due_at)) <= time + 86400000)
					.map((task) => ({ task, deal: deals.rows.get(String(task.deal_id)) }))
					.filter(
						({ task, deal }) =>
							query.user_id === undefined ||
							task.user_id === query.user_id ||
							deal?.user_id === query.user_id,
					)
					.sort((a, b) => String(a.task.due_at).localeCompare(String(b.task.due_at)))
					.map(({ task, deal }) => {
						const at = Date.parse(String(task.due_at));
						return {
							id: task.id,
							title: task.title,
							due_at: task.due_at,
							urgency:
								at < time
									? 'overdue'
									: String(task.due_at).slice(0, 10) === today
										? 'due_today'
										: 'due_soon',
							deal_id: task.deal_id,
							deal_title: deal?.title ?? null,
							pipeline_stage: deal?.pipeline_stage ?? null,
							client_name: clients.rows.get(String(deal?.client_id))?.name ?? null,
							assignee_name: USER.full_name,
						};
					});
				return {
					status: 200,
					body: {
						success: true,
						count: data.length,
						overdue_count: data.filter((row) => row.urgency === 'overdue').length,
						data,
					},
				};
			})
			.on('GET', '/public/pipeline/deals/:id/tasks', (request) => {
				const found = deals.get(request.params.id);
				const mine = tasks.all().filter((task) => task.deal_id === found.id);
				// Unknown (no answer documented): the whole list, or pages as the documented lists.
				return switches.taskList === 'paged' ? paged(mine, listQuery(request)) : ok(mine);
			})
			.on('POST', '/public/pipeline/deals/:id/tasks', (request) => {
				const found = deals.get(request.params.id);
				const body = validate(taskCreateBody, request.body) as Row;
				const task = tasks.insert({
					deal_id: found.id,
					due_at: null,
					user_id: USER.id,
					is_completed: false,
					...body,
				});
				return ok(task, {}, 201);
			})
			.on('PATCH', '/public/pipeline/deals/:id/tasks/:taskId', (request) => {
				const found = deals.get(request.params.id);
				const task = tasks.get(request.params.taskId);
				if (task.deal_id !== found.id) throw new ApiError(404, 'Task not found');
				const body = validate(taskUpdateBody, request.body) as Row;
				return ok(tasks.update(String(task.id), body));
			})
			.on('DELETE', '/public/pipeline/deals/:id/tasks/:taskId', (request) => {
				const found = deals.get(request.params.id);
				const task = tasks.get(request.params.taskId);
				if (task.deal_id !== found.id) throw new ApiError(404, 'Task not found');
				tasks.rows.delete(String(task.id));
				return { status: 200, body: { success: true, message: 'Tarefa removida com sucesso' } };
			})
			.on('POST', '/public/proposals/calculate', (request) => {
				const body = validate(calculateBody, request.body) as Row & { items: Row[] };
				const campaignDays = days(String(body.campaign_start_date), String(body.campaign_end_date));
				if (campaignDays < 1)
					throw rule('campaign_end_date must not be before campaign_start_date');
				const bonusDays = Number(body.bonus_days ?? 0);
				const items = body.items.map((item) => {
					const media = vehicle(String(item.vehicle_id));
					const isBonus = item.is_bonus === true;
					const base = {
						vehicle_id: media.id,
						vehicle_name: media.name,
						media_type: media.media_type,
						is_bonus: isBonus,
						discount_percentage: 0,
						discount_value: 0,
					};
					if (media.media_type === 'TV' || media.media_type === 'RADIO') {
						const schedule = (media.media_schedules as Row[]).find(
							(row) => row.id === item.schedule_id,
						);
						if (schedule === undefined) {
							throw new ApiError(422, 'schedule_id is required for TV/Radio items', {
								schedule_id: ['not found'],
							});
						}
						const quantity = Number(item.quantity ?? 1);
						return {
							...base,
							schedule_id: schedule.id,
							pricing_mode: 'per_slot',
							unit_price: schedule.price_per_slot,
							quantity,
							final_price: isBonus ? 0 : Number(schedule.price_per_slot) * quantity,
						};
					}
					return {
						...base,
						...(item.face_orientation ? { face_orientation: item.face_orientation } : {}),
						screen_quantity: media.screen_quantity,
						pricing_mode: 'daily',
						daily_price: media.unit_price,
						campaign_days: campaignDays,
						unit_price: media.base_price,
						quantity: campaignDays,
						final_price: isBonus ? 0 : Number(media.unit_price) * campaignDays,
					};
				});
				const subtotal = items.reduce((sum, item) => sum + item.final_price, 0);
				// Unknown (the documented answer shows one item): the request's order and schedule_id kept, or not.
				const answered =
					switches.calculateItems === 'as-sent'
						? items
						: [...items].reverse().map((item) => {
								const { schedule_id: _schedule, ...rest } = item as Row;
								return rest;
							});
				const discount = Math.round((subtotal * Number(body.discount_percentage ?? 0)) / 100);
				return ok({
					campaign_period: {
						start_date: body.campaign_start_date,
						end_date: body.campaign_end_date,
						campaign_days: campaignDays,
						is_bi_semana: campaignDays === 14,
						bonus_days: bonusDays,
						total_days: campaignDays + bonusDays,
					},
					items: answered,
					summary: {
						campaign_days: campaignDays,
						is_bi_semana: campaignDays === 14,
						subtotal,
						discount_percentage: Number(body.discount_percentage ?? 0),
						discount_value: discount,
						final_value: subtotal - discount,
						total_screens: items.reduce(
							(sum, item) => sum + Number((item as Row).screen_quantity ?? 0),
							0,
						),
					},
				});
			})
			.on('GET', '/public/proposals', (request) => {
				const query = validate(proposalListQuery, listQuery(request)) as Row;
				const rows = proposals
					.all()
					.filter((row) => {
						const created = String(row.created_at).slice(0, 10);
						return (
							(query.client_id === undefined || row.client_id === query.client_id) &&
							(query.status === undefined ||
								query.status === 'all' ||
								row.status === query.status) &&
							(query.start_date === undefined || created >= String(query.start_date)) &&
							(query.end_date === undefined || created <= String(query.end_date))
						);
					})
					.map(({ proposal_items: _items, ...row }) => ({
						...row,
						client: clientRef(row.client_id),
					}));
				return paged(rows.sort(newestFirst), query);
			})
			.on('POST', '/public/proposals', (request) => {
				const { items, ...body } = validate(proposalCreateBody, request.body) as Row & {
					items: Row[];
				};
				const client = clients.get(String(body.client_id));
				const proposal = proposals.insert({
					proposal_number: state.nextProposalNumber(),
					status: 'draft',
					bonus_days: 0,
					discount_percentage: 0,
					discount_value: 0,
					created_via: 'api',
					...body,
					proposal_items: proposalItems(items),
				});
				Object.assign(proposal, totals(proposal));
				// Not in hivestr.txt (the sandbox's own reading): the client's newest open card without a
				// proposal is linked to it, so stage moves can sync a proposal status.
				const linked = deals
					.all()
					.sort(newestFirst)
					.find(
						(row) =>
							row.client_id === client.id &&
							row.proposal_id === null &&
							!['Ganho', 'Perdido'].includes(String(row.pipeline_stage)),
					);
				if (linked !== undefined) deals.update(String(linked.id), { proposal_id: proposal.id });
				return ok(
					{
						...summaryOf(proposal),
						items_count: items.length,
						created_at: proposal.created_at,
						created_via: 'api',
					},
					{ message: 'Proposta criada com sucesso' },
					201,
				);
			})
			.on('GET', '/public/proposals/:id', (request) => {
				const proposal = proposals.get(request.params.id);
				return ok({ ...proposal, client: clientRef(proposal.client_id) });
			})
			.on('PUT', '/public/proposals/:id', (request) => {
				const proposal = proposals.get(request.params.id);
				// "⚠️ Restriction: Cannot edit proposals with status approved or rejected."
				if (proposal.status === 'approved' || proposal.status === 'rejected') {
					throw rule(`Cannot edit a proposal with status ${String(proposal.status)}`);
				}
				const { items, ...body } = validate(proposalUpdateBody, request.body) as Row & {
					items?: Row[];
				};
				// Behavior: "If you send items: ALL current items are DELETED and replaced … If you do NOT
				// send items: Current items are KEPT - Totals are recalculated automatically".
				const changes: Row = {
					...body,
					...(items ? { proposal_items: proposalItems(items) } : {}),
				};
				const updated = proposals.update(String(proposal.id), changes);
				Object.assign(updated, totals(updated));
				return ok(
					{ ...summaryOf(updated), updated_at: updated.updated_at },
					{ message: 'Proposta atualizada com sucesso' },
				);
			})
	);
}

/** `{success: false, error, details?}` — the doc shows no error body; one plausible shape (the `envelope` switch). */
function hivestrErrorBody(
	_status: number,
	message: string,
	fields?: Record<string, string[]>,
): unknown {
	const details = fields
		? Object.entries(fields).flatMap(([field, messages]) =>
				messages.map((text) => ({ field, message: text })),
			)
		: undefined;
	return { success: false, error: message, ...(details ? { details } : {}) };
}

/** The error body of the `errorBody` switch (the document shows none). */
function errorBodyOf(shape: NonNullable<HivestrOptions['errorBody']>) {
	return (status: number, message: string, fields?: Record<string, string[]>): unknown =>
		shape === 'envelope'
			? hivestrErrorBody(status, message, fields)
			: shape === 'message'
				? { message }
				: message;
}

/** A router answering refusals with HTTP 200 and `{success: false}` (the `refusalStatus: '200'` switch). */
class RefusingWith200 extends Router {
	constructor(private readonly body: (status: number, message: string) => unknown) {
		super();
	}

	async handle(request: SandboxRequest): Promise<SandboxResponse> {
		try {
			return await super.handle(request);
		} catch (error) {
			if (
				!(error instanceof ApiError) ||
				[401, 429].includes(error.status) ||
				error.status >= 500
			) {
				throw error;
			}
			const body = this.body(error.status, error.message);
			return {
				status: 200,
				body:
					typeof body === 'object' && body !== null
						? { ...(body as Row), success: false }
						: { success: false, error: error.message },
			};
		}
	}
}

interface Tokens {
	issue(): { token: string; expiresIn: number };
	check(token: string | undefined): void;
}

/** HS256 JWTs signed with a per-run secret, expiring after `lifetime` seconds. */
function tokens(lifetime: number): Tokens {
	const secret = randomBytes(32);
	const encode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
	const sign = (text: string) => createHmac('sha256', secret).update(text).digest('base64url');
	return {
		issue() {
			const issued = Math.floor(Date.now() / 1000);
			const head = `${encode({ alg: 'HS256', typ: 'JWT' })}.${encode({ sub: USER.id, iat: issued, exp: issued + lifetime, jti: randomUUID() })}`;
			return { token: `${head}.${sign(head)}`, expiresIn: lifetime };
		},
		check(token) {
			if (token === undefined) throw new ApiError(401, 'Missing access token');
			const [header, payload, signature] = token.split('.');
			if (signature === undefined || sign(`${header}.${payload}`) !== signature) {
				throw new ApiError(401, 'Invalid access token');
			}
			const { exp } = JSON.parse(Buffer.from(payload, 'base64url').toString()) as { exp: number };
			// Lifetimes are whole seconds; compare in milliseconds so a 1 s token expires on time.
			if (Date.now() >= exp * 1000) throw new ApiError(401, 'Token expired');
		},
	};
}

function hivestrApp(
	state: State,
	credentials: { apiKey: string; apiSecret: string; lifetime: number },
	options: Pick<HivestrOptions, 'taskList' | 'calculateItems' | 'errorBody' | 'refusalStatus'> = {},
): VendorApp {
	const jwt = tokens(credentials.lifetime);
	const errorBody = errorBodyOf(options.errorBody ?? 'envelope');
	const switches: Switches = {
		taskList: options.taskList ?? 'whole',
		calculateItems: options.calculateItems ?? 'as-sent',
	};
	const base = options.refusalStatus === '200' ? new RefusingWith200(errorBody) : new Router();
	const router = routes(state, switches, base).on('POST', '/auth/token', (request) => {
		const body = validate(tokenBody, request.body);
		if (body.api_key !== credentials.apiKey || body.api_secret !== credentials.apiSecret) {
			throw new ApiError(401, 'Invalid API key or secret');
		}
		const { token, expiresIn } = jwt.issue();
		return {
			status: 200,
			body: { access_token: token, token_type: 'Bearer', expires_in: expiresIn },
		};
	});
	return {
		basePath: '/api/v1',
		router,
		errorBody,
		before(request) {
			if (request.path !== '/auth/token') jwt.check(bearerOf(request));
		},
	};
}

export async function startHivestr(options: HivestrOptions = {}): Promise<Sandbox> {
	const apiKey = options.apiKey ?? HIVESTR_DEMO_KEY;
	const apiSecret = options.apiSecret ?? HIVESTR_DEMO_SECRET;
	const app = hivestrApp(
		hivestrState(),
		{ apiKey, apiSecret, lifetime: options.tokenLifetimeSeconds ?? 3600 },
		options,
	);
	const server = await listen(app, options.port, options);
	const baseUrl = `${server.origin}/api/v1`;
	return {
		vendor: 'hivestr',
		baseUrl,
		credentialType: 'hivestrApi',
		credentials: { apiKey, apiSecret, baseUrl },
		notes: {
			inventory: 'inv-dooh-shopping, inv-ooh-eixo, inv-radio-cbn (schedule sch-jornal-manha)',
			tokenLifetime: `${options.tokenLifetimeSeconds ?? 3600} s`,
		},
		stop: server.stop,
	};
}
