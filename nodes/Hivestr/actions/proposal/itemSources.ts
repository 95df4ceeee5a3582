import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { pickFields } from '../../../shared/simplify';
import { invalid, jsonValue } from '../../../shared/validate';
import type { ItemField } from './items';
import { checkedItem, replacementItem } from './items';

/** Fields of an item that POST /proposals documents. */
export const CREATE_ITEM_KEYS = [
	'vehicle_id',
	'schedule_id',
	'quantity',
	'unit_price',
	'discount_percentage',
	'discount_value',
	'final_price',
	'is_bonus',
	'notes',
	'screen_quantity',
	'face_details',
] as const;

/** Fields of an item that PUT /proposals/{id} documents, plus schedule_id (create requires it for TV/radio). */
export const REPLACE_ITEM_KEYS = [
	'vehicle_id',
	'schedule_id',
	'quantity',
	'unit_price',
	'final_price',
	'is_bonus',
	'screen_quantity',
] as const;

/** What an Items (JSON) field starts with: one item with the fields a proposal item requires. */
export const ITEMS_JSON_EXAMPLE =
	'[\n  {\n    "vehicle_id": "",\n    "quantity": 1,\n    "unit_price": 0,\n    "final_price": 0\n  }\n]';

/** The items of a proposal given as JSON (Create; Update names it replacementItemsJson). */
export const itemsJson: INodeProperties = {
	displayName: 'Items (JSON)',
	name: 'itemsJson',
	type: 'json',
	default: ITEMS_JSON_EXAMPLE,
	description:
		'Array of items: vehicle_id, quantity, unit_price and final_price (cents) required; schedule_id for TV/radio. The items of a Calculate output can be given as they are (map its items field), but add each TV/radio schedule_id: the calculation answer may not carry it. Fields the API does not document are left out.',
};

/** The rows of an items fixed collection (`parameter`), each checked by `fields` and kept under its API names. */
export function checkedRows(
	context: IExecuteFunctions,
	itemIndex: number,
	{ parameter, fields }: { parameter: string; fields: ItemField[] },
): IDataObject[] {
	const collection = context.getNodeParameter(parameter, itemIndex, {}) as { item?: IDataObject[] };
	return (collection.item ?? []).map((row, position) =>
		checkedItem(context, row, { position, itemIndex, fields }),
	);
}

/**
 * Items given as JSON: a list of objects. Only the item fields the API documents are sent,
 * so a Calculate output (with vehicle_name, media_type…) can be passed in as it is; the
 * fields hivestr.txt marks ✅ REQUIRED (vehicle_id, quantity, unit_price, final_price) are
 * checked before sending, like the form's.
 */
export function jsonItems(
	context: IExecuteFunctions,
	itemIndex: number,
	{ parameter, keys }: { parameter: string; keys: readonly string[] },
): IDataObject[] {
	const label = itemsJson.displayName;
	const items = jsonValue(
		context,
		context.getNodeParameter(parameter, itemIndex, '[]'),
		label,
		itemIndex,
	);
	if (
		!Array.isArray(items) ||
		!items.every((item) => typeof item === 'object' && item !== null && !Array.isArray(item))
	) {
		throw invalid(
			context,
			itemIndex,
			`"${label}" must be a list of objects`,
			`Item ${itemIndex} has items that Hivestr cannot take.`,
		);
	}
	return (items as IDataObject[]).map((item, position) => {
		const picked = pickFields(item, keys);
		checkedItem(context, item, { position, itemIndex, fields: replacementItem });
		return picked;
	});
}

/** Refuses a proposal with no items. */
export function requireItems(
	context: IExecuteFunctions,
	items: IDataObject[],
	itemIndex: number,
): IDataObject[] {
	if (items.length === 0) {
		throw invalid(
			context,
			itemIndex,
			'Add at least one item',
			`Item ${itemIndex}: Hivestr needs at least one media vehicle in "Items".`,
		);
	}
	return items;
}
