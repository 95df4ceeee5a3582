import type { IDataObject } from 'n8n-workflow';

import { listQuery } from '../contracts/egestor';
import { confirmation, eGestorApi, page, runNode } from './egestor-harness';

const records = (from: number, count: number) =>
	Array.from({ length: count }, (_, index) => ({ codigo: from + index, nome: `R${from + index}` }));

/** Get Many of one resource: filtro, the 50-a-page envelope, Return All and Limit. */
export function getManyTests(resource: string, path: string) {
	const run = (parameters: IDataObject) =>
		runNode({ resource, operation: 'getAll', ...parameters });

	it('reads one page for a Limit up to 50 and sends the filter as filtro', async () => {
		const queries: unknown[] = [];
		const api = eGestorApi()
			.get(`/api/v1${path}`)
			.query((query) => queries.push(query) > 0)
			.reply(200, page(records(1, 50), 1, 3, 130));

		const result = await run({ returnAll: false, limit: 7, filter: ' Kaya ' });

		expect(result.error).toBeUndefined();
		expect(api.isDone()).toBe(true);
		expect(queries.map((query) => listQuery.parse(query))).toEqual([{ page: 1, filtro: 'Kaya' }]);
		expect(result.output('eGestor')).toEqual(records(1, 7));
	});

	it('Return All follows last_page and outputs one item per record', async () => {
		const queries: unknown[] = [];
		eGestorApi()
			.get(`/api/v1${path}`)
			.query((query) => queries.push(query) > 0)
			.times(3)
			.reply(200, (uri) => {
				const current = Number(new URL(uri, 'https://x').searchParams.get('page'));
				return page(records((current - 1) * 50 + 1, current < 3 ? 50 : 30), current, 3, 130);
			});

		const result = await run({ returnAll: true });

		expect(result.error).toBeUndefined();
		expect(queries.map((query) => listQuery.parse(query))).toEqual([
			{ page: 1 },
			{ page: 2 },
			{ page: 3 },
		]);
		expect(result.output('eGestor')).toEqual(records(1, 130));
	});

	it('a Limit above 50 reads the pages it needs and no more', async () => {
		const queries: unknown[] = [];
		eGestorApi()
			.get(`/api/v1${path}`)
			.query((query) => queries.push(query) > 0)
			.times(2)
			.reply(200, (uri) => {
				const current = Number(new URL(uri, 'https://x').searchParams.get('page'));
				return page(records((current - 1) * 50 + 1, 50), current, 4, 200);
			});

		const result = await run({ returnAll: false, limit: 60 });

		expect(queries).toEqual([{ page: '1' }, { page: '2' }]);
		expect(result.output('eGestor')).toEqual(records(1, 60));
	});
}

/** Get (or a read below the record, like /contato) of one resource by its code. */
export function getTests(
	resource: string,
	idName: string,
	path: string,
	record: IDataObject,
	{ operation = 'get', suffix = '' } = {},
) {
	it('reads the record by its code, encoded in the path, and outputs it as is', async () => {
		const api = eGestorApi().get(`/api/v1${path}/12${suffix}`).reply(200, record);

		const result = await runNode({ resource, operation, [idName]: ' 12 ' });

		expect(result.error).toBeUndefined();
		expect(api.isDone()).toBe(true);
		expect(result.output('eGestor')).toEqual([record]);
	});

	it('encodes a code that is not a plain number', async () => {
		const api = eGestorApi().get(`/api/v1${path}/a%2Fb${suffix}`).reply(200, record);

		const result = await runNode({ resource, operation, [idName]: 'a/b' });

		expect(result.error).toBeUndefined();
		expect(api.isDone()).toBe(true);
	});

	it('refuses an empty code before sending anything', async () => {
		const api = eGestorApi().get(/.*/).reply(200, record);

		const result = await runNode({ resource, operation, [idName]: '={{ "" }}' });

		expect(result.error?.message).toMatch(/Code" is required$/);
		expect(result.error?.context.itemIndex).toBe(0);
		expect(api.isDone()).toBe(false);
	});
}

/** Delete of one resource by its code. */
export function deleteTests(resource: string, idName: string, path: string, message: string) {
	it("deletes the record and outputs deleted: true with eGestor's confirmation", async () => {
		const api = eGestorApi().delete(`/api/v1${path}/317`).reply(200, confirmation(message));

		const result = await runNode({ resource, operation: 'delete', [idName]: '317' });

		expect(result.error).toBeUndefined();
		expect(api.isDone()).toBe(true);
		expect(result.output('eGestor')).toEqual([{ deleted: true, ...confirmation(message) }]);
	});
}
