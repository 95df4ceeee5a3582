import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { forOperation, optionalFields } from '../../../shared/descriptions';
import { apiFields, rulesFor } from '../../../shared/validate';
import { hivestrRequest } from '../../transport';
import {
	calculationItemFields,
	calculationOptionFields,
	campaignDates,
	campaignDatesOf,
	checkedItem,
	itemsCollection,
	requireItems,
	rowsOf,
} from './fields';

/** The calculate fields; Create with "Calculate Prices First" shows the same ones. */
export const calculationProperties: INodeProperties[] = [
	itemsCollection(
		'calculationItems',
		'Items to Price',
		calculationItemFields,
		'Media vehicles to price; TV and radio need a Schedule ID',
	),
	optionalFields('calculationOptions', 'Calculation Options', calculationOptionFields),
];

export const description: INodeProperties[] = forOperation('proposal', 'calculate', [
	...campaignDates,
	...calculationProperties,
]);

/** The POST /proposals/calculate body for this item. */
export function calculationBody(context: IExecuteFunctions, itemIndex: number): IDataObject {
	const dates = campaignDatesOf(context, itemIndex);
	const rule = rulesFor(context, itemIndex);
	const options = apiFields(
		context.getNodeParameter('calculationOptions', itemIndex, {}) as IDataObject,
		{
			bonus_days: rule.number('Bonus Days', { min: 0 }),
			discount_percentage: rule.number('Discount (%)', { min: 0, max: 100 }),
			daily_insertions_per_screen: rule.number('Daily Insertions per Screen', { min: 1 }),
			sell_by_insertions: rule.boolean('Sell by Insertions'),
		},
	);
	const items = requireItems(
		context,
		rowsOf(context, 'calculationItems', itemIndex).map((row, position) =>
			checkedItem(context, row, position, itemIndex, 'calculate'),
		),
		itemIndex,
	);
	return { ...dates, ...options, items };
}

/** Prices the items for the campaign: period, priced items and summary (all money in cents). */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	return await hivestrRequest(this, itemIndex, {
		method: 'POST',
		// A price quote: nothing is stored, so it may be sent again.
		effect: 'read',
		path: '/public/proposals/calculate',
		body: calculationBody(this, itemIndex),
	});
}
