import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { apiFields, wholeCents } from '../../../shared/validate';

export const cardIdDescription =
	'ID of the pipeline card (the pipeline_deal.id a created client returns)';

/** Card fields shared by create and update. */
export const cardFields: INodeProperties[] = [
	{
		displayName: 'Estimated Value (Cents)',
		name: 'estimated_value',
		type: 'number',
		typeOptions: { minValue: 0, numberPrecision: 0 },
		default: 0,
		description: 'Expected deal value in cents (R$ 5.000,00 = 500000)',
	},
	{
		displayName: 'Notes',
		name: 'notes',
		type: 'string',
		typeOptions: { rows: 3 },
		default: '',
		description: 'Notes shown on the card',
	},
	{
		displayName: 'User ID',
		name: 'user_id',
		type: 'string',
		default: '',
		description: 'ID of the salesperson responsible (Hivestr default: the API key creator)',
	},
];

export function cardBody(
	context: IExecuteFunctions,
	fields: IDataObject,
	itemIndex: number,
): IDataObject {
	return apiFields(fields, {
		estimated_value: (value) => wholeCents(context, value, 'Estimated Value (Cents)', itemIndex),
	});
}
