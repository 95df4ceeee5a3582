import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { forOperation } from '../../../shared/descriptions';
import { pathOf } from '../../../shared/request';
import type { CheckedProperty } from '../../../shared/validate';
import { filteredList, listProperties } from '../filteredList';
import { clientIdOf, pickerModes } from '../locators';
import { NOTE_TYPES, noteTypeOptions } from './create.operation';

/** The filters GET /clients/{id}/notes takes. */
const filters: CheckedProperty[] = [
	{
		property: {
			displayName: 'Note Type',
			name: 'note_type',
			type: 'options',
			options: [{ name: 'All', value: 'all' }, ...noteTypeOptions],
			default: 'all',
			description: 'Only notes of this type',
		},
		rule: (check, label) => check.oneOf(label, ['all', ...NOTE_TYPES]),
	},
];

export const description: INodeProperties[] = forOperation('clientNote', 'getAll', [
	{
		displayName: 'Client',
		name: 'clientId',
		type: 'resourceLocator',
		required: true,
		default: { mode: 'list', value: '' },
		...pickerModes('searchClients'),
		description: 'The client whose notes to list',
	},
	...listProperties(filters),
]);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject[]> {
	const clientId = clientIdOf(this, itemIndex);
	return await filteredList(this, itemIndex, {
		path: pathOf`/public/clients/${clientId}/notes`,
		filters,
	});
}
