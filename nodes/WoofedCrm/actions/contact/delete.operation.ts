import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { forOperation } from '../../../shared/descriptions';
import { locatorId } from '../../../shared/locators';
import { pathOf } from '../../../shared/request';
import { woofedRequest } from '../../transport';
import { contactModes } from './fields';

export const description: INodeProperties[] = forOperation('contact', 'delete', [
	{
		displayName: 'Contact',
		name: 'contactId',
		type: 'resourceLocator',
		required: true,
		default: { mode: 'list', value: '' },
		description:
			'The contact to delete, from the list or by its numeric ID; WoofedCRM also removes its deals, and this cannot be undone',
		...contactModes,
	},
]);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const contactId = locatorId(this, 'contactId', 'Contact', itemIndex);
	// WoofedCRM answers 204 with no body.
	await woofedRequest(this, itemIndex, {
		method: 'DELETE',
		path: pathOf`/contacts/${contactId}`,
	});
	return { deleted: true, id: Number.isNaN(Number(contactId)) ? contactId : Number(contactId) };
}
