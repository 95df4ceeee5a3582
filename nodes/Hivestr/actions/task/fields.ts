import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { idField } from '../../../shared/descriptions';
import { apiFields } from '../../../shared/validate';
import { checkedBoolean, checkedDateTime } from '../../helpers';

export const cardIdField = idField(
	'dealId',
	'Card ID',
	'ID of the pipeline card the task belongs to',
);

export const taskFields: INodeProperties[] = [
	{
		displayName: 'Due At',
		name: 'due_at',
		type: 'dateTime',
		default: '',
		description:
			'When the task is due, as an ISO 8601 date-time with its time zone (e.g. 2026-06-02T14:30:00Z or {{ $now.plus(1, "hour").toISO() }})',
	},
	{
		displayName: 'User ID',
		name: 'user_id',
		type: 'string',
		default: '',
		description: 'ID of the person responsible (Hivestr default: the API key creator)',
	},
];

export function taskBody(
	context: IExecuteFunctions,
	fields: IDataObject,
	itemIndex: number,
): IDataObject {
	return apiFields(fields, {
		due_at: (value) => checkedDateTime(context, value, 'Due At', itemIndex),
		is_completed: (value) => checkedBoolean(context, value, 'Completed', itemIndex),
	});
}
