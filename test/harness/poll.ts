import { mkdtempSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';

// n8n-core writes its instance settings under N8N_USER_FOLDER when first loaded.
process.env.N8N_USER_FOLDER ??= mkdtempSync(join(tmpdir(), 'n8n-test-'));
process.env.N8N_LOG_LEVEL ??= 'silent';

import { ExecutionLifecycleHooks, PollContext } from 'n8n-core';
import nock from 'nock';
import type {
	ICredentialDataDecryptedObject,
	ICredentialType,
	IDataObject,
	INode,
	INodeExecutionData,
	INodeType,
	INodeTypes,
	IWorkflowBase,
	IWorkflowExecuteAdditionalData,
	WorkflowExecuteMode,
} from 'n8n-workflow';
import { Workflow } from 'n8n-workflow';

import { resetRateStates } from '../../nodes/shared/request';
import type { ListOrder } from '../../sandbox/types';
import { TestCredentialsHelper } from './credentials-helper';
import { PACKAGE } from './run-workflow';

export interface PollHarnessOptions {
	/** The trigger's `description.name`, e.g. "sonarMarketingTrigger". */
	nodeName: string;
	node: INodeType;
	credentialTypes: ICredentialType[];
	credentialType: string;
	credentialData: ICredentialDataDecryptedObject;
	/** The trigger node's parameters. */
	parameters: IDataObject;
	/** What n8n's getPollBudgetMs returns (default: n8n's 5 minutes). */
	pollBudgetMs?: number;
}

export interface PollHarness {
	/** One poll as an active workflow runs it ('trigger') or as the editor's test button ('manual'). */
	poll(mode?: WorkflowExecuteMode): Promise<INodeExecutionData[][] | null>;
	/** The records one poll emitted, as plain JSON ([] when it returned null). */
	pollJson(mode?: WorkflowExecuteMode): Promise<IDataObject[]>;
	/** The node's static data as it stands between polls (kept across polls, as n8n keeps it). */
	staticData(): IDataObject;
	/** Changes the trigger's parameters between polls, as a user editing the node would. */
	setParameters(parameters: IDataObject): void;
	/** Replaces the node's static data (e.g. with what an earlier version saved). */
	setStaticData(data: IDataObject): void;
	credentialsHelper: TestCredentialsHelper;
}

/**
 * Builds n8n-core's PollContext for one trigger node (credentials helper and additional data
 * as the workflow harness uses them) and calls the node's `poll()` directly, keeping the
 * node's static data between polls like an active workflow does.
 */
export function pollHarness(options: PollHarnessOptions): PollHarness {
	resetRateStates();
	const credentialId = `${options.nodeName}-credential`;
	const credentialsHelper = new TestCredentialsHelper(options.credentialTypes, [
		{
			id: credentialId,
			name: credentialId,
			type: options.credentialType,
			data: options.credentialData,
		},
	]);
	const node: INode = {
		id: 'trigger',
		name: 'Trigger',
		type: `${PACKAGE}.${options.nodeName}`,
		typeVersion: 1,
		position: [0, 0],
		parameters: options.parameters as INode['parameters'],
		credentials: { [options.credentialType]: { id: credentialId, name: credentialId } },
	};
	const nodeTypes: INodeTypes = {
		getByName: () => options.node,
		getByNameAndVersion: () => options.node,
		getKnownTypes: () => ({}),
	};
	const workflowData: IWorkflowBase = {
		id: 'test-workflow',
		name: 'Test workflow',
		active: true,
		isArchived: false,
		nodes: [node],
		connections: {},
		createdAt: new Date(),
		updatedAt: new Date(),
		activeVersionId: null,
	};
	const workflow = new Workflow({
		id: workflowData.id,
		name: workflowData.name,
		nodes: [node],
		connections: {},
		active: true,
		nodeTypes,
		settings: { executionOrder: 'v1' },
	});
	const additionalData = {
		credentialsHelper,
		hooks: new ExecutionLifecycleHooks('trigger', 'test-execution', workflowData),
		executeWorkflow: async () => {
			throw new Error('Sub-workflows are not part of these tests');
		},
		getRunExecutionData: async () => undefined,
		getRuntimeCredential: async () => undefined,
		currentNodeExecutionIndex: 0,
		restApiUrl: 'http://localhost:5678/rest',
		instanceBaseUrl: 'http://localhost:5678',
		webhookBaseUrl: 'http://localhost:5678/webhook',
		webhookWaitingBaseUrl: 'http://localhost:5678/webhook-waiting',
		webhookTestBaseUrl: 'http://localhost:5678/webhook-test',
		variables: {},
		logAiEvent: () => undefined,
	} as unknown as IWorkflowExecuteAdditionalData;

	const staticData: IDataObject = {};
	const fail = () => {
		throw new Error('A poll node returns its items; it does not emit them');
	};

	const poll = async (mode: WorkflowExecuteMode = 'trigger') => {
		const context = new PollContext(
			workflow,
			node,
			additionalData,
			mode,
			mode === 'manual' ? 'manual' : 'activate',
			fail,
			fail,
			undefined,
			undefined,
			() => staticData,
			() => options.pollBudgetMs ?? 5 * 60_000,
		);
		// The same object across polls, as in an active workflow: whatever a poll changes in it
		// stays, even when the poll then fails.
		if (options.node.poll === undefined) throw new Error('The node has no poll()');
		return await options.node.poll.call(context);
	};

	return {
		poll,
		pollJson: async (mode) => ((await poll(mode)) ?? [[]])[0].map((item) => item.json),
		staticData: () => structuredClone(staticData),
		setParameters: (parameters) => {
			node.parameters = parameters as INode['parameters'];
		},
		setStaticData: (data) => {
			for (const name of Object.keys(staticData)) delete staticData[name];
			Object.assign(staticData, structuredClone(data));
		},
		credentialsHelper,
	};
}

/** The list orders every trigger is tested under (`StartOptions.listOrder` of the sandboxes). */
export const LIST_ORDERS: ListOrder[] = ['oldest', 'newest', 'unstable'];

/** One vendor's sandbox started in a list order, with what the order tests need of it. */
export interface OrderedSandbox {
	stop(): Promise<void>;
	/** The trigger on this sandbox with `parameters` (event and filters). */
	trigger(parameters: IDataObject): PollHarness;
	/**
	 * Creates `count` records the trigger's event reports, each a tick of the clock after the
	 * last, matching filter `variant`; returns their ids in creation order.
	 */
	create(count: number, variant: 'a' | 'b'): Promise<string[]>;
	/** The trigger's parameters: its event and filter `variant`. */
	parameters(variant: 'a' | 'b'): IDataObject;
	/** The id of an emitted record, as `create` returns it. */
	idOf(record: IDataObject): string;
}

export interface OrderMatrix {
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
 * The sequences every trigger must pass under every list order (issue 12, "Triggers that do
 * not bet on list order"), against the vendor's sandbox: 130 existing + 3 new → exactly the
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
		const ids = (records: IDataObject[]) => records.map((record) => sandbox!.idOf(record));
		const sorted = (values: string[]) => [...values].sort();

		it(
			'130 existing + 3 new: exactly the 3 new, once',
			async () => {
				sandbox = await matrix.start(listOrder);
				await sandbox.create(130, 'a');
				const trigger = sandbox.trigger(sandbox.parameters('a'));
				expect(await trigger.pollJson()).toEqual([]);
				if (matrix.readsOrder === true) {
					expect(trigger.staticData().poll).toMatchObject({ order: READING[listOrder] });
				}
				tick();
				const fresh = await sandbox.create(3, 'a');
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
				await sandbox.create(3, 'a');
				const trigger = sandbox.trigger(sandbox.parameters('a'));
				expect(await trigger.pollJson()).toEqual([]);
				tick();
				const backlog = await sandbox.create(matrix.pageSize + 5, 'a');
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
				await sandbox.create(5, 'a');
				await sandbox.create(5, 'b');
				const trigger = sandbox.trigger(sandbox.parameters('a'));
				expect(await trigger.pollJson()).toEqual([]);
				tick();
				const first = await sandbox.create(2, 'a');
				tick();
				expect(sorted(ids(await trigger.pollJson()))).toEqual(sorted(first));
				trigger.setParameters(sandbox.parameters('b'));
				tick();
				expect(await trigger.pollJson()).toEqual([]);
				tick();
				const matching = await sandbox.create(2, 'b');
				await sandbox.create(1, 'a');
				tick();
				expect(sorted(ids(await trigger.pollJson()))).toEqual(sorted(matching));
				tick();
				expect(await trigger.pollJson()).toEqual([]);
			},
			SANDBOX_TEST_MS,
		);
	});
}
