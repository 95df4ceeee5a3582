import type { INodeProperties } from 'n8n-workflow';

import type { Operation } from '../../shared/types';
import { deleteOperation } from './deleteOperation';
import { getManyOperation, getOperation } from './readOperations';
import type { ResourceInfo } from './resources';

type Operations = Record<string, Operation>;

interface ResourceOperationsOptions<First extends Operations, Then extends Operations> {
	resource: ResourceInfo;
	/** Listed before Get Many and Get: a Create. */
	first?: First;
	/** The resource's own operations, listed after Get and before Delete. */
	then: Then;
}

/**
 * A resource's operations, in the order their fields are listed: `first`, Get Many, Get,
 * `then`, Delete. Every eGestor resource lists, reads and deletes its records the same way.
 */
export function resourceOperations<
	First extends Operations = Record<never, never>,
	Then extends Operations = Record<never, never>,
>({ resource, first = {} as First, then }: ResourceOperationsOptions<First, Then>) {
	return {
		...first,
		getAll: getManyOperation({ resource }),
		get: getOperation({ resource }),
		...then,
		delete: deleteOperation({ resource }),
	};
}

/** The fields of every operation, in the order of `operations`. */
export function operationFields(operations: Operations): INodeProperties[] {
	return Object.values(operations).flatMap((operation) => operation.description);
}
