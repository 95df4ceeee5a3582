import nock from 'nock';
import type { ICredentialDataDecryptedObject, IDataObject } from 'n8n-workflow';

import type { PollHarnessOptions } from '../../harness/poll';
import { pollHarness } from '../../harness/poll';
import type { ListOrder } from '../../sandbox/types';

/** The list orders every trigger is tested under (`StartOptions.listOrder` of the sandboxes). */
const LIST_ORDERS: ListOrder[] = ['oldest', 'newest', 'unstable'];

/** One vendor's sandbox started in a list order, with what the order tests need of it. */
interface OrderedSandbox {
	stop(): Promise<void>;
	/** The credential the trigger reads this sandbox with. */
	credentials: ICredentialDataDecryptedObject;
	/**
	 * Creates the `index`th record the trigger's event reports, matching filter `variant`;
	 * returns its id. The clock has just ticked, so each record gets its own time.
	 */
	createOne(index: number, variant: 'a' | 'b'): Promise<string>;
	/** The trigger's parameters: its event and filter `variant`. */
	parameters(variant: 'a' | 'b'): IDataObject;
	/** The id of an emitted record, as `createOne` returns it (default: its `id`). */
	idOf?(record: IDataObject): string;
}

interface OrderMatrix {
	/** The trigger node under test and its credential type. */
	trigger: Pick<PollHarnessOptions, 'nodeName' | 'node' | 'credentialTypes' | 'credentialType'>;
	start(listOrder: ListOrder): Promise<OrderedSandbox>;
	/** How many records one page of the trigger's list holds. */
	pageSize: number;
	/**
	 * Set for events the core reads by list order: the order it must have seen after the
	 * first poll (newest first, oldest first, or unclear for the unstable order).
	 */
	readsOrder?: boolean;
}

/** The reading the core must take of each sandbox order. */
const READING: Record<ListOrder, string> = {
	oldest: 'oldest',
	newest: 'newest',
	unstable: 'unclear',
};

/** Each order test creates up to 133 records over HTTP: room for a busy machine. */
const SANDBOX_TEST_MS = 120_000;

/** Moves the (faked) clock on, so each record gets its own timestamp. */
export function tick(ms = 10_000): void {
	jest.setSystemTime(Date.now() + ms);
}

/**
 * The sequences every trigger must pass under every list order (a trigger never bets on the
 * order a list is served in), against the vendor's sandbox: 130 existing + 3 new → exactly the
 * 3 new, once; a backlog of more than one page → all, once; a filter change → new matching
 * records still emitted. Only `Date` is faked, so records get distinct times as `tick` says.
 */
export function describeListOrders(name: string, matrix: OrderMatrix): void {
	describe.each(LIST_ORDERS)(`${name}, lists served %s first`, (listOrder) => {
		let sandbox: OrderedSandbox | undefined;
		beforeEach(() => {
			// The sandbox runs on loopback; every other host stays closed.
			nock.enableNetConnect('127.0.0.1');
			jest.useFakeTimers({
				doNotFake: [
					'hrtime',
					'nextTick',
					'performance',
					'queueMicrotask',
					'requestAnimationFrame',
					'cancelAnimationFrame',
					'requestIdleCallback',
					'cancelIdleCallback',
					'setImmediate',
					'clearImmediate',
					'setInterval',
					'clearInterval',
					'setTimeout',
					'clearTimeout',
				],
				now: Date.parse('2026-05-04T12:00:00Z'),
			});
		});
		afterEach(async () => {
			await sandbox?.stop();
			sandbox = undefined;
			jest.useRealTimers();
			nock.disableNetConnect();
		});
		const ids = (records: IDataObject[]) =>
			records.map((record) => sandbox!.idOf?.(record) ?? String(record.id));
		const sorted = (values: string[]) => [...values].sort();
		/** Creates `count` records, each a tick of the clock after the last; their ids in order. */
		const create = async (count: number, variant: 'a' | 'b') => {
			const created: string[] = [];
			for (let index = 0; index < count; index++) {
				tick();
				created.push(await sandbox!.createOne(index, variant));
			}
			return created;
		};
		const triggerWith = (parameters: IDataObject) =>
			pollHarness({ ...matrix.trigger, credentialData: sandbox!.credentials, parameters });

		it(
			'130 existing + 3 new: exactly the 3 new, once',
			async () => {
				sandbox = await matrix.start(listOrder);
				await create(130, 'a');
				const trigger = triggerWith(sandbox.parameters('a'));
				expect(await trigger.pollJson()).toEqual([]);
				if (matrix.readsOrder === true) {
					expect(trigger.staticData().poll).toMatchObject({ order: READING[listOrder] });
				}
				tick();
				const fresh = await create(3, 'a');
				tick();
				const emitted = ids(await trigger.pollJson());
				expect(sorted(emitted)).toEqual(sorted(fresh));
				tick();
				expect(await trigger.pollJson()).toEqual([]);
			},
			SANDBOX_TEST_MS,
		);

		it(
			'a backlog of more than one page: all, once',
			async () => {
				sandbox = await matrix.start(listOrder);
				await create(3, 'a');
				const trigger = triggerWith(sandbox.parameters('a'));
				expect(await trigger.pollJson()).toEqual([]);
				tick();
				const backlog = await create(matrix.pageSize + 5, 'a');
				const emitted: string[] = [];
				for (let poll = 0; poll < 4; poll++) {
					tick();
					emitted.push(...ids(await trigger.pollJson()));
				}
				expect(sorted(emitted)).toEqual(sorted(backlog));
			},
			SANDBOX_TEST_MS,
		);

		it(
			'a filter change: new matching records are still emitted',
			async () => {
				sandbox = await matrix.start(listOrder);
				await create(5, 'a');
				await create(5, 'b');
				const trigger = triggerWith(sandbox.parameters('a'));
				expect(await trigger.pollJson()).toEqual([]);
				tick();
				const first = await create(2, 'a');
				tick();
				expect(sorted(ids(await trigger.pollJson()))).toEqual(sorted(first));
				trigger.setParameters(sandbox.parameters('b'));
				tick();
				expect(await trigger.pollJson()).toEqual([]);
				tick();
				const matching = await create(2, 'b');
				await create(1, 'a');
				tick();
				expect(sorted(ids(await trigger.pollJson()))).toEqual(sorted(matching));
				tick();
				expect(await trigger.pollJson()).toEqual([]);
			},
			SANDBOX_TEST_MS,
		);
	});
}
