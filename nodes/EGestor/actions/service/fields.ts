import type { INodeProperties } from 'n8n-workflow';

import { tagList, wallClockDateTime } from '../../../shared/validate';
import { registrationDateField, tagsField, taxGroupField } from '../recordFields';
import { checkedBody } from '../updateOperation';

/** Fields a service accepts besides its description, on create and on update. */
export const serviceFields: INodeProperties[] = [
	registrationDateField,
	{
		displayName: 'Sale Price (BRL)',
		name: 'precoVenda',
		type: 'number',
		typeOptions: { minValue: 0, numberPrecision: 4 },
		default: 0,
		description: 'Price in reais (BRL, not cents) (API field precoVenda)',
	},
	{
		displayName: 'Service List Item',
		name: 'itemListaServico',
		type: 'string',
		default: '',
		description:
			"Service list item; its format is not in eGestor's API docs (API field itemListaServico)",
	},
	tagsField,
	taxGroupField,
];

/** The user's service fields as the API body, checked before sending. */
export const serviceBody = checkedBody((rule, context, itemIndex) => ({
	precoVenda: rule.number('Sale Price (BRL)', { min: 0 }),
	codigoGrupoTributos: rule.number('Tax Group Code'),
	tags: tagList,
	dtCad: (value) => wallClockDateTime(context, value, 'Registration Date', itemIndex),
}));
