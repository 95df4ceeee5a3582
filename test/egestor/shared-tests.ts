import nock from 'nock';
import type { IDataObject } from 'n8n-workflow';

import { listQuery } from '../../sandbox/contracts/egestor';
import { confirmation, eGestorApi, page, runNode } from './egestor-harness';

const records = (from: number, count: number) =>
	Array.from({ length: count }, (_, index) => ({ codigo: from + index, nome: `R${from + index}` }));

/** A resource locator value as the editor stores it. */
export const byId = (value: string) => ({ __rl: true, mode: 'id', value });
export const fromList = (value: string, cachedResultName = '') => ({
	__rl: true,
	mode: 'list',
	value,
	cachedResultName,
});

/**
 * Get Many of one resource: filtro, the 50-a-page envelope, Return All and Limit (Simplify
 * off, the raw records), then Simplify on: `listed` is a list row shaped as the document's
 * example and `simplified` exactly what Simplify keeps of it.
 */
export function getManyTests({
	resource,
	path,
	listed,
	simplified,
}: {
	resource: string;
	/** API collection path, e.g. "/contatos". */
	path: string;
	listed: IDataObject;
	simplified: IDataObject;
}) {
	const run = (parameters: IDataObject) =>
		runNode({ resource, operation: 'getAll', simple: false, ...parameters });

	it('version 1 (saved before Simplify) outputs the records as listed', async () => {
		eGestorApi()
			.get(`/api/v1${path}`)
			.query({ page: '1' })
			.reply(200, page([listed], 1, 1));

		const result = await runNode({ resource, operation: 'getAll', limit: 1 }, { typeVersion: 1 });

		expect(result.error).toBeUndefined();
		expect(result.output('eGestor')).toEqual([listed]);
	});

	it('Simplify (on by default) keeps the documented small set of fields of each record', async () => {
		const api = eGestorApi()
			.get(`/api/v1${path}`)
			.query({ page: '1' })
			.reply(200, page([listed, listed], 1, 1));

		const result = await runNode({ resource, operation: 'getAll', limit: 2 });

		expect(result.error).toBeUndefined();
		expect(api.isDone()).toBe(true);
		expect(result.output('eGestor')).toEqual([simplified, simplified]);
	});

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

/**
 * Get (or a read below the record, like /contato) of one resource by its code: the code as a
 * resource locator (By ID, From List) or as the plain value older workflows stored; Simplify
 * off outputs the record as read, on (the default) exactly `simplified`.
 */
export function getTests({
	resource,
	idName,
	path,
	record,
	simplified,
	operation = 'get',
	suffix = '',
}: {
	resource: string;
	/** The node parameter holding the record's code, e.g. "contactId". */
	idName: string;
	path: string;
	record: IDataObject;
	simplified: IDataObject;
	/** A read below the record: its operation and path suffix (e.g. getContact, "/contato"). */
	operation?: string;
	suffix?: string;
}) {
	it('reads the record by its code given By ID and, Simplify off, outputs it as is', async () => {
		const api = eGestorApi().get(`/api/v1${path}/12${suffix}`).reply(200, record);

		const result = await runNode({ resource, operation, [idName]: byId('12'), simple: false });

		expect(result.error).toBeUndefined();
		expect(api.isDone()).toBe(true);
		expect(result.output('eGestor')).toEqual([record]);
	});

	it('Simplify (on by default) outputs exactly the documented small set of fields', async () => {
		const api = eGestorApi().get(`/api/v1${path}/12${suffix}`).reply(200, record);

		const result = await runNode({ resource, operation, [idName]: fromList('12', 'picked') });

		expect(result.error).toBeUndefined();
		expect(api.isDone()).toBe(true);
		expect(result.output('eGestor')).toEqual([simplified]);
	});

	it('version 1 (saved before Simplify) has no Simplify and outputs the record as is', async () => {
		const api = eGestorApi().get(`/api/v1${path}/12${suffix}`).reply(200, record);

		const result = await runNode({ resource, operation, [idName]: '12' }, { typeVersion: 1 });

		expect(result.error).toBeUndefined();
		expect(api.isDone()).toBe(true);
		expect(result.output('eGestor')).toEqual([record]);
	});

	it('still takes the plain code an older workflow stored (text or number)', async () => {
		const api = eGestorApi().get(`/api/v1${path}/12${suffix}`).times(2).reply(200, record);

		const text = await runNode({ resource, operation, [idName]: ' 12 ', simple: false });
		const number = await runNode({ resource, operation, [idName]: 12, simple: false });

		expect(text.error).toBeUndefined();
		expect(number.error).toBeUndefined();
		expect(api.isDone()).toBe(true);
		expect(text.output('eGestor')).toEqual([record]);
		expect(number.output('eGestor')).toEqual([record]);
	});

	it('a typed By ID code that is not a whole number from 1 is an issue n8n shows before running', async () => {
		const api = eGestorApi().get(/.*/).reply(200, record);

		await expect(runNode({ resource, operation, [idName]: byId('a/b') })).rejects.toThrow(
			'The code (codigo) is a whole number from 1',
		);
		expect(api.isDone()).toBe(false);
		nock.cleanAll();
	});

	it.each([['a/b'], ['0'], ['1.5'], ['-3'], ['12abc']])(
		'refuses the code %p from an expression or an older workflow before sending anything',
		async (code) => {
			const api = eGestorApi().get(/.*/).reply(200, record);

			const result = await runNode({
				resource,
				operation,
				[idName]: byId(`={{ ${JSON.stringify(code)} }}`),
			});
			const plain = await runNode({ resource, operation, [idName]: code });
			expect(plain.error?.message).toBe(result.error?.message);

			expect(result.error?.message).toMatch(
				/" must be an? \w+ code \(codigo\): a whole number from 1$/,
			);
			expect(result.error?.context.itemIndex).toBe(0);
			expect(api.isDone()).toBe(false);
			nock.cleanAll();
		},
	);

	it('refuses an empty code before sending anything', async () => {
		const api = eGestorApi().get(/.*/).reply(200, record);

		const result = await runNode({ resource, operation, [idName]: byId('={{ "" }}') });
		const plain = await runNode({ resource, operation, [idName]: '={{ "  " }}' });

		expect(result.error?.message).toMatch(/^"[A-Z][a-z]+" is required$/);
		expect(result.error?.context.itemIndex).toBe(0);
		expect(plain.error?.message).toBe(result.error?.message);
		expect(api.isDone()).toBe(false);
	});
}

/** Delete of one resource by its code. */
export function deleteTests({
	resource,
	idName,
	path,
	message,
}: {
	resource: string;
	idName: string;
	path: string;
	/** eGestor's confirmation message. */
	message: string;
}) {
	it("deletes the record and outputs deleted: true with eGestor's confirmation", async () => {
		const api = eGestorApi().delete(`/api/v1${path}/317`).reply(200, confirmation(message));

		const result = await runNode({ resource, operation: 'delete', [idName]: '317' });

		expect(result.error).toBeUndefined();
		expect(api.isDone()).toBe(true);
		expect(result.output('eGestor')).toEqual([{ deleted: true, ...confirmation(message) }]);
	});

	it('deletes the record picked from the list (a resource locator value)', async () => {
		const api = eGestorApi().delete(`/api/v1${path}/318`).reply(200, confirmation(message));

		const result = await runNode({ resource, operation: 'delete', [idName]: fromList('318') });

		expect(result.error).toBeUndefined();
		expect(api.isDone()).toBe(true);
	});
}
