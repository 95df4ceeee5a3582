import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { forOperation, idField } from '../../../shared/descriptions';
import { pathOf } from '../../../shared/request';
import { requiredText } from '../../../shared/validate';
import { hivestrRequest } from '../../transport';
import { cardIdField } from './fields';

export const description: INodeProperties[] = forOperation('task', 'delete', [
	cardIdField,
	idField('taskId', 'Task ID', 'ID of the task to delete'),
]);

/**
 * Deletes the task. hivestr.txt shows no answer: a record under `data` is output as sent;
 * otherwise which task was deleted, with what the answer held (e.g. its message).
 */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const dealId = requiredText(this, 'dealId', 'Card ID', itemIndex);
	const taskId = requiredText(this, 'taskId', 'Task ID', itemIndex);
	const data = await hivestrRequest(this, itemIndex, {
		method: 'DELETE',
		path: pathOf`/public/pipeline/deals/${dealId}/tasks/${taskId}`,
	});
	return data.id !== undefined ? data : { deleted: true, id: taskId, deal_id: dealId, ...data };
}
