import './n8n-env';

import { ExecutionLifecycleHooks, WorkflowExecute } from 'n8n-core';
import type {
	ICredentialType,
	IDataObject,
	IExecuteFunctions,
	INode,
	INodeExecutionData,
	INodeType,
	INodeTypes,
	INodeTypeDescription,
	IRun,
	IWorkflowBase,
	IWorkflowExecuteAdditionalData,
	IConnections,
} from 'n8n-workflow';
import { createRunExecutionData, NodeConnectionTypes, Workflow } from 'n8n-workflow';

import { resetRateStates } from '../nodes/shared/request';
import type { StoredCredential } from './credentials-helper';
import { TestCredentialsHelper } from './credentials-helper';

export const PACKAGE = 'n8n-nodes-br-sales';
export const START_NODE = 'Start';

/** The harness's own start node: emits the items it is given. */
class HarnessStart implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Harness Start',
		name: 'harnessStart',
		group: ['trigger'],
		version: 1,
		description: 'Emits the test items',
		defaults: { name: START_NODE },
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		properties: [{ displayName: 'Items', name: 'items', type: 'json', default: '[]' }],
	};

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		const items = this.getNodeParameter('items', 0) as unknown;
		const list = (typeof items === 'string' ? JSON.parse(items) : items) as IDataObject[];
		return [list.map((json) => ({ json }))];
	}
}

function nodeTypesOf(nodes: Record<string, INodeType>): INodeTypes {
	const all: Record<string, INodeType> = { 'harness.start': new HarnessStart() };
	for (const [name, type] of Object.entries(nodes)) all[`${PACKAGE}.${name}`] = type;
	const byName = (type: string) => {
		const found = all[type];
		if (found === undefined) throw new Error(`Unknown node type ${type}`);
		return found;
	};
	return {
		getByName: byName,
		getByNameAndVersion: byName,
		getKnownTypes: () => ({}),
	};
}

export interface WorkflowNode {
	name: string;
	/** Our node's name without the package prefix, e.g. "sonarMarketing". */
	type: string;
	parameters: IDataObject;
	/** credential type → test credential id */
	credentials?: Record<string, string>;
	continueOnFail?: boolean;
	/** The node's version (default 1). */
	typeVersion?: number;
}

interface HarnessOptions {
	nodeTypes: Record<string, INodeType>;
	credentialTypes: ICredentialType[];
	credentials: StoredCredential[];
}

export interface WorkflowResult {
	run: IRun;
	/** The first output of a node's (last) run, as plain JSON. */
	output(nodeName: string): IDataObject[];
	/** The same items with their pairing to the input. */
	items(nodeName: string): INodeExecutionData[];
	/** The error that stopped the execution, if any. */
	error: IRun['data']['resultData']['error'];
}

/**
 * Runs workflows through n8n-core's WorkflowExecute, as n8n does, with a start node feeding
 * `input` to a chain of nodes (each one's output into the next).
 */
export class WorkflowHarness {
	readonly credentialsHelper: TestCredentialsHelper;

	private readonly nodeTypes: INodeTypes;

	constructor(options: HarnessOptions) {
		// Each harness is a fresh n8n process as far as rate budgets go.
		resetRateStates();
		this.nodeTypes = nodeTypesOf(options.nodeTypes);
		this.credentialsHelper = new TestCredentialsHelper(
			options.credentialTypes,
			options.credentials,
		);
	}

	async runChain(input: IDataObject[], chain: WorkflowNode[]): Promise<WorkflowResult> {
		const nodes: INode[] = [
			{
				id: 'start',
				name: START_NODE,
				type: 'harness.start',
				typeVersion: 1,
				position: [0, 0],
				parameters: { items: JSON.stringify(input) },
			},
			...chain.map((node, index) => ({
				id: `node-${index}`,
				name: node.name,
				type: `${PACKAGE}.${node.type}`,
				typeVersion: node.typeVersion ?? 1,
				position: [(index + 1) * 200, 0] as [number, number],
				parameters: node.parameters as INode['parameters'],
				continueOnFail: node.continueOnFail,
				credentials: Object.fromEntries(
					Object.entries(node.credentials ?? {}).map(([type, id]) => [type, { id, name: id }]),
				),
			})),
		];
		const names = nodes.map((node) => node.name);
		const connections: IConnections = {};
		for (let index = 0; index < names.length - 1; index++) {
			connections[names[index]] = {
				main: [[{ node: names[index + 1], type: NodeConnectionTypes.Main, index: 0 }]],
			};
		}
		return await this.run(nodes, connections);
	}

	async run(nodes: INode[], connections: IConnections): Promise<WorkflowResult> {
		const workflowData: IWorkflowBase = {
			id: 'test-workflow',
			name: 'Test workflow',
			active: false,
			isArchived: false,
			nodes,
			connections,
			createdAt: new Date(),
			updatedAt: new Date(),
			activeVersionId: null,
		};
		const workflow = new Workflow({
			id: workflowData.id,
			name: workflowData.name,
			nodes,
			connections,
			active: false,
			nodeTypes: this.nodeTypes,
			settings: { executionOrder: 'v1' },
		});
		const additionalData = {
			credentialsHelper: this.credentialsHelper,
			hooks: new ExecutionLifecycleHooks('manual', 'test-execution', workflowData),
			executeWorkflow: async () => {
				throw new Error('Sub-workflows are not part of these tests');
			},
			getRunExecutionData: async () => undefined,
			getRuntimeCredential: async () => undefined,
			currentNodeExecutionIndex: 0,
			restApiUrl: 'http://localhost:5678/rest',
			instanceBaseUrl: 'http://localhost:5678',
			formBaseUrl: 'http://localhost:5678/form',
			formWaitingBaseUrl: 'http://localhost:5678/form-waiting',
			formTestBaseUrl: 'http://localhost:5678/form-test',
			webhookBaseUrl: 'http://localhost:5678/webhook',
			webhookWaitingBaseUrl: 'http://localhost:5678/webhook-waiting',
			webhookTestBaseUrl: 'http://localhost:5678/webhook-test',
			mcpBaseUrl: 'http://localhost:5678/mcp',
			mcpTestBaseUrl: 'http://localhost:5678/mcp-test',
			variables: {},
			logAiEvent: () => undefined,
		} as unknown as IWorkflowExecuteAdditionalData;

		const startNode = nodes.find((node) => node.name === START_NODE);
		const execution = new WorkflowExecute(additionalData, 'manual', createRunExecutionData());
		const run = await execution.run({ workflow, startNode });
		const runData = run.data.resultData.runData;
		const items = (nodeName: string): INodeExecutionData[] => {
			const runs = runData[nodeName];
			return runs?.[runs.length - 1]?.data?.main?.[0] ?? [];
		};
		return {
			run,
			items,
			output: (nodeName) => items(nodeName).map((item) => item.json),
			error: run.data.resultData.error,
		};
	}
}
