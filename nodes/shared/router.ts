import type {
	IExecuteFunctions,
	INodeExecutionData,
	INodeProperties,
	INodePropertyOptions,
} from 'n8n-workflow';
import { NodeApiError, NodeOperationError } from 'n8n-workflow';

import { emptyListMarker } from './paginate';
import type { Operation, ResourceMap } from './types';

/**
 * A Resource or Operation dropdown whose every value is a key of the map the router
 * dispatches (`satisfies RoutedDropdown<keyof typeof operations>`), so a dropdown value
 * without an operation fails to compile.
 */
export type RoutedDropdown<Value extends string> = INodeProperties & {
	type: 'options';
	options: Array<INodePropertyOptions & { value: Value }>;
	default: Value;
};

/** The most items a node runs at once, whatever "Requests in Parallel" says. */
export const MAX_REQUESTS_IN_PARALLEL = 50;

/**
 * The operation every item runs when Resource and Operation are plain values, not
 * expressions (as the UI sets them): read once, not per item. Undefined when either is an
 * expression (it may differ per item) or names no operation: then each item reads its own.
 */
function fixedOperation(context: IExecuteFunctions, resources: ResourceMap) {
	try {
		const [resource, operation] = ['resource', 'operation'].map((name) =>
			context.getNodeParameter(name, 0, undefined, { rawExpressions: true }),
		);
		const plain = (value: unknown): value is string =>
			typeof value === 'string' && !value.startsWith('=');
		if (!plain(resource) || !plain(operation)) return undefined;
		return resources[resource]?.[operation];
	} catch {
		return undefined;
	}
}

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
 * The node's "Requests in Parallel" (1 for a node without the option), checked before any
 * request.
 */
function requestsInParallel(context: IExecuteFunctions): number {
	const value = Number(context.getNodeParameter('requestsInParallel', 0, 1));
	if (!Number.isInteger(value) || value < 1 || value > MAX_REQUESTS_IN_PARALLEL) {
		throw new NodeOperationError(
			context.getNode(),
			`Requests in Parallel must be a whole number from 1 to ${MAX_REQUESTS_IN_PARALLEL}`,
			{ itemIndex: 0 },
		);
	}
	return value;
}

/** One item's outcome: its outputs, or the error it failed with. */
type ItemOutcome =
	| { output: INodeExecutionData[]; failure?: undefined }
	| { failure: NodeApiError | NodeOperationError };

async function runItem(
	context: IExecuteFunctions,
	resources: ResourceMap,
	fixed: Operation | undefined,
	itemIndex: number,
): Promise<ItemOutcome> {
	try {
		const operation = fixed ?? operationFor(context, resources, itemIndex);
		const result = emptyListMarker(
			context,
			await operation.execute.call(context, itemIndex),
			itemIndex,
		);
		return {
			output: context.helpers.constructExecutionMetaData(context.helpers.returnJsonArray(result), {
				itemData: { item: itemIndex },
			}),
		};
	} catch (error) {
		return { failure: withItemIndex(context, error, itemIndex) };
	}
}

/**
 * Runs every input item, up to `inParallel` at once, and returns their outcomes in item
 * order. The first item runs alone, so a token exchange happens once and the credential's
 * rate budget has the vendor's count before more items start. Items start in input order,
 * and each only once: an item is never run again. When `stopAtFailure` and an item fails,
 * no further item starts; those already under way are waited for (no request outlives the
 * execution), and the outcomes end before the first item that did not run.
 * Every request of every item goes through `apiRequest`, so the shared rate budget paces
 * them all, and a 429's hold stops all of them.
 */
async function runItems(
	count: number,
	inParallel: number,
	stopAtFailure: boolean,
	run: (itemIndex: number) => Promise<ItemOutcome>,
): Promise<ItemOutcome[]> {
	const outcomes: ItemOutcome[] = [];
	let next = 0;
	let stopped = false;
	const takeItems = async () => {
		while (!stopped && next < count) {
			const itemIndex = next++;
			const outcome = await run(itemIndex);
			outcomes[itemIndex] = outcome;
			if (outcome.failure !== undefined && stopAtFailure) stopped = true;
		}
	};
	if (count > 0 && inParallel > 1) {
		const first = await run(next++);
		outcomes[0] = first;
		if (first.failure !== undefined && stopAtFailure) return outcomes;
	}
	const lanes = Math.max(1, Math.min(inParallel, count - next));
	await Promise.all(Array.from({ length: lanes }, takeItems));
	// Items that never started leave holes after a stop: the outcomes end at the first one.
	const firstHole = Array.from({ length: count }, (_, index) => index).find(
		(index) => outcomes[index] === undefined,
	);
	return firstHole === undefined ? outcomes : outcomes.slice(0, firstHole);
}

/**
 * The per-item loop of every action node: one operation per input item, its results paired
 * to that item, in input order. With "Continue On Fail" a failed item yields exactly one
 * error item; without it, the execution fails with the first failed item in input order.
 */
export async function route(
	this: IExecuteFunctions,
	resources: ResourceMap,
): Promise<INodeExecutionData[][]> {
	const items = this.getInputData();
	const inParallel = requestsInParallel(this);
	const continueOnFail = this.continueOnFail();
	const fixed = fixedOperation(this, resources);
	const outcomes = await runItems(
		items.length,
		inParallel,
		!continueOnFail,
		async (itemIndex) => await runItem(this, resources, fixed, itemIndex),
	);
	const output: INodeExecutionData[] = [];
	outcomes.forEach((outcome, itemIndex) => {
		if (outcome.failure === undefined) {
			output.push(...outcome.output);
			return;
		}
		if (!continueOnFail) throw outcome.failure;
		output.push({
			json: { error: outcome.failure.message, description: outcome.failure.description ?? null },
			pairedItem: { item: itemIndex },
		});
	});
	return [output];
}
