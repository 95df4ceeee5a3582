import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { forOperation, optionalFields } from '../../../shared/descriptions';
import { pathOf } from '../../../shared/request';
import type { CheckedProperty } from '../../../shared/validate';
import { checkedCollection, propertiesOf, requireSomeField } from '../../../shared/validate';
import { hivestrRequest } from '../../transport';
import { clientIdOf, pickerModes } from '../locators';
import { clientFields } from './fields';

const updateFields: CheckedProperty[] = [
	...clientFields,
	{
		property: {
			displayName: 'Name',
			name: 'name',
			type: 'string',
			default: '',
			description: 'Name of the client',
		},
	},
];

export const description: INodeProperties[] = forOperation('client', 'update', [
	{
		displayName: 'Client',
		name: 'clientId',
		type: 'resourceLocator',
		required: true,
		default: { mode: 'list', value: '' },
		...pickerModes('searchClients'),
		description: 'The client to update',
	},
	optionalFields('updateFields', 'Update Fields', propertiesOf(updateFields)),
]);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const clientId = clientIdOf(this, itemIndex);
	const body = checkedCollection(this, itemIndex, { name: 'updateFields', fields: updateFields });
	requireSomeField(this, body, 'Update Fields', itemIndex);
	return await hivestrRequest(this, itemIndex, {
		method: 'PUT',
		path: pathOf`/public/clients/${clientId}`,
		body,
	});
}
