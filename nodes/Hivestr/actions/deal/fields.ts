import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import type { CheckedProperty } from '../../../shared/validate';
import { pickedId, pickerModes } from '../locators';

/** The pipeline card an operation acts on (tasks say it in their own words). */
export const cardId: INodeProperties = {
	displayName: 'Pipeline Card',
	name: 'dealId',
	type: 'resourceLocator',
	required: true,
	default: { mode: 'list', value: '' },
	description:
		'The pipeline card, chosen from the list (by title or stage) or given by its ID (the ID under pipeline_deal that a created client returns)',
	...pickerModes('searchCards'),
};

/** The card id the Pipeline Card picker holds; empty is refused before any request. */
export function cardIdOf(context: IExecuteFunctions, itemIndex: number): string {
	return pickedId(context, cardId, itemIndex);
}

/** Card fields shared by create and update. */
export const cardFields: CheckedProperty[] = [
	{
		property: {
			displayName: 'Estimated Value (Cents)',
			name: 'estimated_value',
			type: 'number',
			typeOptions: { minValue: 0, numberPrecision: 0 },
			default: 0,
			description: 'Expected deal value in cents (R$ 5.000,00 = 500000)',
		},
		rule: (check, label) => check.cents(label),
	},
	{
		property: {
			displayName: 'Notes',
			name: 'notes',
			type: 'string',
			typeOptions: { rows: 3 },
			default: '',
			description: 'Notes shown on the card',
		},
	},
	{
		property: {
			displayName: 'User ID',
			name: 'user_id',
			type: 'string',
			default: '',
			description: 'ID of the salesperson responsible (Hivestr default: the API key creator)',
		},
	},
];
