import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { forOperation, optionalFields } from '../../../shared/descriptions';
import type { CheckedProperty } from '../../../shared/validate';
import { checkedCollection, propertiesOf } from '../../../shared/validate';
import { hivestrRequest } from '../../transport';
import { checkedRows, requireItems } from './itemSources';
import { calculationItem, itemProperties } from './items';
import {
	bonusDays,
	campaignDates,
	campaignDatesOf,
	dailyInsertionsPerScreen,
	discountPercentage,
	sellByInsertions,
} from './settings';

/** The calculate request's optional settings. */
const calculationOptions: CheckedProperty[] = [
	bonusDays,
	dailyInsertionsPerScreen,
	{
		...discountPercentage,
		property: {
			displayName: 'Discount (%)',
			name: 'discount_percentage',
			type: 'number',
			typeOptions: { minValue: 0, maxValue: 100 },
			default: 0,
			description: 'Discount on the whole proposal, in percent',
		},
	},
	sellByInsertions,
];

/** The calculate fields; Create with "Calculate Prices First" shows the same ones. */
export const calculationProperties: INodeProperties[] = [
	{
		displayName: 'Items to Price',
		name: 'calculationItems',
		type: 'fixedCollection',
		typeOptions: { multipleValues: true, sortable: true },
		placeholder: 'Add Item',
		default: {},
		description: 'Media vehicles to price; TV and radio need a Schedule ID',
		options: [{ displayName: 'Item', name: 'item', values: itemProperties(calculationItem) }],
	},
	optionalFields('calculationOptions', 'Calculation Options', propertiesOf(calculationOptions)),
];

export const description: INodeProperties[] = forOperation('proposal', 'calculate', [
	...campaignDates,
	...calculationProperties,
]);

/** The POST /proposals/calculate body for this item. */
export function calculationBody(context: IExecuteFunctions, itemIndex: number): IDataObject {
	const dates = campaignDatesOf(context, itemIndex);
	const options = checkedCollection(context, itemIndex, {
		name: 'calculationOptions',
		fields: calculationOptions,
	});
	const items = requireItems(
		context,
		checkedRows(context, itemIndex, { parameter: 'calculationItems', fields: calculationItem }),
		itemIndex,
	);
	return { ...dates, ...options, items };
}

/** POST /proposals/calculate: the period, priced items and summary (all money in cents). */
export async function calculation(
	context: IExecuteFunctions,
	itemIndex: number,
	body: IDataObject,
): Promise<IDataObject> {
	return await hivestrRequest(context, itemIndex, {
		method: 'POST',
		// A price quote: nothing is stored, so it may be sent again.
		effect: 'read',
		path: '/public/proposals/calculate',
		body,
	});
}

/** Prices the items for the campaign. */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	return await calculation(this, itemIndex, calculationBody(this, itemIndex));
}
