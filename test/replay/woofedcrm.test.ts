import { WoofedCrmApi } from '../../credentials/WoofedCrmApi.credentials';
import { WoofedCrm } from '../../nodes/WoofedCrm/WoofedCrm.node';
import fixture from '../fixtures/vendor-docs/woofedcrm.json';
import {
	dealCreateBody,
	dealUpdateBody,
	dealUpsertBody,
	deal,
	searchBody,
	searchPage,
} from '../../sandbox/contracts/woofedcrm';
import { bodiesSeen, vendorKit } from '../harness/vendor-kit';
import { replayedExamples, vendorDocumentLines } from './vendor-document';

/**
 * Every request and response example of WoofedCRM's deals document, replayed
 * through the operation that calls that endpoint. The examples are data
 * (test/fixtures/vendor-docs/woofedcrm.json), each with its source lines and the inputs a user
 * types for it; the instance, account and token are the document's own.
 */

interface Example {
	id: string;
	kind: 'request' | 'response' | 'error';
	lines: number[];
	verbatim: string;
	method: 'GET' | 'POST' | 'PUT';
	path: string;
	status?: number;
	body?: any;
	input: Record<string, unknown>;
}

const examples = fixture.examples as Example[];
const replayed = replayedExamples('WoofedCRM', examples.length);

// "{base_url} = https://app.woofedcrm.com", "{account_id} = 1", "Bearer SEU_TOKEN_AQUI".
const kit = vendorKit({
	nodeName: 'woofedCrm',
	node: new WoofedCrm(),
	credentialTypes: [new WoofedCrmApi()],
	credentialType: 'woofedCrmApi',
	credentialData: {
		baseUrl: 'https://app.woofedcrm.com',
		accountId: '1',
		apiToken: 'SEU_TOKEN_AQUI',
	},
	origin: 'https://app.woofedcrm.com',
	requiredHeaders: { authorization: 'Bearer SEU_TOKEN_AQUI' },
});

const apiPath = (example: Example) => `/api/v1/accounts/1${example.path}`;

async function run(example: Example) {
	return await kit
		.harness()
		.runChain([{}], [kit.node('WoofedCRM', { resource: 'deal', ...example.input })]);
}

/** What the server answers a request example with: a record, or an empty search page. */
function answerTo(example: Example): [number, unknown] {
	if (example.path === '/deals/search') {
		return [200, searchPage(deal).parse({ data: [], pagination: emptyPage })];
	}
	return [example.path === '/deals' ? 201 : 200, { id: 1, ...(example.body ?? {}) }];
}

const emptyPage = {
	page: 1,
	items: 0,
	count: 0,
	pages: 1,
	from: 0,
	last: 1,
	to: 0,
	prev: null,
	next: null,
};

/** The documented contract of each request body. */
const contractOf: Record<string, { parse(body: unknown): unknown }> = {
	'POST /deals': dealCreateBody,
	'POST /deals/search': searchBody,
	'PUT /deals/1': dealUpdateBody,
	'POST /deals/upsert': dealUpsertBody,
};

async function replayRequest(example: Example) {
	const seen = bodiesSeen();
	const [status, answer] = answerTo(example);
	const scope = kit.api();
	const interceptor =
		example.method === 'GET'
			? scope.get(apiPath(example))
			: example.method === 'PUT'
				? scope.put(apiPath(example), seen.match)
				: scope.post(apiPath(example), seen.match);
	const api = (example.path === '/deals/search' ? interceptor.query(true) : interceptor).reply(
		status,
		answer as object,
	);

	const result = await run(example);

	expect(result.error).toBeUndefined();
	expect(api.isDone()).toBe(true);
	if (example.method === 'GET') {
		expect(example.body).toBeUndefined();
		expect(seen.bodies).toEqual([]);
		return;
	}
	// The search adds its sort key (WoofedCRM's search has no order of its own); all else is as documented.
	const expected =
		example.path === '/deals/search'
			? { query: { ...example.body.query, s: 'id asc' } }
			: example.body;
	expect(seen.bodies).toEqual([expected]);
	expect(() => contractOf[`${example.method} ${example.path}`].parse(seen.bodies[0])).not.toThrow();
}

async function replayResponse(example: Example) {
	const scope = kit.api();
	const interceptor =
		example.method === 'GET'
			? scope.get(apiPath(example))
			: example.method === 'PUT'
				? scope.put(apiPath(example))
				: scope.post(apiPath(example));
	const api = (example.path === '/deals/search' ? interceptor.query(true) : interceptor).reply(
		example.status!,
		example.body,
	);

	const result = await run(example);

	expect(result.error).toBeUndefined();
	expect(api.isDone()).toBe(true);
	let expected: unknown[];
	if (example.path === '/deals/search') expected = example.body.data;
	else if (example.path === '/deals/upsert') {
		expected = [{ ...example.body, upsertResult: example.status === 201 ? 'created' : 'updated' }];
	} else expected = [example.body];
	expect(result.output('WoofedCRM')).toEqual(expected);
}

async function replayError(example: Example) {
	const scope = kit.api();
	const interceptor =
		example.method === 'GET'
			? scope.get(apiPath(example))
			: example.method === 'PUT'
				? scope.put(apiPath(example))
				: scope.post(apiPath(example));
	// n8n re-sends a request once after a 401 (the second answer is the same).
	const api = (example.path === '/deals/search' ? interceptor.query(true) : interceptor)
		.times(example.status === 401 ? 2 : 1)
		.reply(example.status!);

	const result = await run(example);

	expect(api.isDone()).toBe(true);
	expect(result.error).toBeDefined();
	expect((result.error as { httpCode?: string }).httpCode).toBe(String(example.status));
}

const replayByKind = { request: replayRequest, response: replayResponse, error: replayError };

describe('WoofedCRM › the document’s own examples, replayed', () => {
	it.each(examples.map((example) => [example.id, example.lines.join('-'), example]))(
		'%s (woofedcrm-deals.txt lines %s)',
		async (id, _lines, example) => {
			await replayByKind[(example as Example).kind](example as Example);
			replayed.add(id as string);
		},
	);

	// The fixtures are checked against the document where it is at hand (../shared/vendor-docs).
	const document = vendorDocumentLines('woofedcrm-deals.txt');
	(document === undefined ? it.skip : it)(
		'every example is verbatim in the document at its lines, and every example there is in the fixture',
		() => {
			const text = document!;
			for (const example of examples) {
				const [first, last] = example.lines;
				const lines = text.slice(first - 1, last).join('\n');
				expect([example.id, lines === example.verbatim]).toEqual([example.id, true]);
			}
			// What the document holds: a Body block, a curl and a response per endpoint (the
			// upsert's response counts twice: "200 OK (atualizado) ou 201 Created (novo)"), and one
			// row per status of each "Possíveis erros" table.
			const bodies = text.filter((line) => line.trim() === 'Body').length;
			const curls = text.filter((line) => line.startsWith('curl ')).length;
			const responses = text
				.filter((line) => line.startsWith('Exemplo de resposta'))
				.reduce((count, line) => count + (line.includes(' ou ') ? 2 : 1), 0);
			const errorRows = text.filter((line) => /^\d{3}\D/.test(line)).length;
			expect(bodies + curls + responses + errorRows).toBe(examples.length);
		},
	);
});
