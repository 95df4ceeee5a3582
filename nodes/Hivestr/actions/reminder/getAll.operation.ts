import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import {
	forOperation,
	optionalFields,
	pageLimitOf,
	returnAllAndLimit,
} from '../../../shared/descriptions';
import { apiFields } from '../../../shared/validate';
import { limitedTo } from '../../helpers';
import { hivestrAll } from '../../transport';

export const description: INodeProperties[] = forOperation('reminder', 'getAll', [
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
				'Only reminders of these urgencies (filtered in n8n: Hivestr always returns all three)',
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
 * Tasks overdue or due in the next 24 hours (the pipeline bell), one item each with its
 * `urgency`: overdue, due_today or due_soon. Hivestr returns them all at once.
 */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject[]> {
	const { urgency, ...filters } = this.getNodeParameter('filters', itemIndex, {}) as IDataObject;
	const reminders = await hivestrAll(this, itemIndex, {
		method: 'GET',
		path: '/public/pipeline/reminders',
		qs: apiFields(filters),
	});
	const wanted = Array.isArray(urgency) ? (urgency as string[]) : [];
	const kept =
		wanted.length === 0
			? reminders
			: reminders.filter((reminder) => wanted.includes(String(reminder.urgency)));
	return limitedTo(kept, pageLimitOf(this, itemIndex));
}
