import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { forOperation } from '../../../shared/descriptions';
import { pathOf } from '../../../shared/request';
import { hivestrRequest } from '../../transport';
import { cardIdField, taskIdsOf } from './fields';

export const description: INodeProperties[] = forOperation('task', 'delete', [
	cardIdField,
	{
		displayName: 'Task ID',
		name: 'taskId',
		type: 'string',
		required: true,
		default: '',
		description: 'ID of the task to delete',
	},
]);

/**
 * Deletes the task. hivestr.txt shows no answer: `deleted: true` (n8n's output for a delete)
 * and which task was deleted, then whatever the answer held (a record under `data`, a message).
 */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const { dealId, taskId } = taskIdsOf(this, itemIndex);
	const data = await hivestrRequest(this, itemIndex, {
		method: 'DELETE',
		path: pathOf`/public/pipeline/deals/${dealId}/tasks/${taskId}`,
	});
	return { deleted: true, id: taskId, deal_id: dealId, ...data };
}
