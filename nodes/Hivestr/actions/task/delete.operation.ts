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

/** Deletes the task; outputs what Hivestr returns, or which task was deleted when it returns nothing. */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const dealId = requiredText(this, 'dealId', 'Card ID', itemIndex);
	const taskId = requiredText(this, 'taskId', 'Task ID', itemIndex);
	const data = await hivestrRequest(this, itemIndex, {
		method: 'DELETE',
		path: pathOf`/public/pipeline/deals/${dealId}/tasks/${taskId}`,
	});
	return Object.keys(data).length > 0 ? data : { deleted: true, id: taskId, deal_id: dealId };
}
