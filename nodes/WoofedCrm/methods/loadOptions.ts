import type { IDataObject, ILoadOptionsFunctions, INodePropertyOptions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { woofedRequest } from '../transport';

function listOf(body: unknown): IDataObject[] {
	const list = Array.isArray(body) ? body : (body as { data?: unknown } | undefined)?.data;
	return Array.isArray(list)
		? (list as unknown[]).filter(
				(entry): entry is IDataObject => typeof entry === 'object' && entry !== null,
			)
		: [];
}

const byPosition = (a: IDataObject, b: IDataObject) =>
	Number(a.position ?? 0) - Number(b.position ?? 0);

/**
 * Every stage of the account as "Pipeline › Stage", grouped by pipeline in kanban order.
 * Instances whose API does not list pipelines fail with a note to type the stage ID instead.
 */
export async function getStages(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	let body: unknown;
	try {
		body = await woofedRequest(this, 0, { method: 'GET', path: '/pipelines' });
	} catch (error) {
		throw new NodeOperationError(
			this.getNode(),
			'This WoofedCRM instance did not list its pipelines; specify the stage ID using an expression',
			{ description: (error as Error).message },
		);
	}
	const raw = (body as IDataObject).data !== undefined ? (body as IDataObject).data : body;
	const options: INodePropertyOptions[] = [];
	for (const pipeline of listOf(raw).sort(byPosition)) {
		const pipelineName = String(pipeline.name ?? `Pipeline ${String(pipeline.id)}`);
		for (const stage of listOf(pipeline.stages).sort(byPosition)) {
			options.push({
				name: `${pipelineName} › ${String(stage.name ?? stage.id)}`,
				value: Number(stage.id),
				description: `Stage ${String(stage.id)} of pipeline ${String(pipeline.id)}`,
			});
		}
	}
	return options;
}
