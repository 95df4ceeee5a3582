import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { forOperation, optionalFields } from '../../../shared/descriptions';
import { locatorId } from '../../../shared/locators';
import { pathOf } from '../../../shared/request';
import { requireSomeField } from '../../../shared/validate';
import { ecosysRequest } from '../../transport';
import { withWarnings } from '../../validators';
import { clientBody, clientFields, clientModes, cnpjField, cpfField, typeOptions } from './fields';

export const description: INodeProperties[] = forOperation('client', 'update', [
	{
		displayName:
			"Updating a client, and which fields an update takes, are not in Ecosys Auto's API docs: they follow the REST pattern of the platform Ecosys Auto shares with Sonar Marketing",
		name: 'platformNotice',
		type: 'notice',
		default: '',
	},
	{
		displayName: 'Client',
		name: 'clientId',
		type: 'resourceLocator',
		default: { mode: 'list', value: '' },
		description: 'The client to change, from the list or by its UUID',
		...clientModes,
		required: true,
	},
	optionalFields('updateFields', 'Update Fields', [
		...clientFields,
		cnpjField,
		cpfField,
		{
			displayName: 'Name',
			name: 'name',
			type: 'string',
			default: '',
			description: 'Full name of the person, or legal name of the company',
		},
		{
			displayName: 'Status',
			name: 'status',
			type: 'string',
			default: '',
			placeholder: 'active',
			description:
				"Client status as Ecosys Auto spells it. The quickstart shows only active (a new client); other values, and whether an update may change it, are not in Ecosys Auto's API docs.",
		},
		{
			displayName: 'Type',
			name: 'type',
			type: 'options',
			options: typeOptions,
			default: 'PF',
			description: 'PF for an individual (with CPF), PJ for a company (with CNPJ)',
		},
	]),
]);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const clientId = locatorId(this, 'clientId', 'Client', itemIndex);
	const fields = this.getNodeParameter('updateFields', itemIndex, {}) as IDataObject;
	const warnings: string[] = [];
	const body = clientBody(this, fields, itemIndex, warnings);
	requireSomeField(this, body, 'Update Fields', itemIndex);
	const client = await ecosysRequest(this, itemIndex, {
		method: 'PUT',
		path: pathOf`/clients/${clientId}`,
		body,
	});
	return withWarnings(client, warnings);
}
