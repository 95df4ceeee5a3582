import { LoadOptionsContext } from 'n8n-core';
import type {
	ICredentialDataDecryptedObject,
	ICredentialType,
	ILoadOptionsFunctions,
	INode,
	INodeParameters,
	INodeType,
	IWorkflowExecuteAdditionalData,
} from 'n8n-workflow';
import { Workflow } from 'n8n-workflow';

import { PACKAGE, WorkflowHarness } from '../../harness/run-workflow';

interface ListSearchSetup {
	nodeName: string;
	node: INodeType;
	credentialTypes: ICredentialType[];
	credentialType: string;
	credentialData: ICredentialDataDecryptedObject;
	/** The node's parameters as the editor holds them while the list is open. */
	parameters?: INodeParameters;
	/** The resource locator being filled (n8n's `path` of the parameter). */
	parameter: string;
}

/**
 * n8n-core's own LoadOptionsContext, as the editor runs a `listSearch` method, signed with the
 * test credential through the harness's credentials helper. `requests` counts the HTTP calls.
 */
export function listSearchContext(setup: ListSearchSetup) {
	const credentialId = `${setup.nodeName}-credential`;
	const harness = new WorkflowHarness({
		nodeTypes: { [setup.nodeName]: setup.node },
		credentialTypes: setup.credentialTypes,
		credentials: [
			{
				id: credentialId,
				name: credentialId,
				type: setup.credentialType,
				data: setup.credentialData,
			},
		],
	});
	const parameters = setup.parameters ?? {};
	const node: INode = {
		id: setup.nodeName,
		name: setup.nodeName,
		type: `${PACKAGE}.${setup.nodeName}`,
		typeVersion: 1,
		position: [0, 0],
		parameters,
		credentials: { [setup.credentialType]: { id: credentialId, name: credentialId } },
	};
	const workflow = new Workflow({
		nodes: [node],
		connections: {},
		active: false,
		nodeTypes: {
			getByName: () => setup.node,
			getByNameAndVersion: () => setup.node,
			getKnownTypes: () => ({}),
		},
	});
	const additionalData = {
		credentialsHelper: harness.credentialsHelper,
		currentNodeParameters: parameters,
	} as unknown as IWorkflowExecuteAdditionalData;
	const context = new LoadOptionsContext(workflow, node, additionalData, setup.parameter);
	const requests = jest.spyOn(context.helpers, 'httpRequestWithAuthentication');
	return { context: context as ILoadOptionsFunctions, requests };
}
