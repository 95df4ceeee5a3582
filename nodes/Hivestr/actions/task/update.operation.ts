import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { forOperation, optionalFields } from '../../../shared/descriptions';
import { pathOf } from '../../../shared/request';
import { checkedCollection, propertiesOf, requireSomeField } from '../../../shared/validate';
import { hivestrRequest } from '../../transport';
import { allTaskFields, cardIdField, taskIdsOf } from './fields';

export const description: INodeProperties[] = forOperation('task', 'update', [
	cardIdField,
	{
		displayName: 'Task ID',
		name: 'taskId',
		type: 'string',
		required: true,
		default: '',
		description: 'ID of the task to update',
	},
	optionalFields('updateFields', 'Update Fields', propertiesOf(allTaskFields)),
]);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const { dealId, taskId } = taskIdsOf(this, itemIndex);
	const body = checkedCollection(this, itemIndex, { name: 'updateFields', fields: allTaskFields });
	requireSomeField(this, body, 'Update Fields', itemIndex);
	return await hivestrRequest(this, itemIndex, {
		method: 'PATCH',
		path: pathOf`/public/pipeline/deals/${dealId}/tasks/${taskId}`,
		body,
	});
}
