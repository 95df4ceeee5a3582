// A loopback proxy in front of a sandbox that records every request the vendor received and
// its answer: the vendor's own view (requests, 429s, creates, token exchanges).
import http from 'node:http';

/** Starts a recording proxy to `target` (an origin); `requests` fills as they end. */
export async function recordingProxy(target) {
	const requests = [];
	const server = http.createServer((request, response) => {
		const chunks = [];
		request.on('data', (chunk) => chunks.push(chunk));
		request.on('end', async () => {
			const body = Buffer.concat(chunks);
			const at = Date.now();
			const headers = { ...request.headers };
			delete headers.host;
			delete headers['content-length'];
			try {
				const answer = await fetch(`${target}${request.url}`, {
					method: request.method,
					headers,
					body: ['GET', 'HEAD'].includes(request.method) ? undefined : body,
					redirect: 'manual',
				});
				const text = Buffer.from(await answer.arrayBuffer());
				requests.push({
					method: request.method,
					path: request.url,
					at,
					endedAt: Date.now(),
					status: answer.status,
					body: parse(body.toString(), request.headers['content-type']),
					answer: parse(text.toString(), answer.headers.get('content-type')),
				});
				const out = {};
				answer.headers.forEach((value, name) => {
					if (!['content-length', 'transfer-encoding', 'connection'].includes(name))
						out[name] = value;
				});
				response.writeHead(answer.status, out);
				response.end(text);
			} catch (error) {
				requests.push({
					method: request.method,
					path: request.url,
					at,
					status: 0,
					error: String(error),
				});
				response.writeHead(502);
				response.end();
			}
		});
	});
	await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
	const origin = `http://127.0.0.1:${server.address().port}`;
	return {
		origin,
		requests,
		stop: () =>
			new Promise((resolve) => {
				server.closeAllConnections?.();
				server.close(() => resolve());
			}),
	};
}

function parse(text, type) {
	if (text === '') return undefined;
	if (String(type ?? '').includes('x-www-form-urlencoded')) {
		return Object.fromEntries(new URLSearchParams(text));
	}
	try {
		return JSON.parse(text);
	} catch {
		return text;
	}
}

/** A loopback server recording what a workflow posts to it (a trigger's emitted records). */
export async function collector() {
	const received = [];
	const server = http.createServer((request, response) => {
		const chunks = [];
		request.on('data', (chunk) => chunks.push(chunk));
		request.on('end', () => {
			try {
				received.push(JSON.parse(Buffer.concat(chunks).toString()));
			} catch {
				received.push({ unparsed: Buffer.concat(chunks).toString() });
			}
			response.writeHead(200, { 'content-type': 'application/json' });
			response.end('{"ok":true}');
		});
	});
	await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
	return {
		url: `http://127.0.0.1:${server.address().port}/emitted`,
		received,
		stop: () =>
			new Promise((resolve) => {
				server.closeAllConnections?.();
				server.close(() => resolve());
			}),
	};
}
