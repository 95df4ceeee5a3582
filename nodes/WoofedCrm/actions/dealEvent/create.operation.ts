import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { forOperation, idField, optionalFields } from '../../../shared/descriptions';
import { pathOf } from '../../../shared/request';
import { apiFields, requiredText } from '../../../shared/validate';
import { woofedRequest } from '../../transport';
import { utcDateTime } from '../common';

const utcNote = "sent as UTC (a time without an offset is read in the workflow's time zone)";

export const description: INodeProperties[] = forOperation('dealEvent', 'create', [
	idField('dealId', 'Deal ID', 'Numeric ID of the deal whose timeline gets the event'),
	{
		displayName: 'Kind',
		name: 'kind',
		type: 'options',
		options: [
			{ name: 'Note', value: 'note', description: 'A free-text record on the timeline' },
			{
				name: 'Activity',
				value: 'activity',
				description: 'A task on the timeline (a call, a meeting, a follow-up)',
			},
		],
		default: 'note',
		description: 'What the event is (WoofedCRM kind)',
	},
	{
		displayName: 'Content',
		name: 'content',
		type: 'string',
		typeOptions: { rows: 4 },
		required: true,
		default: '',
		description: 'Text of the note or activity',
	},
	optionalFields('additionalFields', 'Additional Fields', [
		{
			displayName: 'Done',
			name: 'done',
			type: 'boolean',
			default: false,
			description: 'Whether the activity is already completed',
		},
		{
			displayName: 'Done At',
			name: 'done_at',
			type: 'dateTime',
			default: '',
			description: `When it was completed; ${utcNote}`,
		},
		{
			displayName: 'Scheduled At',
			name: 'scheduled_at',
			type: 'dateTime',
			default: '',
			description: `When the activity is due; ${utcNote}`,
		},
		{
			displayName: 'Title',
			name: 'title',
			type: 'string',
			default: '',
			placeholder: 'Follow-up call',
		},
	]),
]);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const dealId = requiredText(this, 'dealId', 'Deal ID', itemIndex);
	const kind = requiredText(this, 'kind', 'Kind', itemIndex);
	const content = requiredText(this, 'content', 'Content', itemIndex);
	const fields = this.getNodeParameter('additionalFields', itemIndex, {}) as IDataObject;
	const body: IDataObject = {
		kind,
		content,
		...apiFields(fields, {
			scheduled_at: (value) => utcDateTime(this, value, 'Scheduled At', itemIndex),
			done_at: (value) => utcDateTime(this, value, 'Done At', itemIndex),
		}),
	};
	return await woofedRequest(this, itemIndex, {
		method: 'POST',
		path: pathOf`/deals/${dealId}/events`,
		body,
	});
}
