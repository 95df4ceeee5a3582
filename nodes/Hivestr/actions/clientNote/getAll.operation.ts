import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import {
	forOperation,
	optionalFields,
	pageLimitOf,
	returnAllAndLimit,
} from '../../../shared/descriptions';
import { pathOf } from '../../../shared/request';
import { apiFields, rulesFor } from '../../../shared/validate';
import { clientIdField } from '../client/locator';
import { locatorId } from '../../../shared/locators';
import { hivestrList } from '../../transport';
import { noteTypeOptions } from './create.operation';

export const description: INodeProperties[] = forOperation('clientNote', 'getAll', [
	{ ...clientIdField, description: 'The client whose notes to list' },
	...returnAllAndLimit(),
	optionalFields('filters', 'Filters', [
		{
			displayName: 'Note Type',
			name: 'note_type',
			type: 'options',
			options: [{ name: 'All', value: 'all' }, ...noteTypeOptions],
			default: 'all',
			description: 'Only notes of this type',
		},
	]),
]);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject[]> {
	const clientId = locatorId(this, 'clientId', 'Client', itemIndex);
	const qs = apiFields(this.getNodeParameter('filters', itemIndex, {}) as IDataObject, {
		note_type: rulesFor(this, itemIndex).oneOf('Note Type', [
			'all',
			...noteTypeOptions.map((option) => option.value),
		]),
	});
	return await hivestrList(
		this,
		itemIndex,
		{ method: 'GET', path: pathOf`/public/clients/${clientId}/notes`, qs },
		pageLimitOf(this, itemIndex),
	);
}
