import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { forOperation } from '../../../shared/descriptions';
import type { CheckedProperty } from '../../../shared/validate';
import { filteredList, listProperties } from '../filteredList';
import { CLIENT_SIMPLIFIED_FIELDS } from '../simplifiedFields';
import { CLIENT_STATUSES, clientStatusOptions } from './fields';

/** The filters GET /clients takes. */
const filters: CheckedProperty[] = [
	{
		property: {
			displayName: 'Search',
			name: 'search',
			type: 'string',
			default: '',
			placeholder: 'e.g. maria@company.com',
			description: 'Text to look for in name, email, company name, CNPJ or CPF',
		},
	},
	{
		property: {
			displayName: 'Status',
			name: 'status',
			type: 'options',
			options: [{ name: 'All', value: 'all' }, ...clientStatusOptions],
			default: 'all',
		},
		rule: (check, label) => check.oneOf(label, ['all', ...CLIENT_STATUSES]),
	},
];

export const description = forOperation(
	'client',
	'getAll',
	listProperties(filters, {
		displayName: 'Simplify',
		name: 'simplify',
		type: 'boolean',
		default: false,
		description:
			'Whether to return only ID, name, email, phone, company_name, cnpj, cpf, city, state and status of each client instead of every field',
	}),
);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject[]> {
	return await filteredList(this, itemIndex, {
		path: '/public/clients',
		filters,
		simplifiedFields: CLIENT_SIMPLIFIED_FIELDS,
	});
}
