// A scripted OpenAI-compatible chat model on loopback, for `npm run test:e2e` and the demo's
// AI Agent example: n8n's OpenAI Chat Model (credential Base URL pointed here, Responses API
// off) calls POST /v1/chat/completions; a script decides each answer (a tool call or a final
// text) from the messages and tools it received. Every request is recorded. No dependencies.
import http from 'node:http';

/** The API key the stub accepts (it is a local stand-in; any other key gets a 401). */
const STUB_API_KEY = 'sk-br-sales-scripted-model';

let callCounter = 0;

/** An assistant message calling tools: `calls` is [{ name, args }]. */
export function toolCalls(calls) {
	return {
		role: 'assistant',
		content: null,
		tool_calls: calls.map(({ name, args }) => ({
			id: `call_${++callCounter}`,
			type: 'function',
			function: { name, arguments: JSON.stringify(args) },
		})),
	};
}

/** An assistant message with the final text. */
export function answer(text) {
	return { role: 'assistant', content: text };
}

/** The tool messages (results or errors) sent back since the model's last tool call. */
export function lastToolResults(messages) {
	const results = [];
	for (let i = messages.length - 1; i >= 0 && messages[i].role === 'tool'; i--)
		results.unshift(messages[i]);
	return results;
}

/** A value of the right JSON type for a tool argument, for the demo's default script. */
function sampleFor(name, schema = {}) {
	const type = Array.isArray(schema.type) ? schema.type[0] : schema.type;
	if (Array.isArray(schema.enum) && schema.enum.length > 0) return schema.enum[0];
	if (type === 'number' || type === 'integer') return 3200;
	if (type === 'boolean') return false;
	if (/date/i.test(name)) return new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10);
	return `Demo ${name.replace(/_+/g, ' ').trim()}`;
}

/** `Label: value` lines of a prompt, keyed as n8n keys `$fromAI` fields (`Value (BRL)` → `Value__BRL_`). */
function labelledValues(text) {
	const values = {};
	for (const line of String(text).split('\n')) {
		const match = /^\s*([^:]{1,64}):\s*(.+?)\s*$/.exec(line);
		if (match) values[match[1].replace(/[^a-zA-Z0-9_-]/g, '_')] = match[2];
	}
	return values;
}

/**
 * The demo's default script: on the user's message, call the first tool once, each argument
 * taken from a `Label: value` line of the prompt when there is one (`Title: Site novo`), else a
 * sample of its type; once the result is back, answer with what it returned.
 */
function defaultScript({ messages, tools }) {
	const results = lastToolResults(messages);
	if (results.length > 0) return answer(`The tool answered: ${results[0].content}`);
	const tool = tools[0]?.function;
	if (!tool) return answer('No tool is attached.');
	const prompt = messages.find((message) => message.role === 'user')?.content ?? '';
	const given = labelledValues(typeof prompt === 'string' ? prompt : JSON.stringify(prompt));
	const properties = tool.parameters?.properties ?? {};
	const args = Object.fromEntries(
		Object.entries(properties).map(([key, schema]) => {
			if (!(key in given)) return [key, sampleFor(key, schema)];
			const numeric = schema.type === 'number' || schema.type === 'integer';
			return [key, numeric ? Number(given[key]) : given[key]];
		}),
	);
	return toolCalls([{ name: tool.name, args }]);
}

function chatCompletion(message, model) {
	return {
		id: `chatcmpl-${Date.now()}`,
		object: 'chat.completion',
		created: Math.floor(Date.now() / 1000),
		model,
		choices: [
			{
				index: 0,
				message,
				finish_reason: message.tool_calls ? 'tool_calls' : 'stop',
				logprobs: null,
			},
		],
		usage: { prompt_tokens: 10, completion_tokens: 10, total_tokens: 20 },
	};
}

/** The same answer as server-sent events, for a client that asked for a stream. */
function streamChunks(message, model) {
	const base = { id: `chatcmpl-${Date.now()}`, object: 'chat.completion.chunk', model };
	const created = Math.floor(Date.now() / 1000);
	const delta = message.tool_calls
		? {
				role: 'assistant',
				content: null,
				tool_calls: message.tool_calls.map((call, index) => ({ index, ...call })),
			}
		: { role: 'assistant', content: message.content };
	const finish = message.tool_calls ? 'tool_calls' : 'stop';
	return [
		{ ...base, created, choices: [{ index: 0, delta, finish_reason: null }] },
		{
			...base,
			created,
			choices: [{ index: 0, delta: {}, finish_reason: finish }],
			usage: { prompt_tokens: 10, completion_tokens: 10, total_tokens: 20 },
		},
	];
}

/**
 * Starts the stub on 127.0.0.1 (a free port unless given). `script({ messages, tools, body,
 * requests })` returns the next assistant message. Returns `{ url, baseUrl, requests, stop,
 * credential }`; `baseUrl` (…/v1) goes in the openAiApi credential's Base URL.
 */
export async function startOpenAiStub({ script = defaultScript, port = 0 } = {}) {
	const requests = [];
	const server = http.createServer((req, res) => {
		let raw = '';
		req.on('data', (chunk) => (raw += chunk));
		req.on('end', () => {
			const send = (status, body) => {
				res.writeHead(status, { 'content-type': 'application/json' });
				res.end(JSON.stringify(body));
			};
			if (req.headers.authorization !== `Bearer ${STUB_API_KEY}`)
				return send(401, {
					error: { message: 'Incorrect API key provided', type: 'invalid_request_error' },
				});
			const url = new URL(req.url ?? '/', 'http://127.0.0.1');
			if (req.method === 'GET' && url.pathname === '/v1/models')
				return send(200, {
					object: 'list',
					data: [{ id: 'scripted-model', object: 'model', owned_by: 'br-sales' }],
				});
			if (req.method !== 'POST' || url.pathname !== '/v1/chat/completions')
				return send(404, { error: { message: `No route ${req.method} ${url.pathname}` } });
			let body;
			try {
				body = JSON.parse(raw);
			} catch {
				return send(400, { error: { message: 'Body is not JSON' } });
			}
			const request = { messages: body.messages ?? [], tools: body.tools ?? [], body };
			requests.push(request);
			let message;
			try {
				message = script({ ...request, requests });
			} catch (error) {
				return send(500, { error: { message: `script failed: ${error.message}` } });
			}
			request.reply = message;
			const model = body.model ?? 'scripted-model';
			if (!body.stream) return send(200, chatCompletion(message, model));
			res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' });
			for (const chunk of streamChunks(message, model))
				res.write(`data: ${JSON.stringify(chunk)}\n\n`);
			res.end('data: [DONE]\n\n');
		});
	});
	await new Promise((resolve, reject) => {
		server.once('error', reject);
		server.listen(port, '127.0.0.1', resolve);
	});
	const { port: bound } = server.address();
	const url = `http://127.0.0.1:${bound}`;
	return {
		url,
		baseUrl: `${url}/v1`,
		requests,
		/** The openAiApi credential's fields (n8n `import:credentials` data). */
		credential: { apiKey: STUB_API_KEY, url: `${url}/v1` },
		async stop() {
			server.closeAllConnections?.();
			await new Promise((resolve) => server.close(resolve));
		},
	};
}

/**
 * Starts the scripted model beside the sandboxes for the AI Agent example: its credential is
 * imported with theirs (and stopped with them), and n8n's `openAiApi` credential and the
 * `<node>Tool` variants n8n makes of the pack's nodes count as known to `missingFor`.
 */
export async function addAgentModel(sandboxes, manifest) {
	const model = await startOpenAiStub();
	sandboxes.vendors.model = {
		vendor: 'OpenAI',
		credentialType: 'openAiApi',
		credentials: model.credential,
		baseUrl: model.credential.url,
		stop: model.stop,
	};
	manifest.credentialTypes.add('openAiApi');
	for (const type of [...manifest.nodeTypes]) manifest.nodeTypes.add(`${type}Tool`);
	return model;
}
