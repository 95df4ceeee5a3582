import { request as httpRequest } from 'node:http';

import { z } from 'zod';

import {
	contactBody,
	dealCreateBody,
	dealEventBody,
	dealUpdateBody,
	dealUpsertBody,
	searchQueryString,
} from './contracts/woofedcrm';
import { ApiError, bearerOf, listen, now, pageOf, Router, validate } from './http';
import type { SandboxRequest, SandboxResponse, VendorApp } from './http';
import { ransack, ransackSort, SearchRefused } from './ransack';
import type { Sandbox, StartOptions } from './types';

/**
 * WoofedCRM. Sources, cited on each rule:
 * - DOC: vendor-docs/woofedcrm-deals.txt (deals), by heading;
 * - CONTACTS / EVENTS / STRUCTURE / WEBHOOKS: WoofedCRM's public docs (Woofed-CRM/docs,
 *   docs/Developer Guides/Api/endpoints/contacts.md, deal-events.md, api-structure.md,
 *   docs/Developer Guides/Webhooks.md);
 * - SERVER: WoofedCRM's server source (douglara/woofed-crm), by file.
 * Where they disagree or are silent, `WoofedOptions` holds a switch.
 */

export const WOOFED_DEMO_TOKEN = 'eyJhbGciOiJIUzI1NiJ9.eyJ1c2VyX2lkIjoxfQ.sandbox-demo-token';
export const WOOFED_DEMO_ACCOUNT = '1';
/** DOC "Buscar negócios" Body: `{query: {...}}`. */
const searchEnvelope = z.object({ query: z.record(z.string(), z.unknown()).optional() }).strict();

/** pagy's page size on WoofedCRM (DOC "Buscar negócios": pagination; pagy's default of 10 items). */
const WOOFED_PAGE_SIZE = 10;

/** Fields DOC "Buscar negócios" shows in its query body. */
const DEAL_SEARCH_DOCUMENTED = [
	'id',
	'name',
	'status',
	'stage_id',
	'pipeline_id',
	'contact_id',
	'created_at',
	'updated_at',
];
/** SERVER app/models/contact.rb: Contact.ransackable_attributes. */
const CONTACT_SEARCHABLE = [
	'additional_attributes',
	'app_id',
	'app_type',
	'created_at',
	'custom_attributes',
	'email',
	'full_name',
	'id',
	'phone',
	'updated_at',
];

interface WoofedOptions extends StartOptions {
	/** Tokens the instance accepts (default: the demo token). SERVER internal_controller.rb decodes the user's JWT; no account check. */
	tokens?: string[];
	/**
	 * Deal fields the search allows. 'documented' (default): those DOC "Buscar negócios" shows.
	 * 'none': SERVER app/models/deal.rb in the versions read, `ransackable_attributes` is `%w[]`,
	 * so every deal field is refused with 422.
	 */
	dealSearch?: 'documented' | 'none';
	/**
	 * What `contact_attributes` on a deal upsert does. 'documented' (default): DOC "Upsert de
	 * negócio" — finds or creates the contact; the deal is matched by `contact_id` from the
	 * request, which is absent, so a new deal is created every time. 'ignored': SERVER
	 * deals_controller.rb permits only `contacts_attributes`, so Rails drops it and the deal has
	 * no contact (422).
	 */
	dealUpsertContactAttributes?: 'documented' | 'ignored';
	/** Webhook URLs registered at start (WEBHOOKS: "configure a webhook"; in WoofedCRM, Settings → Webhooks). */
	webhooks?: string[];
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

	/** Updates the row and returns it with what changed, as Rails' previous_changes. */
	update(id: number, fields: Row): { row: Row; changes: Changes } {
		const row = this.get(id);
		const changes: Changes = [];
		for (const [key, value] of Object.entries(fields)) {
			if (JSON.stringify(row[key]) !== JSON.stringify(value)) {
				changes.push({ [key]: { previous_value: row[key] ?? null, current_value: value } });
			}
		}
		Object.assign(row, fields);
		if (changes.length > 0) {
			const stamp = now();
			changes.push({ updated_at: { previous_value: row.updated_at, current_value: stamp } });
			row.updated_at = stamp;
		}
		return { row, changes };
	}

	delete(id: number): void {
		this.get(id);
		this.rows.delete(id);
	}

	all(): Row[] {
		return [...this.rows.values()];
	}
}

/** WEBHOOKS "changed_attributes": `[{field: {previous_value, current_value}}]`. */
type Changes = Array<Record<string, { previous_value: unknown; current_value: unknown }>>;

const createdChanges = (row: Row): Changes =>
	Object.entries(row).map(([key, value]) => ({
		[key]: { previous_value: null, current_value: value },
	}));

/** A pagy page of `rows`: `{data, pagination}` with `next` null on the last page (DOC "Buscar negócios"). */
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
	// STRUCTURE "Error handling": {errors: {field: [message]}}.
	return new ApiError(422, `${field} ${message}`, { [field]: [message] });
}

// SERVER app/use_cases/accounts/contacts/get_by_params.rb: the phone with only "+" and digits,
// and Brazilian numbers with and without the 9th digit after "+55" and the area code.
const sanitizedPhone = (phone: string) => `+${phone.replace(/\D/g, '')}`;
function phoneWithNinthDigit(phone: string): string {
	const clean = sanitizedPhone(phone);
	return clean.length >= 14 ? clean : `${clean.slice(0, 5)}9${clean.slice(5)}`;
}
function phoneWithoutNinthDigit(phone: string): string {
	const clean = sanitizedPhone(phone);
	return clean.length === 13 ? clean : `${clean.slice(0, 5)}${clean.slice(6)}`;
}
/** SQL `ILIKE '%needle%'`: a case-insensitive substring. */
const ilikeContains = (value: unknown, needle: string) =>
	String(value ?? '')
		.toLowerCase()
		.includes(needle.toLowerCase());

function woofedState(accountId = Number(WOOFED_DEMO_ACCOUNT)) {
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
	// CONTACTS "Create contact" response: every key a contact carries.
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
	// DOC "Criar negócio" response: every key a deal carries.
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

/** The registered webhook URLs and their delivery, as SERVER app/workers/webhook_worker.rb does it. */
class WebhookOutbox {
	readonly urls = new Set<string>();
	private pending: Array<Promise<void>> = [];

	constructor(urls: string[] = []) {
		urls.forEach((url) => this.urls.add(url));
	}

	/**
	 * SERVER app/listeners/webhook_listener.rb: every registered webhook gets `{event, data}`
	 * as a JSON POST with only `Content-Type: application/json` (no signature), after the
	 * commit (a background job, so after the API has answered).
	 */
	emit(event: string, data: Row): void {
		const text = JSON.stringify({ event, data });
		for (const url of this.urls) {
			this.pending.push(
				new Promise<void>((resolve) => {
					const target = new URL(url);
					const sent = httpRequest(
						target,
						{
							method: 'POST',
							headers: {
								'content-type': 'application/json',
								'content-length': String(Buffer.byteLength(text)),
							},
						},
						(response) => {
							response.resume();
							response.on('end', () => resolve());
						},
					);
					// A receiver that is down loses the event, as a failed job would.
					sent.on('error', () => resolve());
					sent.end(text);
				}),
			);
		}
	}

	/** Resolves once every delivery sent so far has been answered (for tests). */
	async flush(): Promise<void> {
		const pending = this.pending;
		this.pending = [];
		await Promise.all(pending);
	}
}

function routes(state: State, options: WoofedOptions, outbox: WebhookOutbox): Router {
	const { pipelines, stages, contacts, deals, events, newContact, newDeal } = state;
	const at = (path: string) => `/accounts/:account${path}`;
	const dealSearchable = options.dealSearch === 'none' ? [] : DEAL_SEARCH_DOCUMENTED;

	// WEBHOOKS "Deal created": the deal with its contact; SERVER webhook_listener.rb: a contact
	// comes with its deals, an event with its deal and contact.
	const dealPayload = (deal: Row, changes: Changes | null) => ({
		...deal,
		contact: contacts.rows.get(Number(deal.contact_id)) ?? null,
		changed_attributes: changes,
	});
	const contactPayload = (contact: Row, changes: Changes | null) => ({
		...contact,
		deals: deals.all().filter((deal) => deal.contact_id === contact.id),
		changed_attributes: changes,
	});
	const createdDeal = (fields: Row) => {
		const deal = newDeal(fields);
		outbox.emit('deal_created', dealPayload(deal, createdChanges(deal)));
		return deal;
	};
	const updatedDeal = (id: number, fields: Row) => {
		const { row, changes } = deals.update(id, fields);
		if (changes.length > 0) outbox.emit('deal_updated', dealPayload(row, changes));
		return row;
	};
	const createdContact = (fields: Row) => {
		const contact = newContact(fields);
		outbox.emit('contact_created', contactPayload(contact, createdChanges(contact)));
		return contact;
	};
	const updatedContact = (id: number, fields: Row) => {
		const { row, changes } = contacts.update(id, fields);
		if (changes.length > 0) outbox.emit('contact_updated', contactPayload(row, changes));
		return row;
	};

	/** stage_id / pipeline_id / contact_id of a deal body, checked against the account's data. */
	const checkLinks = (body: Row, current?: Row): Row => {
		const fixed: Row = {};
		if (body.stage_id !== undefined || body.pipeline_id !== undefined) {
			const pipelineOnly = body.stage_id === undefined && current === undefined;
			// SERVER app/models/deal.rb before_validation: no stage but a pipeline → its first stage.
			const stageId = pipelineOnly
				? stages
						.all()
						.filter((stage) => stage.pipeline_id === body.pipeline_id)
						.sort((a, b) => Number(a.position) - Number(b.position))[0]?.id
				: (body.stage_id ?? current?.stage_id);
			const stage = stages.rows.get(Number(stageId));
			if (stage === undefined) throw fieldError('stage_id', 'must exist');
			// DOC "Estrutura do recurso": pipeline_id "Deve corresponder ao pipeline do stage_id".
			if (body.pipeline_id !== undefined && body.pipeline_id !== stage.pipeline_id) {
				throw fieldError('pipeline_id', "does not match the stage's pipeline");
			}
			fixed.stage_id = stage.id;
			fixed.pipeline_id = stage.pipeline_id;
		}
		if (body.contact_id !== undefined && !contacts.rows.has(Number(body.contact_id))) {
			throw fieldError('contact_id', 'must exist');
		}
		return fixed;
	};

	/**
	 * SERVER app/use_cases/accounts/contacts/get_by_params.rb: the first contact (by id) whose
	 * e-mail contains the e-mail sent, or whose phone contains the phone sent or one of its
	 * 9th-digit variants — case-insensitive substrings, OR'd.
	 */
	const findContact = (attributes: Row): Row | undefined => {
		const email = typeof attributes.email === 'string' ? attributes.email.trim() : '';
		const phone = typeof attributes.phone === 'string' ? attributes.phone.trim() : '';
		if (email === '' && phone === '') return undefined;
		const phones =
			phone === ''
				? []
				: [phone, sanitizedPhone(phone), phoneWithNinthDigit(phone), phoneWithoutNinthDigit(phone)];
		return contacts
			.all()
			.sort((a, b) => Number(a.id) - Number(b.id))
			.find(
				(contact) =>
					(email !== '' && ilikeContains(contact.email, email)) ||
					phones.some((variant) => ilikeContains(contact.phone, variant)),
			);
	};

	/** CONTACTS "Create contact": label_list goes in as one comma-separated text, comes back as an array. */
	const contactFields = (body: Row): Row => {
		const { label_list: labels, ...rest } = body;
		if (typeof labels !== 'string') return rest;
		return {
			...rest,
			label_list: labels
				.split(',')
				.map((label) => label.trim())
				.filter((label) => label !== ''),
		};
	};

	/**
	 * DOC "Buscar negócios" / CONTACTS "Search contacts"; SERVER contacts_controller.rb#search:
	 * a refused query is 422 `{errors: "Invalid search parameters", details}`.
	 */
	const search = (rows: Row[], searchable: string[]) => (request: SandboxRequest) => {
		// The query's keys are checked as the server checks them (Ransack's messages below), not
		// by the contract's pattern, so that a refused key gets the server's answer.
		const body = request.method === 'GET' ? { query: {} } : validate(searchEnvelope, request.body);
		const { s: sort, ...query } = (body.query ?? {}) as Row;
		try {
			const found = ransack(rows, query, searchable);
			return pagy(ransackSort(found, sort, searchable), request);
		} catch (error) {
			if (!(error instanceof SearchRefused)) throw error;
			return {
				status: 422,
				body: { errors: 'Invalid search parameters', details: error.message },
			};
		}
	};

	return (
		new Router()
			// SERVER app/controllers/api/v1/accounts/pipelines_controller.rb (not in the API docs).
			.on('GET', at('/pipelines'), () => ({
				status: 200,
				body: {
					data: pipelines.all().map((pipeline) => ({
						...pipeline,
						stages: stages.all().filter((stage) => stage.pipeline_id === pipeline.id),
					})),
				},
			}))
			// CONTACTS "Create contact": 201 with the contact.
			.on('POST', at('/contacts'), (request) => {
				const body = validate(contactBody, request.body) as Row;
				return { status: 201, body: createdContact(contactFields(body)) };
			})
			// CONTACTS "Upsert contact": 200 (updated) or 201 (created).
			.on('POST', at('/contacts/upsert'), (request) => {
				const body = contactFields(validate(contactBody, request.body) as Row);
				const found = findContact(body);
				if (found !== undefined) {
					return { status: 200, body: updatedContact(Number(found.id), body) };
				}
				return { status: 201, body: createdContact(body) };
			})
			.on('POST', at('/contacts/search'), (request) =>
				search(contacts.all(), CONTACT_SEARCHABLE)(request),
			)
			// SERVER config/routes.rb: contacts search `via: %i[get post]` (the credential test uses GET).
			.on('GET', at('/contacts/search'), (request) =>
				search(contacts.all(), CONTACT_SEARCHABLE)(request),
			)
			// CONTACTS "Get contact": the contact with its deals and events.
			.on('GET', at('/contacts/:id'), (request) => {
				const contact = contacts.get(request.params.id);
				return {
					status: 200,
					body: {
						...contact,
						deals: deals.all().filter((deal) => deal.contact_id === contact.id),
						events: events.all().filter((event) => event.contact_id === contact.id),
					},
				};
			})
			// CONTACTS "Delete contact": 204, no body; SERVER app/models/contact.rb: deals dependent: :destroy.
			.on('DELETE', at('/contacts/:id'), (request) => {
				const contact = contacts.get(request.params.id);
				for (const deal of deals.all()) {
					if (deal.contact_id === contact.id) deals.delete(Number(deal.id));
				}
				contacts.delete(Number(contact.id));
				return { status: 204 };
			})
			// DOC "Criar negócio": 201 with the deal.
			.on('POST', at('/deals'), (request) => {
				const body = validate(dealCreateBody, request.body) as Row;
				return { status: 201, body: createdDeal({ ...body, ...checkLinks(body) }) };
			})
			.on('POST', at('/deals/search'), (request) => search(deals.all(), dealSearchable)(request))
			// DOC "Upsert de negócio": 200 (updated) or 201 (created).
			.on('POST', at('/deals/upsert'), (request) => {
				const { contact_attributes: attributes, ...body } = validate(
					dealUpsertBody,
					request.body,
				) as Row & { contact_attributes?: Row };
				// SERVER deals_controller.rb#upsert: `Deal.where(contact_id: params['contact_id']).first`
				// — the first deal of the contact sent, whatever its pipeline or status.
				const existing =
					body.contact_id === undefined
						? undefined
						: deals
								.all()
								.sort((a, b) => Number(a.id) - Number(b.id))
								.find((deal) => deal.contact_id === body.contact_id);
				if (existing !== undefined) {
					const links = checkLinks(body, existing);
					return { status: 200, body: updatedDeal(Number(existing.id), { ...body, ...links }) };
				}
				if (body.contact_id === undefined && attributes !== undefined) {
					if (options.dealUpsertContactAttributes === 'ignored') {
						throw fieldError('contact', 'must exist');
					}
					const contact =
						findContact(attributes) ??
						createdContact({
							full_name: attributes.full_name ?? '',
							email: attributes.email ?? '',
							phone: attributes.phone ?? '',
						});
					body.contact_id = contact.id;
				}
				const links = checkLinks(body);
				if (links.stage_id === undefined) throw fieldError('stage_id', 'must exist');
				return { status: 201, body: createdDeal({ ...body, ...links }) };
			})
			// DOC "Obter negócio": the deal with contact, stage, pipeline, deal_assignees, deal_products.
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
			// DOC "Atualizar negócio": omitted fields are not modified.
			.on('PUT', at('/deals/:id'), (request) => {
				const deal = deals.get(request.params.id);
				const body = validate(dealUpdateBody, request.body) as Row;
				const links = checkLinks(body, deal);
				return { status: 200, body: updatedDeal(Number(deal.id), { ...body, ...links }) };
			})
			// EVENTS: 201 with the event; from_me true, contact of the deal.
			.on('POST', at('/deals/:id/events'), (request) => {
				const deal = deals.get(request.params.id);
				const body = validate(dealEventBody, request.body) as Row;
				const sendNow = body.send_now === true;
				const event = events.insert({
					deal_id: deal.id,
					contact_id: deal.contact_id,
					app_type: null,
					app_id: null,
					scheduled_at: null,
					done_at: sendNow ? now() : null,
					from_me: true,
					status: null,
					custom_attributes: {},
					additional_attributes: {},
					title: '',
					auto_done: sendNow,
					done: sendNow,
					send_now: null,
					files: [],
					files_events: [],
					invalid_files: null,
					content: '',
					...body,
				});
				outbox.emit('event_created', {
					...event,
					deal,
					contact: contacts.rows.get(Number(deal.contact_id)) ?? null,
					changed_attributes: createdChanges(event),
				});
				return { status: 201, body: event };
			})
			// Not WoofedCRM's API: stands in for its Settings → Webhooks page, so tests and the
			// demo can register the URL a receiver listens on.
			.on('GET', '/sandbox/webhooks', () => ({ status: 200, body: { urls: [...outbox.urls] } }))
			.on('POST', '/sandbox/webhooks', (request) => {
				const url = String((request.body as Row | undefined)?.url ?? '');
				if (!/^https?:\/\//.test(url)) throw fieldError('url', 'is invalid');
				outbox.urls.add(url);
				return { status: 201, body: { urls: [...outbox.urls] } };
			})
			.on('DELETE', '/sandbox/webhooks', (request) => {
				outbox.urls.delete(String((request.body as Row | undefined)?.url ?? ''));
				return { status: 200, body: { urls: [...outbox.urls] } };
			})
	);
}

/** Rails-style errors: `{errors: {field: [..]}}` for validation, `{errors: [message]}` otherwise. */
function woofedErrorBody(
	_status: number,
	message: string,
	fields?: Record<string, string[]>,
): unknown {
	return { errors: fields ?? [message] };
}

function woofedApp(
	state: State,
	tokens: string[],
	options: WoofedOptions = {},
	outbox = new WebhookOutbox(options.webhooks),
): VendorApp {
	return {
		basePath: '/api/v1',
		router: routes(state, options, outbox),
		errorBody: woofedErrorBody,
		before(request) {
			if (request.path.startsWith('/sandbox/')) return;
			// DOC "Possíveis erros": 401 "Token ausente ou inválido". SERVER
			// app/controllers/api/v1/internal_controller.rb checks the token only: the account in
			// the path is not compared with the token's.
			const token = bearerOf(request);
			if (token === undefined || !tokens.includes(token)) {
				throw new ApiError(401, 'Token ausente ou inválido');
			}
		},
	};
}

export interface WoofedSandbox extends Sandbox {
	/** Deliveries to the registered webhook URLs. */
	webhooks: WebhookOutbox;
}

export async function startWoofed(options: WoofedOptions = {}): Promise<WoofedSandbox> {
	const tokens = options.tokens ?? [WOOFED_DEMO_TOKEN];
	const accountId = WOOFED_DEMO_ACCOUNT;
	const outbox = new WebhookOutbox(options.webhooks);
	const server = await listen(
		woofedApp(woofedState(Number(accountId)), tokens, options, outbox),
		options.port,
		options,
	);
	return {
		vendor: 'woofedcrm',
		baseUrl: server.origin,
		credentialType: 'woofedCrmApi',
		credentials: { baseUrl: server.origin, accountId, apiToken: tokens[0] },
		notes: {
			stages:
				'Vendas: 1 Novo lead, 2 Qualificado, 3 Proposta enviada, 4 Fechamento; Pós-venda: 5, 6',
			contacts: '1 Tim Maia, 2 Padaria Pão Bom',
			webhooks: `register a receiver with POST ${server.origin}/api/v1/sandbox/webhooks {"url": …}`,
		},
		webhooks: outbox,
		stop: server.stop,
	};
}
