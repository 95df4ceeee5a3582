import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { forOperation, optionalFields } from '../../../shared/descriptions';
import { nonEmptyList, requiredText, rulesFor } from '../../../shared/validate';
import { eGestorCreate } from '../../transport';
import { contact } from '../resources';
import { contactBody, contactFields, typeField } from './fields';

export const description: INodeProperties[] = forOperation('contact', 'create', [
	{
		displayName: 'Name',
		name: 'nome',
		type: 'string',
		required: true,
		default: '',
		description: 'Name of the contact, up to 60 characters (API field nome)',
	},
	typeField(true),
	optionalFields('additionalFields', 'Additional Fields', contactFields),
]);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const nome = rulesFor(this, itemIndex).text(
		'Name',
		60,
	)(requiredText(this, 'nome', 'Name', itemIndex)) as string;
	const tipo = this.getNodeParameter('tipo', itemIndex, []) as unknown;
	const fields = this.getNodeParameter('additionalFields', itemIndex, {}) as IDataObject;
	const body = {
		nome,
		tipo: nonEmptyList(this, tipo, 'Type', itemIndex),
		...contactBody(this, fields, itemIndex),
	};
	return await eGestorCreate(this, itemIndex, contact.path, body);
}
