import nock from 'nock';

/** The sandboxes run on loopback: let these files reach 127.0.0.1 only, and close it after. */
export function allowLoopback(): void {
	beforeAll(() => nock.enableNetConnect('127.0.0.1'));
	afterAll(() => nock.disableNetConnect());
}

interface Reply {
	status: number;
	headers: Headers;
	body: any;
}

/** One raw request to a sandbox. */
export async function call(
	baseUrl: string,
	method: string,
	path: string,
	options: {
		token?: string;
		body?: unknown;
		form?: Record<string, string>;
		query?: Record<string, string | number>;
	} = {},
): Promise<Reply> {
	const url = new URL(baseUrl + path);
	for (const [key, value] of Object.entries(options.query ?? {})) {
		url.searchParams.set(key, String(value));
	}
	const headers: Record<string, string> = {};
	if (options.token !== undefined) headers.authorization = `Bearer ${options.token}`;
	let body: string | undefined;
	if (options.form !== undefined) {
		headers['content-type'] = 'application/x-www-form-urlencoded';
		body = new URLSearchParams(options.form).toString();
	} else if (options.body !== undefined) {
		headers['content-type'] = 'application/json';
		body = typeof options.body === 'string' ? options.body : JSON.stringify(options.body);
	}
	const response = await fetch(url, { method, headers, body });
	const text = await response.text();
	return {
		status: response.status,
		headers: response.headers,
		body: text === '' ? undefined : JSON.parse(text),
	};
}
