import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import type { CheckedProperty } from '../../../shared/validate';
import { checkedFields, requiredText } from '../../../shared/validate';
import { cardIdOf } from '../deal/fields';
import { pickerModes } from '../locators';

/** The Pipeline Card picker of every task operation. */
export const cardIdField: INodeProperties = {
	displayName: 'Pipeline Card',
	name: 'dealId',
	type: 'resourceLocator',
	required: true,
	default: { mode: 'list', value: '' },
	description: 'The pipeline card the task belongs to, chosen from the list or given by its ID',
	...pickerModes('searchCards'),
};

/** The card id picked and the task id typed in; empty is refused before any request. */
export function taskIdsOf(context: IExecuteFunctions, itemIndex: number) {
	return {
		dealId: cardIdOf(context, itemIndex),
		taskId: requiredText(context, 'taskId', 'Task ID', itemIndex),
	};
}

/** Task fields shared by create and update. */
export const taskFields: CheckedProperty[] = [
	{
		property: {
			displayName: 'Due At',
			name: 'due_at',
			type: 'dateTime',
			default: '',
			description:
				"When the task is due. A date and time without a zone (as the picker gives it) is read in the workflow's time zone; a value with its own zone (Z or an offset, e.g. {{ $now.plus(1, 'hour').toISO() }}) is taken as it says. Sent in UTC as ISO 8601, like the API docs' 2026-06-02T14:30:00Z.",
		},
		rule: (check, label) => check.dateTimeUtc(label),
	},
	{
		property: {
			displayName: 'User ID',
			name: 'user_id',
			type: 'string',
			default: '',
			description: 'ID of the person responsible (Hivestr default: the API key creator)',
		},
	},
];

/** What Update changes besides the shared fields. */
export const taskUpdateFields: CheckedProperty[] = [
	{
		property: {
			displayName: 'Completed',
			name: 'is_completed',
			type: 'boolean',
			default: true,
			description: 'Whether the task is done (API field is_completed)',
		},
		rule: (check, label) => check.boolean(label),
	},
	{
		property: {
			displayName: 'Title',
			name: 'title',
			type: 'string',
			default: '',
			description: 'New title of the task',
		},
	},
];

/** The task fields the user set, checked and under their API names. */
export function taskBody(
	context: IExecuteFunctions,
	fields: IDataObject,
	itemIndex: number,
): IDataObject {
	return checkedFields(context, itemIndex, fields, [...taskFields, ...taskUpdateFields]);
}
