import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import type { CheckedProperty } from '../../../shared/validate';
import { requiredText } from '../../../shared/validate';
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

/** The task fields Create offers (Update offers them too). */
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

/**
 * Every task field, as Update offers them; Create and Update both check what they send by
 * these rules.
 */
export const allTaskFields: CheckedProperty[] = [
	...taskFields,
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
