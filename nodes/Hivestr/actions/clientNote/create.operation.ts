import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { forOperation } from '../../../shared/descriptions';
import { pathOf } from '../../../shared/request';
import { requiredTextOf, rulesFor } from '../../../shared/validate';
import { hivestrRequest } from '../../transport';
import { clientIdOf, pickerModes } from '../locators';

/** Note types exactly as the API spells them (hivestr.txt › POST /clients/{id}/notes: note, task, reminder, follow_up). */
export const noteTypeOptions = [
	{ name: 'Follow-Up', value: 'follow_up' },
	{ name: 'Note', value: 'note' },
	{ name: 'Reminder', value: 'reminder' },
	{ name: 'Task', value: 'task' },
];

/** The note type values as the API spells them. */
export const NOTE_TYPES = noteTypeOptions.map((option) => option.value);

const content: INodeProperties = {
	displayName: 'Content',
	name: 'content',
	type: 'string',
	typeOptions: { rows: 3 },
	required: true,
	default: '',
	placeholder: 'e.g. Client asked for a call back on Friday',
	description: 'Text of the note',
};

const noteType: INodeProperties = {
	displayName: 'Note Type',
	name: 'noteType',
	type: 'options',
	options: noteTypeOptions,
	default: 'note',
	description: 'Kind of entry in the client history (API field note_type)',
};

export const description: INodeProperties[] = forOperation('clientNote', 'create', [
	{
		displayName: 'Client',
		name: 'clientId',
		type: 'resourceLocator',
		required: true,
		default: { mode: 'list', value: '' },
		...pickerModes('searchClients'),
		description: 'The client the note is recorded on',
	},
	content,
	noteType,
]);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const clientId = clientIdOf(this, itemIndex);
	const text = requiredTextOf(this, content, itemIndex);
	const type = rulesFor(this, itemIndex).oneOf(
		noteType.displayName,
		NOTE_TYPES,
	)(requiredTextOf(this, noteType, itemIndex)) as string;
	return await hivestrRequest(this, itemIndex, {
		method: 'POST',
		path: pathOf`/public/clients/${clientId}/notes`,
		body: { content: text, note_type: type },
	});
}
