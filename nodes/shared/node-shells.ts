import type { IExecuteFunctions, INodeExecutionData, INodeTypeDescription } from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import { pollingTrigger } from './poll';
import { route } from './router';
import type { ResourceMap } from './types';

/**
 * What every action node's description says alike: a transform node, version 1, one input
 * and one output. Each node spreads it after its subtitle (every node's description in the
 * same order) and writes its own names, text and properties; `icon`, `subtitle` and
 * `usableAsTool` stay written in the node, where n8n's linter looks for them. A node with
 * more versions writes its `version` after the spread.
 */
export const actionNode = {
	group: ['transform'],
	version: 1,
	inputs: [NodeConnectionTypes.Main],
	outputs: [NodeConnectionTypes.Main],
} satisfies Partial<INodeTypeDescription>;

/**
 * What every trigger's description says alike: a trigger node, version 1, no input and one
 * output. `icon` and `subtitle` stay written in the node, where n8n's linter looks for them.
 */
export const triggerNode = {
	group: ['trigger'],
	version: 1,
	inputs: [],
	outputs: [NodeConnectionTypes.Main],
} satisfies Partial<INodeTypeDescription>;

/** A polling trigger's: `triggerNode`, polled (`pollingTrigger`). */
export const pollingTriggerNode = {
	...triggerNode,
	...pollingTrigger,
} satisfies Partial<INodeTypeDescription>;

/**
 * An action node's `execute` (`execute = routeTo(resources)`, as the triggers' `poll =
 * pollerOf(...)`): every input item through `route` to its resource's operation.
 */
export function routeTo(
	resources: ResourceMap,
): (this: IExecuteFunctions) => Promise<INodeExecutionData[][]> {
	return async function execute(this: IExecuteFunctions) {
		return await route.call(this, resources);
	};
}
