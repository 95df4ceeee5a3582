import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { forOperation } from '../../../shared/descriptions';
import { pathOf } from '../../../shared/request';
import { clientIdOf, pickerModes } from '../locators';
import { simplifiedRecord } from '../simplifiedRecord';
import { CLIENT_SIMPLIFIED_FIELDS } from '../simplifiedFields';

export const description: INodeProperties[] = forOperation('client', 'get', [
	{
		displayName: 'Client',
		name: 'clientId',
		type: 'resourceLocator',
		required: true,
		default: { mode: 'list', value: '' },
		...pickerModes('searchClients'),
		description: 'The client to retrieve, with its proposals and proposal_stats',
	},
	{
		displayName: 'Simplify',
		name: 'simplify',
		type: 'boolean',
		default: false,
		description:
			'Whether to return only ID, name, email, phone, company_name, cnpj, cpf, city, state and status of the client instead of every field, proposals and proposal_stats among them',
	},
]);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const clientId = clientIdOf(this, itemIndex);
	return await simplifiedRecord(this, itemIndex, {
		path: pathOf`/public/clients/${clientId}`,
		simplifiedFields: CLIENT_SIMPLIFIED_FIELDS,
	});
}
