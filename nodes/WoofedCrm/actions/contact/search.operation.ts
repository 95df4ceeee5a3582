import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { forOperation, pageLimitOf, returnAllAndLimit } from '../../../shared/descriptions';
import { simplifiedIfAsked } from '../../../shared/simplify';
import { woofedList } from '../../transport';
import { searchFields, searchQueryOf } from '../common';
import { CONTACT_SIMPLIFIED_FIELDS } from './fields';

/** The fields of the server's allow-list (Contact.ransackable_attributes) that the docs show. */
const searchableFields = [
	{ name: 'Created At', value: 'created_at' },
	{ name: 'Email', value: 'email' },
	{ name: 'Full Name', value: 'full_name' },
	{ name: 'ID', value: 'id' },
	{ name: 'Phone', value: 'phone' },
	{ name: 'Updated At', value: 'updated_at' },
];

export const description: INodeProperties[] = forOperation('contact', 'search', [
	...returnAllAndLimit(),
	{
		displayName: 'Simplify',
		name: 'simplify',
		type: 'boolean',
		default: false,
		description:
			'Whether to return only ID, full_name, email, phone, label_list, created_at and updated_at of each contact instead of every field',
	},
	...searchFields(searchableFields, 'full_name', 'contact'),
]);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject[]> {
	const query = searchQueryOf(this, itemIndex);
	const records = await woofedList(
		this,
		itemIndex,
		{ method: 'POST', effect: 'read', path: '/contacts/search', body: { query } },
		pageLimitOf(this, itemIndex),
	);
	return simplifiedIfAsked(this, itemIndex, records, CONTACT_SIMPLIFIED_FIELDS);
}
