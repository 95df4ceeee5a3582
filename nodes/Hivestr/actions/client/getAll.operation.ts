import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import {
	forOperation,
	optionalFields,
	pageLimitOf,
	returnAllAndLimit,
} from '../../../shared/descriptions';
import { apiFields, rulesFor } from '../../../shared/validate';
import { hivestrList } from '../../transport';
import { clientStatusOptions } from './fields';

export const description: INodeProperties[] = forOperation('client', 'getAll', [
	...returnAllAndLimit(),
	optionalFields('filters', 'Filters', [
		{
			displayName: 'Search',
			name: 'search',
			type: 'string',
			default: '',
			placeholder: 'e.g. maria@company.com',
			description: 'Text to look for in name, email, company name, CNPJ or CPF',
		},
		{
			displayName: 'Status',
			name: 'status',
			type: 'options',
			options: [{ name: 'All', value: 'all' }, ...clientStatusOptions],
			default: 'all',
		},
	]),
]);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject[]> {
	const qs = apiFields(this.getNodeParameter('filters', itemIndex, {}) as IDataObject, {
		status: rulesFor(this, itemIndex).oneOf('Status', [
			'all',
			...clientStatusOptions.map((option) => option.value),
		]),
	});
	return await hivestrList(
		this,
		itemIndex,
		{ method: 'GET', path: '/public/clients', qs },
		pageLimitOf(this, itemIndex),
	);
}
