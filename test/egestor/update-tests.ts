import type { IDataObject } from 'n8n-workflow';
import type { ZodTypeAny } from 'zod';

import { bodiesSeen, eGestorApi, runNode } from './egestor-harness';

interface UpdateCase {
	resource: string;
	idName: string;
	/** API collection path, e.g. "/contatos". */
	path: string;
	/** The record as eGestor's read answers it (the document's Detalhar example). */
	read: IDataObject;
	/** The whole record the node must send back for `read` with no change. */
	whole: IDataObject;
	/** Update Fields as a user fills them, and the body they become. */
	updateFields: IDataObject;
	changes: IDataObject;
	/** One field to clear (also under updateFields) and the documented empty value it is sent as. */
	clear: { field: string; empty: unknown };
	/** The PUT body contract. */
	contract: ZodTypeAny;
	/** What eGestor answers the PUT (the document's example). */
	answer: IDataObject;
}

/** Update of one resource: read-merge-write by default, changed fields only, clear. */
export function updateTests(spec: UpdateCase) {
	const { resource, idName, path } = spec;
	const run = (parameters: IDataObject) =>
		runNode({ resource, operation: 'update', [idName]: '1', ...parameters });

	it('by default reads the record and PUTs it whole with the changes (2 requests)', async () => {
		const seen = bodiesSeen();
		const api = eGestorApi()
			.get(`/api/v1${path}/1`)
			.reply(200, spec.read)
			.put(`/api/v1${path}/1`, seen.match)
			.reply(200, spec.answer);

		const result = await run({ updateFields: spec.updateFields });

		expect(result.error).toBeUndefined();
		expect(api.isDone()).toBe(true);
		expect(spec.contract.parse(seen.bodies[0])).toEqual({ ...spec.whole, ...spec.changes });
		expect(seen.bodies[0]).toEqual({ ...spec.whole, ...spec.changes });
		expect(result.output('eGestor')).toEqual([spec.answer]);
	});

	it('"Send Only the Changed Fields" PUTs only the changes, without a read', async () => {
		const seen = bodiesSeen();
		const api = eGestorApi().put(`/api/v1${path}/1`, seen.match).reply(200, spec.answer);

		const result = await run({ updateMode: 'changedOnly', updateFields: spec.updateFields });

		expect(result.error).toBeUndefined();
		expect(api.isDone()).toBe(true);
		expect(spec.contract.parse(seen.bodies[0])).toEqual(spec.changes);
		expect(seen.bodies[0]).toEqual(spec.changes);
	});

	it('takes the record code By ID (a resource locator value) for the read and the PUT', async () => {
		const api = eGestorApi()
			.get(`/api/v1${path}/41`)
			.reply(200, spec.read)
			.put(`/api/v1${path}/41`)
			.reply(200, spec.answer);

		const result = await run({
			[idName]: { __rl: true, mode: 'id', value: '41' },
			updateFields: spec.updateFields,
		});

		expect(result.error).toBeUndefined();
		expect(api.isDone()).toBe(true);
	});

	it('"Fields to Clear" sends the documented empty value, in both modes', async () => {
		const seen = bodiesSeen();
		eGestorApi()
			.put(`/api/v1${path}/1`, seen.match)
			.reply(200, spec.answer)
			.get(`/api/v1${path}/1`)
			.reply(200, spec.read)
			.put(`/api/v1${path}/1`, seen.match)
			.reply(200, spec.answer);

		const only = await run({ updateMode: 'changedOnly', clearFields: [spec.clear.field] });
		const whole = await run({ clearFields: [spec.clear.field] });

		expect(only.error).toBeUndefined();
		expect(whole.error).toBeUndefined();
		expect(seen.bodies).toEqual([
			{ [spec.clear.field]: spec.clear.empty },
			{ ...spec.whole, [spec.clear.field]: spec.clear.empty },
		]);
		seen.bodies.forEach((body) => spec.contract.parse(body));
	});

	it('refuses nothing to change, or a field both set and cleared, before sending anything', async () => {
		const api = eGestorApi().get(/.*/).reply(200, spec.read).put(/.*/).reply(200, spec.answer);
		const field = spec.clear.field;

		const empty = await run({ updateFields: {} });
		const both = await run({
			updateFields: { [field]: spec.updateFields[field] },
			clearFields: [field],
		});

		expect(empty.error?.message).toBe(
			'Add at least one field under "Update Fields" or "Fields to Clear"',
		);
		expect(empty.error?.context.itemIndex).toBe(0);
		expect(both.error?.message).toMatch(/" is both set and cleared$/);
		expect(api.isDone()).toBe(false);
	});

	it('a vendor error on the read stops the item before any PUT', async () => {
		const api = eGestorApi().get(`/api/v1${path}/1`).reply(410, {
			errCode: 410,
			errMsg: 'Registro com código 1 não existe.',
			errObs: null,
			errFields: null,
		});
		const put = eGestorApi().put(/.*/).reply(200, spec.answer);

		const result = await run({ updateFields: spec.updateFields });

		expect(api.isDone()).toBe(true);
		expect(put.isDone()).toBe(false);
		expect(result.error?.message).toBe('Registro com código 1 não existe.');
		expect((result.error as { httpCode?: string } | undefined)?.httpCode).toBe('410');
	});
}
