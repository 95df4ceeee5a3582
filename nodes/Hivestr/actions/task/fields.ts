import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { idField } from '../../../shared/descriptions';
import { apiFields, dateTimeToUtc, trueOrFalse } from '../../../shared/validate';

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
			"When the task is due. A date and time without a zone (as the picker gives it) is read in the workflow's time zone; a value with its own zone (Z or an offset, e.g. {{ $now.plus(1, 'hour').toISO() }}) is taken as it says. Sent in UTC as ISO 8601, like the API docs' 2026-06-02T14:30:00Z.",
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
		due_at: (value) => dateTimeToUtc(context, value, 'Due At', itemIndex, context.getTimezone()),
		is_completed: (value) => trueOrFalse(context, value, 'Completed', itemIndex),
	});
}
