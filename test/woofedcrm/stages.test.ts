import { LoadOptionsContext } from 'n8n-core';
import type { INode, INodeParameters, IWorkflowExecuteAdditionalData } from 'n8n-workflow';
import { Workflow } from 'n8n-workflow';

import { WoofedCrm } from '../../nodes/WoofedCrm/WoofedCrm.node';
import { getStages } from '../../nodes/WoofedCrm/methods/loadOptions';
import { ACCOUNT, woofedApi, woofedHarness } from './woofedcrm-harness';

/** Runs the Stage dropdown's loadOptions as the n8n editor does, for a node with `parameters`. */
async function stagesFor(parameters: INodeParameters) {
	const harness = woofedHarness();
	const node: INode = {
		id: 'woofed',
		name: 'WoofedCRM',
		type: 'n8n-nodes-br-sales.woofedCrm',
		typeVersion: 1,
		position: [0, 0],
		parameters,
		credentials: { woofedCrmApi: { id: 'woofedCrm-credential', name: 'woofedCrm-credential' } },
	};
	const nodeType = new WoofedCrm();
	const workflow = new Workflow({
		nodes: [node],
		connections: {},
		active: false,
		nodeTypes: {
			getByName: () => nodeType,
			getByNameAndVersion: () => nodeType,
			getKnownTypes: () => ({}),
		},
	});
	const additionalData = {
		credentialsHelper: harness.credentialsHelper,
		currentNodeParameters: parameters,
	} as unknown as IWorkflowExecuteAdditionalData;
	const context = new LoadOptionsContext(workflow, node, additionalData, 'stage_id');
	return await getStages.call(context);
}

const pipelines = [
	{
		id: 2,
		name: 'Pós-venda',
		position: 2,
		stages: [{ id: 7, name: 'Onboarding', position: 1 }],
	},
	{
		id: 1,
		name: 'Vendas',
		position: 1,
		stages: [
			{ id: 3, name: 'Proposta', position: 2 },
			{ id: 1, name: 'Lead', position: 1 },
		],
	},
];

const expected = [
	{ name: 'Vendas › Lead', value: 1, description: 'Stage 1 of pipeline 1' },
	{ name: 'Vendas › Proposta', value: 3, description: 'Stage 3 of pipeline 1' },
	{ name: 'Pós-venda › Onboarding', value: 7, description: 'Stage 7 of pipeline 2' },
];

describe('WoofedCRM › Stage dropdown', () => {
	it('lists every stage as Pipeline › Stage, grouped by pipeline in kanban order', async () => {
		const api = woofedApi().get(`${ACCOUNT}/pipelines`).reply(200, pipelines);

		const options = await stagesFor({ resource: 'deal', operation: 'create' });

		expect(api.isDone()).toBe(true);
		expect(options).toEqual(expected);
	});

	it('reads a {data: [...]} envelope too, in the overriding account', async () => {
		const api = woofedApi().get('/api/v1/accounts/99/pipelines').reply(200, { data: pipelines });

		const options = await stagesFor({ resource: 'deal', operation: 'create', accountId: '99' });

		expect(api.isDone()).toBe(true);
		expect(options).toEqual(expected);
	});

	it('when the instance does not list pipelines, says to type the stage ID instead', async () => {
		woofedApi().get(`${ACCOUNT}/pipelines`).reply(404, '<html>Not Found</html>');

		await expect(stagesFor({ resource: 'deal', operation: 'create' })).rejects.toThrow(
			'This WoofedCRM instance did not list its pipelines; specify the stage ID using an expression',
		);
	});
});
