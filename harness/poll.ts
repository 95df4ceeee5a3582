import './n8n-env';

import { ExecutionLifecycleHooks, PollContext } from 'n8n-core';
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

import { resetRateStates } from '../nodes/shared/request';
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

interface PollHarness {
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
