// The five vendors as the bench drives them: one create and one Return All list each.
import { performance } from 'node:perf_hooks';

import type {
	ICredentialType,
	IDataObject,
	INodeType,
	INodeTypes,
	IExecuteFunctions,
	IHttpRequestMethods,
	INodeExecutionData,
} from 'n8n-workflow';

import { EcosysAutoApi } from '../../credentials/EcosysAutoApi.credentials';
import { EGestorApi } from '../../credentials/EGestorApi.credentials';
import { HivestrApi } from '../../credentials/HivestrApi.credentials';
import { SonarMarketingApi } from '../../credentials/SonarMarketingApi.credentials';
import { WoofedCrmApi } from '../../credentials/WoofedCrmApi.credentials';
import { EcosysAuto } from '../../nodes/EcosysAuto/EcosysAuto.node';
import { EGestor } from '../../nodes/EGestor/EGestor.node';
import { Hivestr } from '../../nodes/Hivestr/Hivestr.node';
import { SonarMarketing } from '../../nodes/SonarMarketing/SonarMarketing.node';
import { WoofedCrm } from '../../nodes/WoofedCrm/WoofedCrm.node';
import type { SandboxVendor } from '../../sandbox';
import { WorkflowHarness } from '../../harness/run-workflow';
import type { WorkflowResult } from '../../harness/run-workflow';

export interface VendorCase {
	vendor: SandboxVendor;
	label: string;
	nodeName: string;
	node: INodeType;
	credentialType: ICredentialType;
	/** Extra fields of the stored credential (an empty expirable token). */
	credentialExtra?: Record<string, string>;
	common?: IDataObject;
	create: IDataObject;
	list: IDataObject;
	pageSize: number;
	/** Does the list envelope state the number of pages up front? */
	totalKnown: boolean;
}

export const ALL_VENDORS: VendorCase[] = [
	{
		vendor: 'sonar',
		label: 'Sonar Marketing',
		nodeName: 'sonarMarketing',
		node: new SonarMarketing(),
		credentialType: new SonarMarketingApi(),
		create: { resource: 'deal', operation: 'create', title: 'Bench deal' },
		list: { resource: 'deal', operation: 'getAll', returnAll: true },
		pageSize: 100,
		totalKnown: true,
	},
	{
		vendor: 'ecosys',
		label: 'Ecosys Auto',
		nodeName: 'ecosysAuto',
		node: new EcosysAuto(),
		credentialType: new EcosysAutoApi(),
		create: { resource: 'deal', operation: 'create', title: 'Bench deal' },
		list: { resource: 'deal', operation: 'getAll', returnAll: true },
		pageSize: 100,
		totalKnown: true,
	},
	{
		vendor: 'woofedcrm',
		label: 'WoofedCRM',
		nodeName: 'woofedCrm',
		node: new WoofedCrm(),
		credentialType: new WoofedCrmApi(),
		create: { resource: 'contact', operation: 'create', contactFields: { full_name: 'Bench' } },
		list: { resource: 'contact', operation: 'search', returnAll: true },
		pageSize: 10,
		totalKnown: false,
	},
	{
		vendor: 'hivestr',
		label: 'Hivestr',
		nodeName: 'hivestr',
		node: new Hivestr(),
		credentialType: new HivestrApi(),
		credentialExtra: { accessToken: '' },
		create: { resource: 'client', operation: 'create', name: 'Bench client' },
		list: { resource: 'client', operation: 'getAll', returnAll: true },
		pageSize: 100,
		totalKnown: true,
	},
	{
		vendor: 'egestor',
		label: 'eGestor',
		nodeName: 'eGestor',
		node: new EGestor(),
		credentialType: new EGestorApi() as ICredentialType,
		credentialExtra: { accessToken: '' },
		common: { authentication: 'personalToken' },
		create: { resource: 'contact', operation: 'create', nome: 'Bench', tipo: ['cliente'] },
		list: { resource: 'contact', operation: 'getAll', returnAll: true },
		pageSize: 50,
		totalKnown: true,
	},
];

export const VENDORS = ALL_VENDORS.filter((vc) =>
	(process.env.BENCH_VENDORS ?? vc.vendor).split(',').includes(vc.vendor),
);

export const CREDENTIAL_ID = 'bench-credential';

/**
 * The least any node pays in n8n: one `httpRequestWithAuthentication` per item with a fixed
 * method, URL and JSON body, no validation, no error mapping. The vendor node's cost above
 * this is the pack's own code; below it is n8n-core's request helper.
 */
function bareNode(credentialType: string): INodeType {
	return {
		description: {
			displayName: 'Bare Request',
			name: 'bareRequest',
			group: ['transform'],
			version: 1,
			description: 'One authenticated request per item',
			defaults: { name: 'Bare Request' },
			inputs: ['main'],
			outputs: ['main'],
			credentials: [{ name: credentialType, required: true }],
			properties: [
				{ displayName: 'Method', name: 'method', type: 'string', default: 'POST' },
				{ displayName: 'URL', name: 'url', type: 'string', default: '' },
				{ displayName: 'Body', name: 'body', type: 'string', default: '' },
			],
		},
		async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
			const out: INodeExecutionData[] = [];
			const items = this.getInputData();
			for (let index = 0; index < items.length; index++) {
				const body = this.getNodeParameter('body', index) as string;
				const json = (await this.helpers.httpRequestWithAuthentication.call(this, credentialType, {
					method: this.getNodeParameter('method', index) as IHttpRequestMethods,
					url: this.getNodeParameter('url', index) as string,
					body: body === '' ? undefined : (JSON.parse(body) as IDataObject),
					json: true,
				})) as IDataObject;
				out.push({ json, pairedItem: { item: index } });
			}
			return [out];
		},
	};
}

export function harnessFor(
	vc: VendorCase,
	credentials: Record<string, string>,
	httpRequest?: INodeType,
) {
	const harness = new WorkflowHarness({
		nodeTypes: { [vc.nodeName]: vc.node, bareRequest: bareNode(vc.credentialType.name) },
		credentialTypes: [vc.credentialType],
		credentials: [
			{
				id: CREDENTIAL_ID,
				name: CREDENTIAL_ID,
				type: vc.credentialType.name,
				data: { ...credentials, ...vc.credentialExtra },
			},
		],
	});
	if (httpRequest !== undefined) {
		// n8n-core lets only its own HTTP Request node type use any credential: give it that name.
		const open = harness as unknown as { nodeTypes: INodeTypes };
		const types = open.nodeTypes;
		open.nodeTypes = {
			...types,
			getByName: (type) => (type === HTTP_TYPE ? httpRequest : types.getByName(type)),
			getByNameAndVersion: (type, version) =>
				type === HTTP_TYPE ? httpRequest : types.getByNameAndVersion(type, version),
		};
	}
	return harness;
}

export const HTTP_TYPE = 'n8n-nodes-base.httpRequest';

export async function runNode(
	harness: WorkflowHarness,
	vc: VendorCase,
	parameters: IDataObject,
	items: number,
	continueOnFail = false,
): Promise<{ ms: number; result: WorkflowResult }> {
	const started = performance.now();
	const result = await harness.runChain(
		Array.from({ length: items }, () => ({})),
		[
			{
				name: 'Vendor',
				type: vc.nodeName,
				parameters: { ...vc.common, ...parameters },
				credentials: { [vc.credentialType.name]: CREDENTIAL_ID },
				continueOnFail,
			},
		],
	);
	const ms = performance.now() - started;
	if (result.error !== undefined) throw new Error(`${vc.label}: ${result.error.message}`);
	return { ms, result };
}
