import type { IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';

import { route } from './router';
import type { ResourceMap } from './types';

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
