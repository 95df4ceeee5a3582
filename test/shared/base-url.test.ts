import '../harness/mock-sleep';

import type { INode } from 'n8n-workflow';

import { checkedBaseUrl, pathOf } from '../../nodes/shared/request';
import type { RequestContext } from '../../nodes/shared/types';
import { probeApi, runProbe, useFakeClock } from './probe';

const clock = useFakeClock();

const node = { name: 'Probe' } as INode;
const context = { getNode: () => node } as unknown as RequestContext;
const REFUSED = "The Probe credential's Base URL must be an https:// address";

describe('checkedBaseUrl', () => {
	it.each([
		['https://probe.test/v1', 'https://probe.test/v1'],
		['https://probe.test/v1/', 'https://probe.test/v1'],
		['https://probe.test/v1///', 'https://probe.test/v1'],
		['  https://probe.test  ', 'https://probe.test'],
		['http://localhost:8080/api/', 'http://localhost:8080/api'],
		['http://127.0.0.1:9000', 'http://127.0.0.1:9000'],
		['http://[::1]:9000/v1', 'http://[::1]:9000/v1'],
	])('accepts %j as %j', (raw, expected) => {
		expect(checkedBaseUrl(context, raw, 'Probe')).toBe(expected);
	});

	it.each([
		'http://example.com/v1',
		'http://localhost.example.com',
		'http://127.0.0.1.nip.io',
		'ftp://probe.test',
		'probe.test/v1',
		'',
		undefined,
		42,
	])('refuses %j with a NodeOperationError', (raw) => {
		expect(() => checkedBaseUrl(context, raw, 'Probe')).toThrow(
			expect.objectContaining({ name: 'NodeOperationError', message: REFUSED }),
		);
	});
});

describe('base URL through a workflow', () => {
	const get = { resource: 'http', operation: 'send', method: 'GET', path: '/things' };

	it.each([
		{ baseUrl: 'https://probe.test/v1/', origin: 'https://probe.test', path: '/v1/things' },
		{ baseUrl: 'http://localhost:8080/api', origin: 'http://localhost:8080', path: '/api/things' },
		{ baseUrl: 'http://127.0.0.1:9000', origin: 'http://127.0.0.1:9000', path: '/things' },
	])('$baseUrl sends GET $origin$path', async ({ baseUrl, origin, path }) => {
		const { api, seen } = probeApi(origin);
		api.get(path).reply(200, { ok: true });
		const result = await runProbe(get, { baseUrl });
		expect(result.output('Probe')).toEqual([{ status: 200, body: { ok: true } }]);
		expect(seen).toEqual([{ method: 'GET', path }]);
	});

	it('refuses http://example.com before any request', async () => {
		const { seen } = probeApi('http://example.com');
		const result = await runProbe(get, { baseUrl: 'http://example.com/v1' });
		expect(result.error).toMatchObject({
			name: 'NodeOperationError',
			message: REFUSED,
			description: 'Plain http:// is only accepted for localhost, where the local sandboxes run.',
			context: { itemIndex: 0 },
		});
		expect(seen).toEqual([]);
	});
});

describe('pathOf', () => {
	it.each([
		['42', '/things/42/notes'],
		['a/b', '/things/a%2Fb/notes'],
		['x?admin=1', '/things/x%3Fadmin%3D1/notes'],
		['x#frag', '/things/x%23frag/notes'],
		['100%', '/things/100%25/notes'],
		['%2E%2E', '/things/%252E%252E/notes'],
		['São Paulo', '/things/S%C3%A3o%20Paulo/notes'],
		['a..b', '/things/a..b/notes'],
	])('encodes %j', (id, path) => {
		expect(pathOf`/things/${id}/notes`).toBe(path);
	});

	it('encodes every id and keeps numbers', () => {
		expect(pathOf`/a/${1}/b/${'x/y'}`).toBe('/a/1/b/x%2Fy');
		expect(pathOf`/plain`).toBe('/plain');
	});

	it.each([
		['.', 'An id cannot be "."'],
		['..', 'An id cannot be ".."'],
		['', 'An id cannot be empty'],
	])('refuses %j, which would change the path whatever the encoding', (id, message) => {
		expect(() => pathOf`/things/${id}/notes`).toThrow(message);
	});

	it('ids reach the server encoded inside their segment', async () => {
		const { api, seen } = probeApi();
		api.delete('/v1/things/a%2F..%2Fadmin/notes').reply(200, { deleted: true });
		const result = await runProbe({ resource: 'thing', operation: 'delete', value: 'a/../admin' });
		expect(result.output('Probe')).toEqual([{ deleted: true }]);
		expect(seen).toEqual([{ method: 'DELETE', path: '/v1/things/a%2F..%2Fadmin/notes' }]);
	});

	it('a ".." id fails its item before any request instead of reaching another path', async () => {
		const { api, seen } = probeApi();
		api.delete('/v1/things/7/notes').reply(200, { deleted: true });
		const result = await runProbe(
			{ resource: 'thing', operation: 'delete', value: '={{ $json.id }}' },
			{ input: [{ id: '..' }, { id: '7' }], continueOnFail: true },
		);
		expect(result.items('Probe')).toEqual([
			{ json: { error: 'An id cannot be ".."', description: null }, pairedItem: { item: 0 } },
			{ json: { deleted: true }, pairedItem: { item: 1 } },
		]);
		expect(seen).toEqual([{ method: 'DELETE', path: '/v1/things/7/notes' }]);
		expect(clock.waits()).toEqual([]);
	});
});
