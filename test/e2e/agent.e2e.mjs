// `npm run test:e2e` (part): the pack's five action nodes as AI Agent tools inside a real n8n.
// An AI Agent with an OpenAI Chat Model whose credential's Base URL points at a scripted
// OpenAI-compatible server of this test's own (scripts/demo/openai-stub.mjs, loopback); each
// vendor's tool variant (`<node>Tool`, what n8n makes of a node `usableAsTool`) is attached with
// fields set to `$fromAI(...)` exactly as the editor's ✨ button writes them. The scripted model
// calls each tool; the call reaches the vendor's sandbox (seen through a recording proxy); the
// result returns to the model (seen in the next request the model server receives). A second
// scenario: a bad date comes back to the model as an error it can correct, and the corrected
// call succeeds. The tool schemas the model received are printed (one per vendor).
import assert from 'node:assert/strict';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import util from 'node:util';
import { after, before, describe, it } from 'node:test';

import {
	ensureN8n,
	ensureNode,
	installTarball,
	n8nInstance,
	nodeOutput,
	packPack,
	startSandboxes,
	tempUserFolder,
} from '../../scripts/demo/lib.mjs';
import {
	answer,
	lastToolResults,
	startOpenAiStub,
	toolCalls,
} from '../../scripts/demo/openai-stub.mjs';

/** n8n on 5740 (its task-runner broker on 5741): inside the range this test may use. */
const PORT = 5740;
const MODEL_CREDENTIAL = { id: 'brSalesOpenAI', name: 'Scripted model (loopback)' };

/** The pack as users install it: packed, then `npm install --legacy-peer-deps` in `.n8n/nodes`. */
async function loadPack(userFolder) {
	const pack = await packPack(path.join(userFolder, 'tarball'));
	await installTarball(userFolder, pack.tarball);
}

/** The expression the editor's ✨ ("Let the model define this parameter") button writes. */
const fromAI = (key, type = 'string') =>
	`={{ /*n8n-auto-generated-fromAI-override*/ $fromAI('${key}', \`\`, '${type}') }}`;

const cred = (type, id, name) => ({ [type]: { id, name } });
const TOOLS = [
	{
		vendor: 'sonar',
		name: 'Sonar Create Deal',
		type: 'n8n-nodes-br-sales.sonarMarketingTool',
		credentials: cred('sonarMarketingApi', 'brSalesSonarCred', 'Sonar Marketing (sandbox)'),
		parameters: {
			resource: 'deal',
			operation: 'create',
			title: fromAI('Title'),
			additionalFields: { value: fromAI('Value__BRL_', 'number') },
		},
		args: { Title: 'Site novo — Agente IA', Value__BRL_: 4100 },
		request: { method: 'POST', path: '/api/v1/deals' },
		sent: { title: 'Site novo — Agente IA', value: 4100 },
		echoed: 'Site novo — Agente IA',
	},
	{
		vendor: 'hivestr',
		name: 'Hivestr Create Client',
		type: 'n8n-nodes-br-sales.hivestrTool',
		credentials: cred('hivestrApi', 'brSalesHivestrCr', 'Hivestr (sandbox)'),
		parameters: { resource: 'client', operation: 'create', name: fromAI('Name') },
		args: { Name: 'Cliente Agente IA' },
		request: { method: 'POST', path: '/api/v1/public/clients' },
		sent: { name: 'Cliente Agente IA' },
		echoed: 'Cliente Agente IA',
	},
	{
		vendor: 'egestor',
		name: 'eGestor Create Contact',
		type: 'n8n-nodes-br-sales.eGestorTool',
		credentials: cred('eGestorApi', 'brSalesEGestorCr', 'eGestor personal token (sandbox)'),
		parameters: {
			authentication: 'personalToken',
			resource: 'contact',
			operation: 'create',
			nome: fromAI('Name'),
			tipo: ['cliente'],
		},
		args: { Name: 'Contato Agente IA' },
		request: { method: 'POST', path: '/api/v1/contatos' },
		sent: { nome: 'Contato Agente IA', tipo: ['cliente'] },
		echoed: 'Contato Agente IA',
	},
	{
		vendor: 'woofedcrm',
		name: 'WoofedCRM Create Contact',
		type: 'n8n-nodes-br-sales.woofedCrmTool',
		credentials: cred('woofedCrmApi', 'brSalesWoofedCrd', 'WoofedCRM (sandbox)'),
		parameters: {
			resource: 'contact',
			operation: 'create',
			contactFields: { full_name: fromAI('Full_Name'), email: fromAI('Email') },
		},
		args: { Full_Name: 'Pessoa Agente IA', Email: 'agente@paobom.com.br' },
		request: { method: 'POST', path: '/api/v1/accounts/1/contacts' },
		sent: { full_name: 'Pessoa Agente IA', email: 'agente@paobom.com.br' },
		echoed: 'agente@paobom.com.br',
	},
	{
		vendor: 'ecosys',
		name: 'Ecosys Create Client',
		type: 'n8n-nodes-br-sales.ecosysAutoTool',
		credentials: cred('ecosysAutoApi', 'brSalesEcosysCrd', 'Ecosys Auto (sandbox)'),
		parameters: {
			resource: 'client',
			operation: 'create',
			type: 'PF',
			name: fromAI('Name'),
			cpf: fromAI('CPF'),
		},
		args: { Name: 'Cliente Ecosys Agente', CPF: '529.982.247-25' },
		request: { method: 'POST', path: '/api/v1/clients' },
		sent: { type: 'PF', name: 'Cliente Ecosys Agente', cpf: '529.982.247-25' },
		echoed: 'Cliente Ecosys Agente',
	},
];

/** The date scenario's tool: Sonar's Create Deal with the model filling Expected Close Date. */
const DATED = {
	name: 'Sonar Create Dated Deal',
	type: 'n8n-nodes-br-sales.sonarMarketingTool',
	credentials: TOOLS[0].credentials,
	parameters: {
		resource: 'deal',
		operation: 'create',
		title: fromAI('Title'),
		additionalFields: { expected_close_date: fromAI('Expected_Close_Date') },
	},
};
const BAD_DATE = 'next Friday';
const GOOD_DATE = '2026-12-04';

/**
 * The list scenario's tool: Sonar's Get Many with Limit and Search left to the model. It asks
 * for Limit 0 first (refused), then the default 50 (its size measured), then a search that
 * matches nothing (the empty-list marker).
 */
const LISTER = {
	name: 'Sonar List Deals',
	type: 'n8n-nodes-br-sales.sonarMarketingTool',
	credentials: TOOLS[0].credentials,
	parameters: {
		resource: 'deal',
		operation: 'getAll',
		limit: fromAI('Limit', 'number'),
		filters: { search: fromAI('Search') },
	},
};
const LIST_CALLS = [
	{ Limit: 0, Search: '' },
	{ Limit: 50, Search: '' },
	{ Limit: 5, Search: 'no deal is called this' },
];
/** Deals the test adds to the Sonar sandbox (it seeds two) so that a page of 50 is full. */
const EXTRA_DEALS = 60;

const position = (index) => [index * 220, 0];
function agentWorkflow(id, name, prompt, tools) {
	const nodes = [
		{
			id: `${id}-start`,
			name: 'Start',
			type: 'n8n-nodes-base.manualTrigger',
			typeVersion: 1,
			position: position(0),
			parameters: {},
		},
		{
			id: `${id}-agent`,
			name: 'AI Agent',
			type: '@n8n/n8n-nodes-langchain.agent',
			typeVersion: 3.1,
			position: position(1),
			parameters: { promptType: 'define', text: prompt, options: {} },
		},
		{
			id: `${id}-model`,
			name: 'Scripted Model',
			type: '@n8n/n8n-nodes-langchain.lmChatOpenAi',
			typeVersion: 1.3,
			position: position(2),
			credentials: { openAiApi: MODEL_CREDENTIAL },
			parameters: {
				model: { __rl: true, mode: 'id', value: 'scripted-model' },
				responsesApiEnabled: false,
				options: {},
			},
		},
		...tools.map((tool, index) => ({
			id: `${id}-tool-${index}`,
			name: tool.name,
			type: tool.type,
			typeVersion: 1,
			position: position(3 + index),
			credentials: tool.credentials,
			parameters: tool.parameters,
		})),
	];
	const connections = {
		Start: { main: [[{ node: 'AI Agent', type: 'main', index: 0 }]] },
		'Scripted Model': {
			ai_languageModel: [[{ node: 'AI Agent', type: 'ai_languageModel', index: 0 }]],
		},
	};
	for (const tool of tools)
		connections[tool.name] = { ai_tool: [[{ node: 'AI Agent', type: 'ai_tool', index: 0 }]] };
	return { id, name, active: false, settings: { executionOrder: 'v1' }, nodes, connections };
}

const ALL_TOOLS_ID = 'brSalesAgentAll1';
const DATE_ID = 'brSalesAgentDate';
const ALL_TOOLS_PROMPT = 'SCENARIO all-tools: register the lead in every system.';
const DATE_PROMPT = 'SCENARIO bad-date: open a deal closing next Friday.';
const LIST_ID = 'brSalesAgentList';
const LIST_PROMPT = 'SCENARIO list: show me the deals.';

/** The tool (from the request's tool list) whose name says which node it is. */
const toolNamed = (tools, nodeName) =>
	tools.find((tool) => tool.function.name === nodeName.replace(/[^a-zA-Z0-9_-]/g, '_'))?.function;

/**
 * The model's script. all-tools: one tool per turn in TOOLS order, then a summary. bad-date:
 * the date in words first; on the error, the same call with YYYY-MM-DD; then a summary.
 */
function script({ messages, tools }) {
	const prompt = messages.find((message) => message.role === 'user')?.content ?? '';
	const text = typeof prompt === 'string' ? prompt : JSON.stringify(prompt);
	const called = messages.filter((message) => message.role === 'tool');
	if (text.includes('SCENARIO all-tools')) {
		const next = TOOLS[called.length];
		if (!next) return answer(`Registered in ${called.length} systems.`);
		const tool = toolNamed(tools, next.name);
		if (!tool) return answer(`The tool for ${next.name} is missing.`);
		return toolCalls([{ name: tool.name, args: next.args }]);
	}
	if (text.includes('SCENARIO bad-date')) {
		const tool = toolNamed(tools, DATED.name);
		if (!tool) return answer(`The tool for ${DATED.name} is missing.`);
		const last = lastToolResults(messages)[0];
		if (called.length === 0)
			return toolCalls([
				{ name: tool.name, args: { Title: 'Negócio datado', Expected_Close_Date: BAD_DATE } },
			]);
		if (called.length === 1 && /YYYY-MM-DD/.test(String(last?.content)))
			return toolCalls([
				{ name: tool.name, args: { Title: 'Negócio datado', Expected_Close_Date: GOOD_DATE } },
			]);
		return answer(`Done: ${String(last?.content).slice(0, 200)}`);
	}
	if (text.includes('SCENARIO list')) {
		const tool = toolNamed(tools, LISTER.name);
		if (!tool) return answer(`The tool for ${LISTER.name} is missing.`);
		const args = LIST_CALLS[called.length];
		return args ? toolCalls([{ name: tool.name, args }]) : answer('Listed.');
	}
	return answer('Unknown scenario.');
}

/**
 * A recording reverse proxy in front of one sandbox: the credential's URLs point here, so
 * every request the node sends is seen (method, path, JSON body) before the sandbox answers.
 */
async function recordingProxy(targetOrigin) {
	const seen = [];
	const target = new URL(targetOrigin);
	const server = http.createServer((req, res) => {
		const chunks = [];
		req.on('data', (chunk) => chunks.push(chunk));
		req.on('end', () => {
			const raw = Buffer.concat(chunks);
			let body;
			try {
				body = raw.length > 0 ? JSON.parse(raw.toString('utf8')) : undefined;
			} catch {
				body = raw.toString('utf8');
			}
			const entry = { method: req.method, path: req.url, body };
			seen.push(entry);
			const upstream = http.request(
				{
					host: target.hostname,
					port: target.port,
					method: req.method,
					path: req.url,
					headers: { ...req.headers, host: target.host },
				},
				(answer) => {
					const parts = [];
					answer.on('data', (chunk) => parts.push(chunk));
					answer.on('end', () => {
						entry.status = answer.statusCode;
						entry.answer = Buffer.concat(parts).toString('utf8');
						res.writeHead(answer.statusCode ?? 502, answer.headers);
						res.end(Buffer.concat(parts));
					});
				},
			);
			upstream.on('error', (error) => {
				res.writeHead(502);
				res.end(String(error));
			});
			upstream.end(raw);
		});
	});
	await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
	const origin = `http://127.0.0.1:${server.address().port}`;
	return {
		origin,
		seen,
		stop: async () => {
			server.closeAllConnections?.();
			await new Promise((resolve) => server.close(resolve));
		},
	};
}

/** The sandboxes as the credentials see them: every URL pointed at its recording proxy. */
async function proxied(sandboxes) {
	const proxies = {};
	const vendors = {};
	const swap = (credentials, from, to) =>
		Object.fromEntries(
			Object.entries(credentials).map(([key, value]) => [
				key,
				typeof value === 'string' ? value.split(from).join(to) : value,
			]),
		);
	for (const [vendor, box] of Object.entries(sandboxes.vendors)) {
		const origin = new URL(box.baseUrl).origin;
		const proxy = await recordingProxy(origin);
		proxies[vendor] = proxy;
		vendors[vendor] = {
			...box,
			credentials: swap(box.credentials, origin, proxy.origin),
			alternatives: (box.alternatives ?? []).map((alternative) => ({
				...alternative,
				credentials: swap(alternative.credentials, origin, proxy.origin),
			})),
		};
	}
	return { proxies, vendors };
}

/** Adds deals to the Sonar sandbox through its API, shaped like the document's example deal. */
async function seedSonarDeals(box) {
	for (let n = 1; n <= EXTRA_DEALS; n++) {
		const response = await fetch(`${box.baseUrl}/deals`, {
			method: 'POST',
			headers: {
				'content-type': 'application/json',
				authorization: `Bearer ${box.credentials.apiKey}`,
			},
			body: JSON.stringify({
				title: `Gestão de Redes Sociais - Cliente ${n}`,
				description: 'Proposta para gestão completa de redes sociais',
				value: 1000 + n * 100,
				priority: 'alta',
				probability: 70,
				expected_close_date: '2026-03-15',
				source: 'indicacao',
				tags: ['social-media'],
				client_id: 'cli-techstore',
			}),
		});
		assert.equal(response.status, 201, await response.text());
	}
}

let sandboxes;
let model;
let proxies;
let userFolder;
const runs = {};

describe('the nodes as AI Agent tools in a real n8n', { timeout: 20 * 60_000 }, () => {
	before(async () => {
		const node = await ensureNode();
		userFolder = tempUserFolder();
		const [n8n] = await Promise.all([ensureN8n(node), loadPack(userFolder)]);
		sandboxes = await startSandboxes();
		const seenBy = await proxied(sandboxes);
		proxies = seenBy.proxies;
		model = await startOpenAiStub({ script });
		const instance = n8nInstance({ node, n8n, userFolder, port: PORT });
		await instance.importCredentials({
			vendors: {
				...seenBy.vendors,
				// lib.mjs names a credential of an unknown type after its vendor: id brSalesOpenAI.
				model: { vendor: 'OpenAI', credentialType: 'openAiApi', credentials: model.credential },
			},
		});
		await instance.importWorkflows([
			{
				file: 'agent-all-tools.json',
				workflow: agentWorkflow(
					ALL_TOOLS_ID,
					'Agent: every vendor tool (e2e)',
					ALL_TOOLS_PROMPT,
					TOOLS,
				),
			},
			{
				file: 'agent-bad-date.json',
				workflow: agentWorkflow(DATE_ID, 'Agent: bad date corrected (e2e)', DATE_PROMPT, [DATED]),
			},
			{
				file: 'agent-list.json',
				workflow: agentWorkflow(LIST_ID, 'Agent: list deals (e2e)', LIST_PROMPT, [LISTER]),
			},
		]);
		runs.all = await instance.execute(ALL_TOOLS_ID);
		runs.allRequests = model.requests.splice(0);
		runs.date = await instance.execute(DATE_ID);
		runs.dateRequests = model.requests.splice(0);
		await seedSonarDeals(sandboxes.vendors.sonar);
		runs.list = await instance.execute(LIST_ID);
		runs.listRequests = model.requests.splice(0);
	});

	after(async () => {
		await model?.stop();
		for (const proxy of Object.values(proxies ?? {})) await proxy.stop();
		await sandboxes?.stop();
		if (userFolder) fs.rmSync(userFolder, { recursive: true, force: true });
	});

	it('the model receives one tool per vendor, with the $fromAI keys as its arguments; schemas printed', () => {
		assert.ok(runs.all.ok, `the all-tools run: ${runs.all.error}`);
		const first = runs.allRequests[0];
		assert.ok(first, 'the model server was called');
		const schemas = {};
		for (const tool of TOOLS) {
			const received = toolNamed(first.tools, tool.name);
			assert.ok(
				received,
				`${tool.name} offered to the model (got ${first.tools.map((t) => t.function.name)})`,
			);
			assert.deepEqual(
				Object.keys(received.parameters.properties).sort(),
				Object.keys(tool.args).sort(),
				`${tool.name}: the model is asked for exactly the ✨ fields`,
			);
			schemas[tool.vendor] = received;
		}
		assert.equal(first.tools.length, TOOLS.length);
		process.stdout.write(
			`\nTool schemas the scripted model received:\n${JSON.stringify(schemas, null, 2)}\n`,
		);
	});

	for (const [index, tool] of TOOLS.entries()) {
		it(`${tool.vendor}: the model's call reaches the sandbox and the result returns to the model`, () => {
			const call = runs.allRequests[index]?.reply?.tool_calls?.[0];
			assert.ok(call, `the model called ${tool.name}`);
			assert.deepEqual(JSON.parse(call.function.arguments), tool.args);
			// The sandbox received the create with the model's values (once; the bad-date
			// scenario's Sonar deal has another title).
			const creates = proxies[tool.vendor].seen.filter(
				(request) =>
					request.method === tool.request.method &&
					request.path.split('?')[0] === tool.request.path &&
					Object.entries(tool.sent).every(([key, value]) =>
						util.isDeepStrictEqual(request.body?.[key], value),
					),
			);
			assert.equal(
				creates.length,
				1,
				`one ${tool.request.method} ${tool.request.path} with ${JSON.stringify(tool.sent)} reached the ${tool.vendor} sandbox (seen: ${JSON.stringify(proxies[tool.vendor].seen.map((r) => [r.method, r.path, r.body]))})`,
			);
			assert.ok(
				creates[0].status < 300,
				`${tool.vendor} accepted it (${creates[0].status} ${creates[0].answer})`,
			);
			// The next request to the model carries the tool's result for that call.
			const next = runs.allRequests[index + 1];
			const result = next.messages.find(
				(message) => message.role === 'tool' && message.tool_call_id === call.id,
			);
			assert.ok(result, `the result of ${tool.name} returned to the model`);
			assert.ok(
				String(result.content).includes(tool.echoed),
				`${tool.vendor}: the record came back (${String(result.content).slice(0, 300)})`,
			);
		});
	}

	it("the agent's final answer comes after all five tool results", () => {
		const out = nodeOutput(runs.all.runData, 'AI Agent');
		assert.deepEqual(out, [{ output: 'Registered in 5 systems.' }]);
		assert.equal(runs.allRequests.length, TOOLS.length + 1);
	});

	it('a bad date comes back to the model as an error it can correct; the corrected call succeeds', () => {
		assert.ok(runs.date.ok, `the bad-date run: ${runs.date.error}`);
		const requests = runs.dateRequests;
		assert.equal(requests.length, 3, 'call, corrected call, answer');
		const [badCall] = requests[0].reply.tool_calls;
		assert.equal(JSON.parse(badCall.function.arguments).Expected_Close_Date, BAD_DATE);
		const error = requests[1].messages.find((message) => message.tool_call_id === badCall.id);
		assert.ok(error, 'the error returned to the model');
		assert.match(String(error.content), /Expected Close Date.*must be a date as YYYY-MM-DD/);
		process.stdout.write(`\nThe bad-date error as the model received it:\n${error.content}\n`);
		const [goodCall] = requests[1].reply.tool_calls;
		assert.equal(JSON.parse(goodCall.function.arguments).Expected_Close_Date, GOOD_DATE);
		const result = requests[2].messages.find((message) => message.tool_call_id === goodCall.id);
		assert.ok(String(result.content).includes('Negócio datado'), String(result.content));
		// The bad call never reached Sonar; the corrected one did, with the date.
		const creates = proxies.sonar.seen.filter(
			(request) => request.method === 'POST' && request.path === '/api/v1/deals',
		);
		const dated = creates.filter((request) => request.body.title === 'Negócio datado');
		assert.equal(dated.length, 1);
		assert.equal(dated[0].body.expected_close_date, GOOD_DATE);
		assert.ok(String(nodeOutput(runs.date.runData, 'AI Agent')[0].output).startsWith('Done: '));
	});

	it('Limit 0 from the model is refused before any request; 50 deals are measured; an empty search is marked', () => {
		assert.ok(runs.list.ok, `the list run: ${runs.list.error}`);
		const requests = runs.listRequests;
		assert.equal(requests.length, LIST_CALLS.length + 1);
		const resultOf = (index) => {
			const [call] = requests[index].reply.tool_calls;
			assert.deepEqual(JSON.parse(call.function.arguments), LIST_CALLS[index]);
			return String(requests[index + 1].messages.find((m) => m.tool_call_id === call.id).content);
		};
		const refused = resultOf(0);
		process.stdout.write(`\nLimit 0 as the model received it:\n${refused}\n`);
		assert.match(refused, /Limit.*must be a whole number of 1 or more/);
		const fifty = JSON.parse(resultOf(1));
		assert.equal(fifty.length, 50);
		assert.ok(fifty.every((deal) => typeof deal.id === 'string' && typeof deal.title === 'string'));
		const bytes = Buffer.byteLength(resultOf(1));
		process.stdout.write(
			`\nSonar Get Many (default Limit 50, no Simplify) as the model received it: ${fifty.length} deals, ${bytes} bytes (${(bytes / 1024).toFixed(1)} KB)\n`,
		);
		assert.deepEqual(JSON.parse(resultOf(2)), [
			{ empty: true, count: 0, message: 'No deal records found' },
		]);
		// Sonar saw the 50 and the search, never a request for Limit 0.
		const lists = proxies.sonar.seen.filter(
			(r) => r.method === 'GET' && r.path.startsWith('/api/v1/deals?'),
		);
		assert.deepEqual(
			lists.map((r) => new URL(r.path, 'http://x').searchParams.get('limit')),
			['50', '5'],
		);
		assert.equal(
			new URL(lists[1].path, 'http://x').searchParams.get('search'),
			'no deal is called this',
		);
	});
});
