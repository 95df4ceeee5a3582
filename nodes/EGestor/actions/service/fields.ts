import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { apiFields, rulesFor } from '../../../shared/validate';
import {
	checkedDateTime,
	listOf,
	numberField,
	registrationDateField,
	tagsField,
	textField,
} from '../fields';

/** Fields a service accepts besides its description, on create and on update. */
export const serviceFields: INodeProperties[] = [
	numberField('Sale Price (BRL)', 'precoVenda', 'Price in reais (BRL, not cents)', {
		minValue: 0,
		numberPrecision: 4,
	}),
	numberField('Tax Group Code', 'codigoGrupoTributos', 'Code of the tax group in eGestor'),
	textField(
		'Service List Item',
		'itemListaServico',
		"Service list item; its format is not in eGestor's API docs",
	),
	registrationDateField(),
	tagsField(),
];

/** The user's service fields as the API body, checked before sending. */
export function serviceBody(
	context: IExecuteFunctions,
	fields: IDataObject,
	itemIndex: number,
): IDataObject {
	const rule = rulesFor(context, itemIndex);
	return apiFields(fields, {
		precoVenda: rule.number('Sale Price (BRL)', { min: 0 }),
		codigoGrupoTributos: rule.number('Tax Group Code'),
		tags: listOf,
		dtCad: (value) => checkedDateTime(context, value, 'Registration Date', itemIndex),
	});
}
