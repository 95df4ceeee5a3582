import type { IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';
import { NodeApiError, NodeOperationError } from 'n8n-workflow';

import { emptyListMarker } from './paginate';
import type { ResourceMap } from './types';

function operationFor(context: IExecuteFunctions, resources: ResourceMap, itemIndex: number) {
	const resource = context.getNodeParameter('resource', itemIndex) as string;
	const operation = context.getNodeParameter('operation', itemIndex) as string;
	const found = resources[resource]?.[operation];
	if (found === undefined) {
		throw new NodeOperationError(
			context.getNode(),
			`The operation "${operation}" is not known for the resource "${resource}"`,
			{ itemIndex },
		);
	}
	return found;
}

/** Every failure leaves an item with its index, so n8n points at the item that failed. */
function withItemIndex(context: IExecuteFunctions, error: unknown, itemIndex: number) {
	if (error instanceof NodeApiError || error instanceof NodeOperationError) {
		error.context.itemIndex = itemIndex;
		return error;
	}
	return new NodeOperationError(context.getNode(), error as Error, { itemIndex });
}

/**
 * The per-item loop of every action node: one operation per input item, its results paired
 * to that item. With "Continue On Fail" a failed item yields exactly one error item.
 */
export async function route(
	this: IExecuteFunctions,
	resources: ResourceMap,
): Promise<INodeExecutionData[][]> {
	const output: INodeExecutionData[] = [];
	const items = this.getInputData();
	for (let itemIndex = 0; itemIndex < items.length; itemIndex++) {
		try {
			const operation = operationFor(this, resources, itemIndex);
			const result = emptyListMarker(
				this,
				await operation.execute.call(this, itemIndex),
				itemIndex,
			);
			output.push(
				...this.helpers.constructExecutionMetaData(this.helpers.returnJsonArray(result), {
					itemData: { item: itemIndex },
				}),
			);
		} catch (error) {
			const failure = withItemIndex(this, error, itemIndex);
			if (!this.continueOnFail()) throw failure;
			output.push({
				json: { error: failure.message, description: failure.description ?? null },
				pairedItem: { item: itemIndex },
			});
		}
	}
	return [output];
}
