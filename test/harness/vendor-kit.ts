import nock from 'nock';
import type {
	ICredentialDataDecryptedObject,
	ICredentialType,
	IDataObject,
	INodeType,
} from 'n8n-workflow';

import type { WorkflowNode } from '../../harness/run-workflow';
import { WorkflowHarness } from '../../harness/run-workflow';

interface VendorKitOptions {
	/** The node's `description.name`, e.g. "sonarMarketing". */
	nodeName: string;
	node: INodeType;
	credentialTypes: ICredentialType[];
	/** The credential the nodes are signed with: its type and stored data. */
	credentialType: string;
	credentialData: ICredentialDataDecryptedObject;
	/** Origin the vendor API is mocked on, e.g. "https://sonar.test". */
	origin: string;
	/** Headers every API request must carry (e.g. the Authorization header). */
	requiredHeaders?: Record<string, string>;
}

/** What a vendor's tests need: a harness, nodes signed with the test credential, the mocked API. */
export function vendorKit(options: VendorKitOptions) {
	const credentialId = `${options.nodeName}-credential`;
	return {
		harness: () =>
			new WorkflowHarness({
				nodeTypes: { [options.nodeName]: options.node },
				credentialTypes: options.credentialTypes,
				credentials: [
					{
						id: credentialId,
						name: credentialId,
						type: options.credentialType,
						data: options.credentialData,
					},
				],
			}),
		node: (name: string, parameters: IDataObject, continueOnFail = false): WorkflowNode => ({
			name,
			type: options.nodeName,
			parameters,
			credentials: { [options.credentialType]: credentialId },
			continueOnFail,
		}),
		api: () => nock(options.origin, { reqheaders: options.requiredHeaders ?? {} }),
	};
}

/** Collects the JSON bodies a nock interceptor receives, accepting every one. */
export function bodiesSeen() {
	const bodies: unknown[] = [];
	return {
		bodies,
		match: (body: unknown) => {
			bodies.push(body);
			return true;
		},
	};
}
