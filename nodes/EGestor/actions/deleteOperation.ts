import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { forOperation } from '../../shared/descriptions';
import type { Operation } from '../../shared/types';
import { eGestorRequest } from '../transport';
import type { ResourceInfo } from './resources';
import { codeOf, recordPath } from './resources';

/** Delete: `DELETE <path>/<code>`; outputs `deleted: true` and eGestor's confirmation ({code, msg, obs, fields}). */
export function deleteOperation({ resource }: { resource: ResourceInfo }): Operation {
	return {
		description: forOperation(resource.resource, 'delete', [resource.locator]),
		async execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
			const code = codeOf(this, resource, itemIndex);
			const answer = await eGestorRequest(this, itemIndex, {
				method: 'DELETE',
				path: recordPath(resource, code),
			});
			return { deleted: true, ...answer };
		},
	};
}
