import '../harness/mock-sleep';

import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import nock from 'nock';
import type { IDataObject } from 'n8n-workflow';

import { HivestrApi } from '../../credentials/HivestrApi.credentials';
import { Hivestr } from '../../nodes/Hivestr/Hivestr.node';
import { vendorKit } from '../harness/vendor-kit';
import {
	HIVESTR_KEY,
	HIVESTR_ORIGIN,
	HIVESTR_SECRET,
	bodiesSeen,
	hivestrApi,
	queriesSeen,
	runHivestr,
	tokenExchange,
} from '../hivestr/hivestr-harness';

/**
 * hivestr.txt's own examples (test/fixtures/vendor-docs/hivestr.json, verbatim with their
 * lines) replayed through the node: each documented answer through the operation that calls
 * that endpoint (the item succeeds with the documented record, or fails with the status and
 * the document's words), and each documented request: the node, given the values a user
 * would type, sends the same body or query.
 */

interface Example {
	id: string;
	line: number;
	kind: 'request' | 'query' | 'response' | 'error' | 'flow-request' | 'flow-query';
	method: string;
	path: string;
	text: string;
	status?: number;
}

const fixture = JSON.parse(
	readFileSync(join(__dirname, '../fixtures/vendor-docs/hivestr.json'), 'utf8'),
) as { examples: Example[] };
const examples = new Map(fixture.examples.map((example) => [example.id, example]));
const replayed = new Set<string>();

/** The document's JSON with its `// …` comments taken out (they run up to the next key or bracket). */
function documentJson(text: string): IDataObject {
	let json = '';
	let inString = false;
	for (let index = 0; index < text.length; index++) {
		const char = text[index];
		if (inString) {
			json += char;
			if (char === '\\') json += text[++index];
			else if (char === '"') inString = false;
		} else if (char === '"') {
			inString = true;
			json += char;
		} else if (char === '/' && text[index + 1] === '/') {
			const rest = text.slice(index);
			const next = /"[^"]*"\s*:|[{}[\]]/.exec(rest);
			index += (next?.index ?? rest.length) - 1;
		} else {
			json += char;
		}
	}
	return JSON.parse(json) as IDataObject;
}

/** A documented query string (one parameter a line, each with its `// …` comment). */
function documentQuery(text: string): IDataObject {
	const query = text
		.split('\n')
		.map((line) => line.replace(/\s*\/\/.*$/, '').trim())
		.join('');
	return Object.fromEntries(new URLSearchParams(query.replace(/^\?/, '')));
}

/** A JavaScript object literal of the integration flow, evaluated with the flow's variables. */
function flowLiteral(text: string, scope: IDataObject = {}): IDataObject {
	const names = Object.keys(scope);
	// eslint-disable-next-line @typescript-eslint/no-implied-eval
	const build = new Function(...names, `return (${text});`) as (
		...values: unknown[]
	) => IDataObject;
	return build(...names.map((name) => scope[name]));
}

function example(id: string): Example {
	const found = examples.get(id);
	if (found === undefined) throw new Error(`No example ${id} in the fixture`);
	return found;
}

/** Nulls mean "not set" in the document's examples; a user cannot type one, the node leaves it out. */
function withoutNulls(value: unknown): unknown {
	if (Array.isArray(value)) return value.map(withoutNulls);
	if (typeof value !== 'object' || value === null) return value;
	return Object.fromEntries(
		Object.entries(value)
			.filter(([, entry]) => entry !== null)
			.map(([key, entry]) => [key, withoutNulls(entry)]),
	);
}

const rl = (value: unknown) => ({ __rl: true, mode: 'id', value });
/** A form row of items as n8n fills it: every field with its default unless set. */
const calculationRow = (item: IDataObject) => ({
	schedule_id: '',
	quantity: 0,
	face_orientation: '',
	is_bonus: false,
	...item,
});
const page = (data: IDataObject[]) => ({
	success: true,
	data,
	pagination: { page: 1, limit: 100, total: data.length, total_pages: 1 },
});

/** Runs the node; the body (or query) it sends to `method path` is returned with its output. */
async function sent(
	method: 'post' | 'put' | 'patch' | 'get',
	path: string,
	parameters: IDataObject,
	answer: unknown = { success: true, data: { id: 'x' } },
) {
	tokenExchange();
	const bodies = bodiesSeen();
	const queries = queriesSeen();
	const scope = hivestrApi();
	const interceptor =
		method === 'get' ? scope.get(path).query(queries.match) : scope[method](path, bodies.match);
	interceptor.reply(200, answer as nock.Body);
	const result = await runHivestr(parameters);
	expect(result.error).toBeUndefined();
	return { body: bodies.bodies[0], query: queries.queries[0], output: result.output('Hivestr') };
}

/** Answers `method path` with a documented response and runs the node. */
async function answered(
	method: 'post' | 'put' | 'get',
	path: string,
	parameters: IDataObject,
	response: IDataObject,
) {
	tokenExchange();
	hivestrApi()[method](path).query(true).reply(200, response);
	const result = await runHivestr(parameters);
	expect(result.error).toBeUndefined();
	return result.output('Hivestr');
}

const API = '/api/v1/public';

afterEach(() => nock.cleanAll());
afterAll(() => {
	// eslint-disable-next-line no-console
	console.log(`Hivestr: examples replayed ${replayed.size} / found ${fixture.examples.length}`);
});

describe('Hivestr › the API document’s request examples', () => {
	it('token request (line 14) and response (line 16): the credential sends the documented body and signs with the documented token', async () => {
		const request = documentJson(example('auth.token.request').text);
		const response = documentJson(example('auth.token.response').text);
		const kit = vendorKit({
			nodeName: 'hivestr',
			node: new Hivestr(),
			credentialTypes: [new HivestrApi()],
			credentialType: 'hivestrApi',
			credentialData: {
				apiKey: String(request.api_key),
				apiSecret: String(request.api_secret),
				baseUrl: `${HIVESTR_ORIGIN}/api/v1`,
			},
			origin: HIVESTR_ORIGIN,
		});
		const bodies = bodiesSeen();
		nock(HIVESTR_ORIGIN).post('/api/v1/auth/token', bodies.match).reply(200, response);
		const api = nock(HIVESTR_ORIGIN, {
			reqheaders: { authorization: `Bearer ${String(response.access_token)}` },
		})
			.get(`${API}/clients/c-1`)
			.reply(200, { success: true, data: { id: 'c-1' } });

		const result = await kit
			.harness()
			.runChain(
				[{}],
				[kit.node('Hivestr', { resource: 'client', operation: 'get', clientId: rl('c-1') })],
			);

		expect(result.error).toBeUndefined();
		expect(bodies.bodies).toEqual([request]);
		expect(api.isDone()).toBe(true);
		replayed.add('auth.token.request').add('auth.token.response');
	});

	it('client create (line 48)', async () => {
		const body = documentJson(example('clients.create.request').text);
		const { name, ...additionalFields } = body;
		const { body: seen } = await sent('post', `${API}/clients`, {
			resource: 'client',
			operation: 'create',
			name,
			additionalFields,
		});
		expect(seen).toEqual(body);
		replayed.add('clients.create.request');
	});

	it('client update (line 60)', async () => {
		const body = documentJson(example('clients.update.request').text);
		const { body: seen } = await sent('put', `${API}/clients/c-1`, {
			resource: 'client',
			operation: 'update',
			clientId: rl('c-1'),
			updateFields: body,
		});
		expect(seen).toEqual(body);
		replayed.add('clients.update.request');
	});

	it('proposal calculate (line 67)', async () => {
		const body = documentJson(example('proposals.calculate.request').text);
		const { campaign_start_date: start, campaign_end_date: end, items, ...options } = body;
		const { body: seen } = await sent('post', `${API}/proposals/calculate`, {
			resource: 'proposal',
			operation: 'calculate',
			campaignStartDate: start,
			campaignEndDate: end,
			calculationItems: { item: (items as IDataObject[]).map(calculationRow) },
			calculationOptions: options,
		});
		expect(seen).toEqual(body);
		replayed.add('proposals.calculate.request');
	});

	it('proposal create (line 84), items as JSON', async () => {
		const body = documentJson(example('proposals.create.request').text);
		const { client_id, title, campaign_start_date, campaign_end_date, items, ...rest } = body;
		const { body: seen } = await sent('post', `${API}/proposals`, {
			resource: 'proposal',
			operation: 'create',
			clientId: rl(client_id),
			title,
			campaignStartDate: campaign_start_date,
			campaignEndDate: campaign_end_date,
			itemsSource: 'json',
			itemsJson: JSON.stringify(items),
			additionalFields: withoutNulls(rest) as IDataObject,
		});
		expect(withoutNulls(seen)).toEqual(withoutNulls(body));
		replayed.add('proposals.create.request');
	});

	it('proposal update (line 95), replacing the items', async () => {
		const body = documentJson(example('proposals.update.request').text);
		const { items, ...updateFields } = body;
		const { body: seen } = await sent('put', `${API}/proposals/p-1`, {
			resource: 'proposal',
			operation: 'update',
			proposalId: 'p-1',
			updateFields,
			replaceItems: true,
			replacementSource: 'json',
			replacementItemsJson: JSON.stringify(items),
		});
		expect(seen).toEqual(body);
		replayed.add('proposals.update.request');
	});

	it.each(['pipeline.stage.example', 'pipeline.deals.stage.request'])(
		'card stage move (%s)',
		async (id) => {
			const body = documentJson(example(id).text);
			const { body: seen } = await sent('patch', `${API}/pipeline/deals/d-1/stage`, {
				resource: 'deal',
				operation: 'moveStage',
				dealId: 'd-1',
				pipelineStage: body.pipeline_stage,
			});
			expect(seen).toEqual(body);
			replayed.add(id);
		},
	);

	it('client note (line 140)', async () => {
		const body = documentJson(example('notes.create.request').text);
		const { body: seen } = await sent('post', `${API}/clients/c-1/notes`, {
			resource: 'clientNote',
			operation: 'create',
			clientId: rl('c-1'),
			content: body.content,
			noteType: body.note_type,
		});
		expect(seen).toEqual(body);
		replayed.add('notes.create.request');
	});

	it('card create (line 161)', async () => {
		const body = documentJson(example('pipeline.deals.create.request').text);
		const { client_id, title, ...additionalFields } = body;
		const { body: seen } = await sent('post', `${API}/pipeline/deals`, {
			resource: 'deal',
			operation: 'create',
			clientId: rl(client_id),
			title,
			additionalFields,
		});
		expect(seen).toEqual(body);
		replayed.add('pipeline.deals.create.request');
	});

	it('card update (line 167)', async () => {
		const body = documentJson(example('pipeline.deals.update.request').text);
		const { body: seen } = await sent('patch', `${API}/pipeline/deals/d-1`, {
			resource: 'deal',
			operation: 'update',
			dealId: 'd-1',
			updateFields: body,
		});
		expect(seen).toEqual(body);
		replayed.add('pipeline.deals.update.request');
	});

	it('mark lost (line 183)', async () => {
		const body = documentJson(example('pipeline.deals.markLost.request').text);
		const { body: seen } = await sent('post', `${API}/pipeline/deals/d-1/mark-lost`, {
			resource: 'deal',
			operation: 'markLost',
			dealId: 'd-1',
			reason: body.reason,
		});
		expect(seen).toEqual(body);
		replayed.add('pipeline.deals.markLost.request');
	});

	it('task create (line 194)', async () => {
		const body = documentJson(example('pipeline.tasks.create.request').text);
		const { title, ...additionalFields } = body;
		const { body: seen } = await sent('post', `${API}/pipeline/deals/d-1/tasks`, {
			resource: 'task',
			operation: 'create',
			dealId: 'd-1',
			title,
			additionalFields,
		});
		expect(seen).toEqual(body);
		replayed.add('pipeline.tasks.create.request');
	});

	it('task update (line 198)', async () => {
		const body = documentJson(example('pipeline.tasks.update.request').text);
		const { body: seen } = await sent('patch', `${API}/pipeline/deals/d-1/tasks/t-1`, {
			resource: 'task',
			operation: 'update',
			dealId: 'd-1',
			taskId: 't-1',
			updateFields: body,
		});
		expect(seen).toEqual(body);
		replayed.add('pipeline.tasks.update.request');
	});
});

describe('Hivestr › the API document’s query examples', () => {
	const lists: Array<[string, string, (query: IDataObject) => IDataObject, boolean]> = [
		[
			'inventory.list.query',
			`${API}/inventory/list`,
			({ page: _page, limit, ...filters }) => ({
				resource: 'inventory',
				operation: 'getAll',
				returnAll: false,
				limit: Number(limit),
				filters,
			}),
			false,
		],
		[
			'clients.list.query',
			`${API}/clients`,
			({ page: _page, limit, ...filters }) => ({
				resource: 'client',
				operation: 'getAll',
				returnAll: false,
				limit: Number(limit),
				filters,
			}),
			false,
		],
		[
			'proposals.list.query',
			`${API}/proposals`,
			({ page: _page, limit, client_id, ...filters }) => ({
				resource: 'proposal',
				operation: 'getAll',
				returnAll: false,
				limit: Number(limit),
				filters: { ...filters, client_id: rl(client_id) },
			}),
			false,
		],
		[
			'pipeline.deals.filter.example',
			`${API}/pipeline/deals`,
			(filters) => ({ resource: 'deal', operation: 'getAll', returnAll: true, filters }),
			// The example shows the filter only; the node adds its page and limit.
			true,
		],
		[
			'notes.list.query',
			`${API}/clients/c-1/notes`,
			({ page: _page, limit, ...filters }) => ({
				resource: 'clientNote',
				operation: 'getAll',
				clientId: rl('c-1'),
				returnAll: false,
				limit: Number(limit),
				filters,
			}),
			false,
		],
		[
			'pipeline.deals.list.query',
			`${API}/pipeline/deals`,
			({ page: _page, limit, client_id, ...filters }) => ({
				resource: 'deal',
				operation: 'getAll',
				returnAll: false,
				limit: Number(limit),
				filters: { ...filters, client_id: rl(client_id) },
			}),
			false,
		],
		[
			'pipeline.reminders.query',
			`${API}/pipeline/reminders`,
			(filters) => ({ resource: 'reminder', operation: 'getAll', returnAll: true, filters }),
			false,
		],
		[
			'flow.clients.search',
			`${API}/clients`,
			(filters) => ({
				resource: 'client',
				operation: 'getAll',
				returnAll: false,
				limit: 1,
				filters,
			}),
			true,
		],
	];

	it.each(lists)('%s: the node sends the documented query', async (id, path, parameters, part) => {
		const query = documentQuery(example(id).text);
		const { query: seen } = await sent('get', path, parameters(query), page([]));
		if (part === true) expect(seen).toMatchObject(query);
		else expect(seen).toEqual(query);
		replayed.add(id);
	});
});

describe('Hivestr › the API document’s responses', () => {
	const data = (id: string) => documentJson(example(id).text);

	it.each([
		[
			'inventory.list.response',
			'get',
			`${API}/inventory/list`,
			{ resource: 'inventory', operation: 'getAll', returnAll: true },
		],
		[
			'proposals.list.response',
			'get',
			`${API}/proposals`,
			{ resource: 'proposal', operation: 'getAll', returnAll: true },
		],
		[
			'notes.list.response',
			'get',
			`${API}/clients/c-1/notes`,
			{ resource: 'clientNote', operation: 'getAll', clientId: rl('c-1'), returnAll: true },
		],
		// Page 1 of 3 is shown; one record asked, so one page read.
		[
			'clients.list.response',
			'get',
			`${API}/clients`,
			{ resource: 'client', operation: 'getAll', returnAll: false, limit: 1 },
		],
	] as const)('%s: one item per documented record', async (id, method, path, parameters) => {
		const response = data(id);
		expect(await answered(method, path, parameters, response)).toEqual(response.data);
		replayed.add(id);
	});

	it.each([
		[
			'inventory.get.response',
			'get',
			`${API}/inventory/inv-1`,
			{ resource: 'inventory', operation: 'get', inventoryId: 'inv-1' },
		],
		[
			'clients.get.response',
			'get',
			`${API}/clients/c-1`,
			{ resource: 'client', operation: 'get', clientId: rl('c-1') },
		],
		[
			'clients.update.response',
			'put',
			`${API}/clients/c-1`,
			{
				resource: 'client',
				operation: 'update',
				clientId: rl('c-1'),
				updateFields: { name: 'João Silva Santos' },
			},
		],
		[
			'proposals.get.response',
			'get',
			`${API}/proposals/p-1`,
			{ resource: 'proposal', operation: 'get', proposalId: 'p-1' },
		],
		[
			'proposals.update.response',
			'put',
			`${API}/proposals/p-1`,
			{
				resource: 'proposal',
				operation: 'update',
				proposalId: 'p-1',
				updateFields: { title: 'Novo Título' },
			},
		],
		[
			'proposals.calculate.response',
			'post',
			`${API}/proposals/calculate`,
			{
				resource: 'proposal',
				operation: 'calculate',
				campaignStartDate: '2024-01-15',
				campaignEndDate: '2024-01-29',
				calculationItems: { item: [calculationRow({ vehicle_id: 'uuid-dooh-1' })] },
			},
		],
		[
			'proposals.create.response',
			'post',
			`${API}/proposals`,
			{
				resource: 'proposal',
				operation: 'create',
				clientId: rl('uuid-cliente'),
				title: 'Campanha Verão 2024',
				campaignStartDate: '2024-01-15',
				campaignEndDate: '2024-01-29',
				itemsSource: 'json',
				itemsJson:
					'[{"vehicle_id": "uuid-dooh-1", "quantity": 1, "unit_price": 500000, "final_price": 250005}]',
			},
		],
	] as const)('%s: the documented record', async (id, method, path, parameters) => {
		const response = data(id);
		expect(await answered(method, path, parameters, response)).toEqual([response.data]);
		replayed.add(id);
	});

	it('clients.create.response (line 50): the client with the card Hivestr opened (pipeline_deal)', async () => {
		const response = data('clients.create.response');
		const output = await answered(
			'post',
			`${API}/clients`,
			{ resource: 'client', operation: 'create', name: 'João Silva' },
			response,
		);
		expect(output).toEqual([
			{ ...(response.data as IDataObject), pipeline_deal: response.pipeline_deal },
		]);
		replayed.add('clients.create.response');
	});

	it('pipeline.deals.tasksSummary (line 150): a card keeps its tasks_summary', async () => {
		const card = { id: 'uuid-card', ...data('pipeline.deals.tasksSummary') };
		const output = await answered(
			'get',
			`${API}/pipeline/deals`,
			{ resource: 'deal', operation: 'getAll', returnAll: true },
			page([card]),
		);
		expect(output).toEqual([card]);
		replayed.add('pipeline.deals.tasksSummary');
	});

	it('pipeline.reminders.response (line 156): each reminder, with count and overdue_count kept', async () => {
		const response = data('pipeline.reminders.response');
		const output = await answered(
			'get',
			`${API}/pipeline/reminders`,
			{ resource: 'reminder', operation: 'getAll', returnAll: true },
			response,
		);
		expect(output).toEqual(
			(response.data as IDataObject[]).map((reminder) => ({
				count: 2,
				overdue_count: 1,
				...reminder,
			})),
		);
		replayed.add('pipeline.reminders.response');
	});

	it.each(['errors.401', 'errors.403', 'errors.404', 'errors.429', 'errors.500'])(
		'%s (line 249): the item fails with the status and the document’s advice',
		async (id) => {
			const { status, method, text } = example(id);
			const advice = text.replace(/^\d{3}: /, '');
			nock(HIVESTR_ORIGIN)
				.post('/api/v1/auth/token')
				.times(2)
				.reply(200, { access_token: 'jwt', token_type: 'Bearer', expires_in: 3600 });
			const api = nock(HIVESTR_ORIGIN).persist();
			const write = method === 'POST';
			(write ? api.post(`${API}/clients`) : api.get(`${API}/clients/c-1`)).reply(status ?? 0);

			const result = await runHivestr(
				write
					? { resource: 'client', operation: 'create', name: 'João' }
					: { resource: 'client', operation: 'get', clientId: rl('c-1') },
			);

			// The shared core may fail a 429 itself once the wait it allows is used up.
			if (status === 429 && /rate limit/i.test(result.error?.message ?? '')) {
				expect(result.error?.message).toMatch(/^Hivestr's rate limit/);
			} else {
				expect(result.error?.message).toBe(`Hivestr answered with HTTP ${String(status)}`);
				expect((result.error as { httpCode?: string }).httpCode).toBe(String(status));
			}
			expect(result.error?.description).toContain(
				`Hivestr's API docs for ${String(status)}: "${advice}".`,
			);
			replayed.add(id);
		},
	);
});

describe('Hivestr › the document’s integration flow (line 230)', () => {
	const calcData = () => documentJson(example('proposals.calculate.response').text);

	it('its token request is what the credential sends', async () => {
		const body = flowLiteral(example('flow.token').text, {
			process: { env: { API_KEY: HIVESTR_KEY, API_SECRET: HIVESTR_SECRET } },
		});
		const bodies = bodiesSeen();
		nock(HIVESTR_ORIGIN)
			.post('/api/v1/auth/token', bodies.match)
			.reply(200, { access_token: 'jwt-token-1' });
		hivestrApi()
			.get(`${API}/clients/c-1`)
			.reply(200, { success: true, data: { id: 'c-1' } });

		const result = await runHivestr({ resource: 'client', operation: 'get', clientId: rl('c-1') });

		expect(result.error).toBeUndefined();
		expect(bodies.bodies).toEqual([body]);
		replayed.add('flow.token');
	});

	const writes: Array<
		[string, 'post' | 'put' | 'patch', string, (body: IDataObject) => IDataObject]
	> = [
		[
			'flow.clients.create',
			'post',
			`${API}/clients`,
			({ name, ...additionalFields }) => ({
				resource: 'client',
				operation: 'create',
				name,
				additionalFields,
			}),
		],
		[
			'flow.deals.update',
			'patch',
			`${API}/pipeline/deals/deal-1`,
			(updateFields) => ({ resource: 'deal', operation: 'update', dealId: 'deal-1', updateFields }),
		],
		[
			'flow.notes.create',
			'post',
			`${API}/clients/c-1/notes`,
			({ content, note_type }) => ({
				resource: 'clientNote',
				operation: 'create',
				clientId: rl('c-1'),
				content,
				noteType: note_type,
			}),
		],
		[
			'flow.deals.create',
			'post',
			`${API}/pipeline/deals`,
			({ client_id, title, ...additionalFields }) => ({
				resource: 'deal',
				operation: 'create',
				clientId: rl(client_id),
				title,
				additionalFields,
			}),
		],
		[
			'flow.tasks.create',
			'post',
			`${API}/pipeline/deals/deal-1/tasks`,
			({ title, ...additionalFields }) => ({
				resource: 'task',
				operation: 'create',
				dealId: 'deal-1',
				title,
				additionalFields,
			}),
		],
		[
			'flow.proposals.send',
			'put',
			`${API}/proposals/p-1`,
			(updateFields) => ({
				resource: 'proposal',
				operation: 'update',
				proposalId: 'p-1',
				updateFields,
			}),
		],
	];

	it.each(writes)('%s: the node sends the same body', async (id, method, path, parameters) => {
		const body = flowLiteral(example(id).text, { clientId: 'c-1', dealId: 'deal-1' });
		const { body: seen } = await sent(method, path, parameters(body));
		expect(seen).toEqual(body);
		replayed.add(id);
	});

	it('flow.proposals.calculate: the same body (is_bonus: false, the documented default, is sent by the form)', async () => {
		const body = flowLiteral(example('flow.proposals.calculate').text);
		const { body: seen } = await sent('post', `${API}/proposals/calculate`, {
			resource: 'proposal',
			operation: 'calculate',
			campaignStartDate: body.campaign_start_date,
			campaignEndDate: body.campaign_end_date,
			calculationItems: { item: (body.items as IDataObject[]).map(calculationRow) },
		});
		expect(seen).toEqual({
			...body,
			items: (body.items as IDataObject[]).map((item) => ({ ...item, is_bonus: false })),
		});
		replayed.add('flow.proposals.calculate');
	});

	it('flow.proposals.create: the calculated items given as they are; the node sends the fields the create body documents', async () => {
		const body = flowLiteral(example('flow.proposals.create').text, {
			clientId: 'c-1',
			calcData: calcData(),
		});
		const { client_id, title, campaign_start_date, campaign_end_date, items } = body;
		const { body: seen } = await sent('post', `${API}/proposals`, {
			resource: 'proposal',
			operation: 'create',
			clientId: rl(client_id),
			title,
			campaignStartDate: campaign_start_date,
			campaignEndDate: campaign_end_date,
			itemsSource: 'json',
			itemsJson: JSON.stringify(items),
		});
		const documented = [
			'vehicle_id',
			'schedule_id',
			'quantity',
			'unit_price',
			'discount_percentage',
			'discount_value',
			'final_price',
			'is_bonus',
			'notes',
			'screen_quantity',
			'face_details',
		];
		expect(seen).toEqual({
			...body,
			items: (items as IDataObject[]).map((item) =>
				Object.fromEntries(Object.entries(item).filter(([key]) => documented.includes(key))),
			),
		});
		replayed.add('flow.proposals.create');
	});
});

describe('Hivestr › replay coverage', () => {
	it('every example of the document is replayed', () => {
		const missing = fixture.examples.map(({ id }) => id).filter((id) => !replayed.has(id));
		expect(missing).toEqual([]);
	});
});
