import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { forOperation } from '../../../shared/descriptions';
import { pathOf } from '../../../shared/request';
import { requiredText, rulesFor } from '../../../shared/validate';
import { clientIdField } from '../client/locator';
import { locatorId } from '../../../shared/locators';
import { hivestrRequest } from '../../transport';

/** Note types exactly as the API spells them (hivestr.txt › POST /clients/{id}/notes: note, task, reminder, follow_up). */
export const noteTypeOptions = [
	{ name: 'Follow-Up', value: 'follow_up' },
	{ name: 'Note', value: 'note' },
	{ name: 'Reminder', value: 'reminder' },
	{ name: 'Task', value: 'task' },
];

export const description: INodeProperties[] = forOperation('clientNote', 'create', [
	{ ...clientIdField, description: 'The client the note is recorded on' },
	{
		displayName: 'Content',
		name: 'content',
		type: 'string',
		typeOptions: { rows: 3 },
		required: true,
		default: '',
		placeholder: 'e.g. Client asked for a call back on Friday',
		description: 'Text of the note',
	},
	{
		displayName: 'Note Type',
		name: 'noteType',
		type: 'options',
		options: noteTypeOptions,
		default: 'note',
		description: 'Kind of entry in the client history (API field note_type)',
	},
]);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const clientId = locatorId(this, 'clientId', 'Client', itemIndex);
	const content = requiredText(this, 'content', 'Content', itemIndex);
	const noteType = rulesFor(this, itemIndex).oneOf(
		'Note Type',
		noteTypeOptions.map((option) => option.value),
	)(requiredText(this, 'noteType', 'Note Type', itemIndex)) as string;
	return await hivestrRequest(this, itemIndex, {
		method: 'POST',
		path: pathOf`/public/clients/${clientId}/notes`,
		body: { content, note_type: noteType },
	});
}
