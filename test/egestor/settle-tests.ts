import { settleBody } from '../../sandbox/contracts/egestor';
import { bodiesSeen, confirmation, eGestorApi, runNode } from './egestor-harness';

/** Receive / Pay: PUT <path>/<code>/<action> with {valor, dtPgto}. */
export function settleTests({
	resource,
	operation,
	idName,
	path,
	message,
}: {
	resource: string;
	operation: 'receive' | 'pay';
	idName: string;
	path: string;
	/** eGestor's confirmation message. */
	message: string;
}) {
	const action = operation === 'receive' ? 'receber' : 'pagar';
	it('sends the amount and the payment date and outputs the confirmation', async () => {
		const seen = bodiesSeen();
		const api = eGestorApi()
			.put(`/api/v1${path}/1/${action}`, seen.match)
			.reply(200, { ...confirmation(message), code: 200 });

		const result = await runNode({
			resource,
			operation,
			[idName]: '1',
			valor: '200',
			dtPgto: '2017-04-25',
		});

		expect(result.error).toBeUndefined();
		expect(api.isDone()).toBe(true);
		expect(seen.bodies.map((body) => settleBody.parse(body))).toEqual([
			{ valor: 200, dtPgto: '2017-04-25' },
		]);
		expect(result.output('eGestor')).toEqual([{ ...confirmation(message), code: 200 }]);
	});

	it('takes the record picked from the list (a resource locator value)', async () => {
		const api = eGestorApi()
			.put(`/api/v1${path}/37/${action}`)
			.reply(200, { ...confirmation(message), code: 200 });

		const result = await runNode({
			resource,
			operation,
			[idName]: { __rl: true, mode: 'list', value: '37', cachedResultName: 'Parcela 1/1' },
			valor: '200',
			dtPgto: '2017-04-25',
		});

		expect(result.error).toBeUndefined();
		expect(api.isDone()).toBe(true);
	});

	it.each([
		[{ valor: '={{ 0 }}', dtPgto: '2017-04-25' }, '"Amount (BRL)" must be a number from 0.01'],
		[{ valor: '0.009', dtPgto: '2017-04-25' }, '"Amount (BRL)" must be a number from 0.01'],
		[{ valor: '={{ "" }}', dtPgto: '2017-04-25' }, '"Amount (BRL)" must be a number from 0.01'],
		[{ valor: '200,50', dtPgto: '2017-04-25' }, '"Amount (BRL)" must be a number from 0.01'],
		[{ valor: 10, dtPgto: '={{ "25/04/2017" }}' }, '"Payment Date" must be a date as YYYY-MM-DD'],
	])('refuses %j before sending anything', async (parameters, expected) => {
		const api = eGestorApi().put(/.*/).reply(200, {});

		const result = await runNode({ resource, operation, [idName]: '1', ...parameters });

		expect(result.error?.message).toBe(expected);
		expect(api.isDone()).toBe(false);
	});

	it('Amount has no default: n8n refuses to run the node while it is empty', async () => {
		const api = eGestorApi().put(/.*/).reply(200, {});

		await expect(
			runNode({ resource, operation, [idName]: '1', dtPgto: '2017-04-25' }),
		).rejects.toThrow('Parameter "Amount (BRL)" is required.');
		expect(api.isDone()).toBe(false);
	});
}
