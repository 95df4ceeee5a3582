import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import {
	forOperation,
	optionalFields,
	pageLimitOf,
	returnAllAndLimit,
} from '../../../shared/descriptions';
import { apiFields, rulesFor } from '../../../shared/validate';
import { hivestrAll } from '../../transport';

/** hivestr.txt › GET /pipeline/reminders: "urgency values: overdue, due_today, due_soon". */
const URGENCIES = ['overdue', 'due_today', 'due_soon'];

export const description: INodeProperties[] = forOperation('reminder', 'getAll', [
	{
		displayName: 'Output',
		name: 'output',
		type: 'options',
		noDataExpression: true,
		options: [
			{
				name: 'One Item per Reminder',
				value: 'each',
				description:
					"Each reminder is an item; Hivestr's count, overdue_count and message are added to every item",
			},
			{
				name: 'One Summary Item',
				value: 'summary',
				description:
					'One item with count, overdue_count, message and the reminders under data (also when there are none)',
			},
		],
		default: 'each',
	},
	...returnAllAndLimit(),
	optionalFields('filters', 'Filters', [
		{
			displayName: 'Urgency',
			name: 'urgency',
			type: 'multiOptions',
			options: [
				{ name: 'Due Soon', value: 'due_soon', description: 'Due in the next 24 hours' },
				{ name: 'Due Today', value: 'due_today' },
				{ name: 'Overdue', value: 'overdue' },
			],
			default: [],
			description:
				'Only reminders of these urgencies (filtered in n8n: Hivestr always returns all three; count and overdue_count stay as Hivestr sent them)',
		},
		{
			displayName: 'User ID',
			name: 'user_id',
			type: 'string',
			default: '',
			description: 'Only tasks assigned to this user or on deals this user owns',
		},
	]),
]);

/**
 * Tasks overdue or due in the next 24 hours (the pipeline bell), each with its `urgency`,
 * and the answer's own `count`, `overdue_count` (and `message`, when sent) kept in the output.
 */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject[]> {
	const { urgency, ...filters } = this.getNodeParameter('filters', itemIndex, {}) as IDataObject;
	const check = rulesFor(this, itemIndex).oneOf('Urgency', URGENCIES);
	const wanted = (Array.isArray(urgency) ? urgency : urgency === undefined ? [] : [urgency]).map(
		(value) => check(value),
	);
	const pageLimit = pageLimitOf(this, itemIndex);
	const { records, first } = await hivestrAll(this, itemIndex, {
		method: 'GET',
		path: '/public/pipeline/reminders',
		qs: apiFields(filters),
	});
	const kept = (
		wanted.length === 0
			? records
			: records.filter((reminder) => wanted.includes(String(reminder.urgency)))
	).slice(0, pageLimit.returnAll ? undefined : Math.max(0, pageLimit.limit));
	// Everything the envelope holds besides the list and the success flag (count, overdue_count, message…).
	const summary = Object.fromEntries(
		Object.entries(first).filter(([key]) => !['success', 'data', 'pagination'].includes(key)),
	);
	if (this.getNodeParameter('output', itemIndex, 'each') === 'summary') {
		return [{ ...summary, data: kept }];
	}
	return kept.map((reminder) => ({ ...summary, ...reminder }));
}
