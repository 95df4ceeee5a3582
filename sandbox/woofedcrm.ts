import {
	contactBody,
	dealCreateBody,
	dealEventBody,
	dealUpdateBody,
	dealUpsertBody,
	searchBody,
	searchQueryString,
} from '../test/contracts/woofedcrm';
import { ApiError, bearerOf, listen, now, pageOf, Router, validate } from './http';
import type { SandboxRequest, SandboxResponse, VendorApp } from './http';
import { ransack } from './ransack';
import type { Sandbox, StartOptions } from './types';

/**
 * WoofedCRM (vendor-docs/woofedcrm-deals.txt): everything under
 * `/api/v1/accounts/{account_id}`, a Bearer token that belongs to an account, records as
 * they are (no envelope), searches paged by pagy at 10 a page, Rails-style `{errors}` bodies.
 */

export const WOOFED_DEMO_TOKEN = 'eyJhbGciOiJIUzI1NiJ9.eyJ1c2VyX2lkIjoxfQ.sandbox-demo-token';
export const WOOFED_DEMO_ACCOUNT = '1';
/** pagy's page size on WoofedCRM (fixed by the server). */
export const WOOFED_PAGE_SIZE = 10;

export interface WoofedOptions extends StartOptions {
	/** token → account id it may use (default: the demo token on account 1). */
	tokens?: Record<string, string>;
}

type Row = Record<string, unknown>;

class Records {
	readonly rows = new Map<number, Row>();
	private next = 1;

	constructor(
		private readonly label: string,
		private readonly accountId: number,
	) {}

	insert(fields: Row): Row {
		const stamp = now();
		const row = {
			id: this.next++,
			...fields,
			account_id: this.accountId,
			created_at: stamp,
			updated_at: stamp,
		};
		this.rows.set(row.id, row);
		return row;
	}

	get(id: string | number): Row {
		const row = this.rows.get(Number(id));
		if (row === undefined) throw new ApiError(404, `${this.label} not found`);
		return row;
	}

	update(id: number, fields: Row): Row {
		const row = this.get(id);
		Object.assign(row, fields, { updated_at: now() });
		return row;
	}

	all(): Row[] {
		return [...this.rows.values()];
	}
}

const DEAL_SEARCHABLE = [
	'id',
	'name',
	'status',
	'stage_id',
	'pipeline_id',
	'contact_id',
	'position',
	'lost_reason',
	'lost_at',
	'won_at',
	'created_at',
	'updated_at',
];
const CONTACT_SEARCHABLE = ['id', 'full_name', 'email', 'phone', 'created_at', 'updated_at'];

/** A pagy page of `rows`: `{data, pagination}` with `next` null on the last page. */
function pagy(rows: Row[], request: SandboxRequest): SandboxResponse {
	const { page } = validate(searchQueryString, { page: '1', ...request.query });
	const count = rows.length;
	const pages = Math.max(1, Math.ceil(count / WOOFED_PAGE_SIZE));
	const data = pageOf(rows, page, WOOFED_PAGE_SIZE);
	const from = data.length === 0 ? 0 : (page - 1) * WOOFED_PAGE_SIZE + 1;
	return {
		status: 200,
		body: {
			data,
			pagination: {
				page,
				items: data.length,
				count,
				pages,
				from,
				last: pages,
				to: data.length === 0 ? 0 : from + data.length - 1,
				prev: page > 1 ? page - 1 : null,
				next: page < pages ? page + 1 : null,
			},
		},
	};
}

function fieldError(field: string, message: string): ApiError {
	return new ApiError(422, `${field} ${message}`, { [field]: [message] });
}

export function woofedState(accountId = Number(WOOFED_DEMO_ACCOUNT)) {
	const pipelines = new Records('Pipeline', accountId);
	const stages = new Records('Stage', accountId);
	const contacts = new Records('Contact', accountId);
	const deals = new Records('Deal', accountId);
	const events = new Records('Deal event', accountId);

	const sales = pipelines.insert({ name: 'Vendas', position: 1 });
	const after = pipelines.insert({ name: 'Pós-venda', position: 2 });
	['Novo lead', 'Qualificado', 'Proposta enviada', 'Fechamento'].forEach((name, index) =>
		stages.insert({ name, pipeline_id: sales.id, position: index + 1 }),
	);
	['Onboarding', 'Cliente ativo'].forEach((name, index) =>
		stages.insert({ name, pipeline_id: after.id, position: index + 1 }),
	);
	const newContact = (fields: Row) =>
		contacts.insert({
			full_name: '',
			phone: '',
			email: '',
			custom_attributes: {},
			additional_attributes: {},
			app_type: null,
			app_id: null,
			label_list: [],
			chatwoot_conversations_label_list: [],
			...fields,
		});
	const tim = newContact({
		full_name: 'Tim Maia',
		phone: '+555678606681',
		email: 'tim.maia@example.com',
	});
	newContact({ full_name: 'Padaria Pão Bom', email: 'contato@paobom.com.br' });
	const newDeal = (fields: Row) => {
		const stage = stages.get(Number(fields.stage_id));
		const inStage = deals.all().filter((deal) => deal.stage_id === stage.id).length;
		return deals.insert({
			name: '',
			status: 'open',
			pipeline_id: stage.pipeline_id,
			position: inStage + 1,
			created_by_id: 1,
			total_deal_products_amount_in_cents: 0,
			lost_at: null,
			won_at: null,
			lost_reason: '',
			custom_attributes: {},
			...fields,
		});
	};
	newDeal({
		name: 'Lead site: Rubel',
		stage_id: 1,
		contact_id: tim.id,
		custom_attributes: { source: 'Website' },
	});
	return { pipelines, stages, contacts, deals, events, newContact, newDeal };
}

type State = ReturnType<typeof woofedState>;

function routes(state: State): Router {
	const { pipelines, stages, contacts, deals, events, newContact, newDeal } = state;
	const at = (path: string) => `/accounts/:account${path}`;

	/** stage_id / pipeline_id / contact_id of a deal body, checked against the account's data. */
	const checkLinks = (body: Row, current?: Row): Row => {
		const fixed: Row = {};
		if (body.stage_id !== undefined || body.pipeline_id !== undefined) {
			const stageId = body.stage_id ?? current?.stage_id;
			const stage = stages.rows.get(Number(stageId));
			if (stage === undefined) throw fieldError('stage_id', 'must exist');
			if (body.pipeline_id !== undefined && body.pipeline_id !== stage.pipeline_id) {
				throw fieldError('pipeline_id', "does not match the stage's pipeline");
			}
			fixed.pipeline_id = stage.pipeline_id;
		}
		if (body.contact_id !== undefined && !contacts.rows.has(Number(body.contact_id))) {
			throw fieldError('contact_id', 'must exist');
		}
		return fixed;
	};

	const findContact = (attributes: Row): Row | undefined =>
		contacts
			.all()
			.find(
				(contact) =>
					(attributes.id !== undefined && contact.id === attributes.id) ||
					(typeof attributes.email === 'string' &&
						attributes.email !== '' &&
						String(contact.email).toLowerCase() === attributes.email.toLowerCase()) ||
					(typeof attributes.phone === 'string' &&
						attributes.phone !== '' &&
						contact.phone === attributes.phone),
			);

	const search = (rows: Row[], searchable: string[]) => (request: SandboxRequest) => {
		const body = request.method === 'GET' ? { query: {} } : validate(searchBody, request.body);
		return pagy(ransack(rows, body.query, searchable), request);
	};

	return (
		new Router()
			.on('GET', at('/pipelines'), () => ({
				status: 200,
				body: {
					data: pipelines.all().map((pipeline) => ({
						...pipeline,
						stages: stages.all().filter((stage) => stage.pipeline_id === pipeline.id),
					})),
				},
			}))
			.on('POST', at('/contacts'), (request) => {
				const body = validate(contactBody, request.body) as Row;
				return { status: 201, body: newContact(body) };
			})
			.on('POST', at('/contacts/upsert'), (request) => {
				const body = validate(contactBody, request.body) as Row;
				const found = findContact({ email: body.email, phone: body.phone });
				if (found !== undefined) {
					return { status: 200, body: contacts.update(Number(found.id), body) };
				}
				return { status: 201, body: newContact(body) };
			})
			.on('POST', at('/contacts/search'), (request) =>
				search(contacts.all(), CONTACT_SEARCHABLE)(request),
			)
			// The credential's connection test reads the first page this way.
			.on('GET', at('/contacts/search'), (request) =>
				search(contacts.all(), CONTACT_SEARCHABLE)(request),
			)
			.on('GET', at('/contacts/:id'), (request) => ({
				status: 200,
				body: contacts.get(request.params.id),
			}))
			.on('POST', at('/deals'), (request) => {
				const body = validate(dealCreateBody, request.body) as Row;
				checkLinks(body);
				return { status: 201, body: newDeal(body) };
			})
			.on('POST', at('/deals/search'), (request) => search(deals.all(), DEAL_SEARCHABLE)(request))
			.on('POST', at('/deals/upsert'), (request) => {
				const { contact_attributes: attributes, ...body } = validate(
					dealUpsertBody,
					request.body,
				) as Row & { contact_attributes?: Row };
				if (body.contact_id === undefined && attributes !== undefined) {
					const contact =
						findContact(attributes) ??
						newContact({
							full_name: attributes.full_name ?? '',
							email: attributes.email ?? '',
							phone: attributes.phone ?? '',
						});
					body.contact_id = contact.id;
				}
				const links = checkLinks(body);
				// The match: an open deal of the same contact in the same pipeline.
				const existing = deals
					.all()
					.find(
						(deal) =>
							deal.contact_id === body.contact_id &&
							deal.pipeline_id === links.pipeline_id &&
							deal.status === 'open',
					);
				if (existing !== undefined) {
					return { status: 200, body: deals.update(Number(existing.id), { ...body, ...links }) };
				}
				return { status: 201, body: newDeal(body) };
			})
			.on('GET', at('/deals/:id'), (request) => {
				const deal = deals.get(request.params.id);
				return {
					status: 200,
					body: {
						...deal,
						contact: contacts.rows.get(Number(deal.contact_id)) ?? null,
						stage: stages.rows.get(Number(deal.stage_id)) ?? null,
						pipeline: pipelines.rows.get(Number(deal.pipeline_id)) ?? null,
						deal_assignees: [],
						deal_products: [],
					},
				};
			})
			.on('PUT', at('/deals/:id'), (request) => {
				const deal = deals.get(request.params.id);
				const body = validate(dealUpdateBody, request.body) as Row;
				const links = checkLinks(body, deal);
				return { status: 200, body: deals.update(Number(deal.id), { ...body, ...links }) };
			})
			.on('POST', at('/deals/:id/events'), (request) => {
				const deal = deals.get(request.params.id);
				const body = validate(dealEventBody, request.body) as Row;
				return {
					status: 201,
					body: events.insert({
						deal_id: deal.id,
						contact_id: deal.contact_id,
						from_me: true,
						title: '',
						content: '',
						done: false,
						done_at: null,
						scheduled_at: null,
						custom_attributes: {},
						...body,
					}),
				};
			})
	);
}

/** Rails-style errors: `{errors: {field: [..]}}` for validation, `{errors: [message]}` otherwise. */
export function woofedErrorBody(
	_status: number,
	message: string,
	fields?: Record<string, string[]>,
): unknown {
	return { errors: fields ?? [message] };
}

export function woofedApp(state: State, tokens: Record<string, string>): VendorApp {
	return {
		basePath: '/api/v1',
		router: routes(state),
		errorBody: woofedErrorBody,
		before(request) {
			const token = bearerOf(request);
			if (token === undefined || tokens[token] === undefined) {
				throw new ApiError(401, 'Token ausente ou inválido');
			}
			const account = /^\/accounts\/([^/]+)/.exec(request.path)?.[1];
			if (account !== undefined && account !== tokens[token]) {
				throw new ApiError(404, `Account ${account} not found`);
			}
		},
	};
}

export async function startWoofed(options: WoofedOptions = {}): Promise<Sandbox> {
	const tokens = options.tokens ?? { [WOOFED_DEMO_TOKEN]: WOOFED_DEMO_ACCOUNT };
	const [[token, accountId]] = Object.entries(tokens);
	const server = await listen(
		woofedApp(woofedState(Number(accountId)), tokens),
		options.port,
		options,
	);
	return {
		vendor: 'woofedcrm',
		baseUrl: server.origin,
		credentialType: 'woofedCrmApi',
		credentials: { baseUrl: server.origin, accountId, apiToken: token },
		notes: {
			stages:
				'Vendas: 1 Novo lead, 2 Qualificado, 3 Proposta enviada, 4 Fechamento; Pós-venda: 5, 6',
			contacts: '1 Tim Maia, 2 Padaria Pão Bom',
		},
		stop: server.stop,
	};
}
