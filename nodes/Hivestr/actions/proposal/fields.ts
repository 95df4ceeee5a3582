import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import {
	checkedDate,
	checkedNumber,
	invalid,
	jsonValue,
	rulesFor,
	trueOrFalse,
	wholeCents,
} from '../../../shared/validate';
import { pickFields } from '../../../shared/simplify';

/**
 * Proposal statuses: hivestr.txt › GET /proposals and PUT /proposals/{id} list draft, sent,
 * viewed, approved, rejected; the stage table also names pre_approved (the Aprovação stage).
 */
export const proposalStatusOptions = [
	{ name: 'Approved', value: 'approved' },
	{ name: 'Draft', value: 'draft' },
	{
		name: 'Pre-Approved',
		value: 'pre_approved',
		description:
			"The status of a proposal whose card is in Approval (Aprovação), named in the stage table; the list filter and the update do not list it (not in Hivestr's API docs for this field)",
	},
	{ name: 'Rejected', value: 'rejected' },
	{ name: 'Sent', value: 'sent' },
	{ name: 'Viewed', value: 'viewed' },
];

/** The status values as the API spells them. */
export const PROPOSAL_STATUSES = proposalStatusOptions.map((option) => option.value);

/** Campaign start and end, required by calculate and create. */
export const campaignDates: INodeProperties[] = [
	{
		displayName: 'Campaign Start Date',
		name: 'campaignStartDate',
		type: 'dateTime',
		required: true,
		default: '',
		description: 'First day of the campaign; sent as YYYY-MM-DD',
	},
	{
		displayName: 'Campaign End Date',
		name: 'campaignEndDate',
		type: 'dateTime',
		required: true,
		default: '',
		description: 'Last day of the campaign; sent as YYYY-MM-DD',
	},
];

export function campaignDatesOf(context: IExecuteFunctions, itemIndex: number): IDataObject {
	const start = checkedDate(
		context,
		context.getNodeParameter('campaignStartDate', itemIndex, ''),
		'Campaign Start Date',
		itemIndex,
	);
	const end = checkedDate(
		context,
		context.getNodeParameter('campaignEndDate', itemIndex, ''),
		'Campaign End Date',
		itemIndex,
	);
	if (end < start) {
		throw invalid(
			context,
			itemIndex,
			'"Campaign End Date" must not be before "Campaign Start Date"',
			`Item ${itemIndex} runs from ${start} to ${end}.`,
		);
	}
	return { campaign_start_date: start, campaign_end_date: end };
}

const vehicleId: INodeProperties = {
	displayName: 'Vehicle ID',
	name: 'vehicle_id',
	type: 'string',
	default: '',
	description: 'ID of the inventory item (media vehicle)',
};
const scheduleId: INodeProperties = {
	displayName: 'Schedule ID',
	name: 'schedule_id',
	type: 'string',
	default: '',
	description: 'Required for TV and radio: the media_schedules ID (programme slot) of the vehicle',
};
const isBonus: INodeProperties = {
	displayName: 'Bonus',
	name: 'is_bonus',
	type: 'boolean',
	default: false,
	description: 'Whether the item is a free bonus (API field is_bonus)',
};
const quantity: INodeProperties = {
	displayName: 'Quantity',
	name: 'quantity',
	type: 'number',
	required: true,
	typeOptions: { minValue: 1 },
	default: 1,
	description: 'Number of units; for TV and radio the number of insertions',
};
/** hivestr.txt › POST /proposals/calculate: quantity "⚪ Optional (default: 1) - Number of insertions", shown on the TV item only. */
const calculationQuantity: INodeProperties = {
	displayName: 'Insertions (TV/Radio)',
	name: 'quantity',
	type: 'number',
	typeOptions: { minValue: 0 },
	default: 0,
	description:
		'TV and radio: number of insertions (API field quantity; Hivestr default: 1). Leave 0 to not send it: the API docs show quantity only on TV/radio items.',
};
const requiredCents = (
	displayName: string,
	name: string,
	description: string,
): INodeProperties => ({
	displayName,
	name,
	type: 'number',
	required: true,
	typeOptions: { minValue: 0, numberPrecision: 0 },
	default: 0,
	description,
});
const cents = (displayName: string, name: string, description: string): INodeProperties => ({
	displayName,
	name,
	type: 'number',
	typeOptions: { minValue: 0, numberPrecision: 0 },
	default: 0,
	description,
});
const screenQuantity: INodeProperties = {
	displayName: 'Screen Quantity',
	name: 'screen_quantity',
	type: 'number',
	typeOptions: { minValue: 0 },
	default: 0,
	description: 'DOOH: number of screens (0 = not sent)',
};

/** Items to price with /proposals/calculate. */
export const calculationItemFields: INodeProperties[] = [
	{ ...vehicleId, required: true },
	scheduleId,
	calculationQuantity,
	{
		displayName: 'Face Orientation',
		name: 'face_orientation',
		type: 'options',
		options: [
			{ name: 'Not Set', value: '' },
			{ name: 'With the Traffic (Fluxo)', value: 'Fluxo' },
			{ name: 'Against the Traffic (Contra-Fluxo)', value: 'Contra-Fluxo' },
		],
		default: '',
		description: 'OOH only: which side of the traffic the face looks at',
	},
	isBonus,
];

/** Items of a proposal as POST /proposals takes them. */
export const proposalItemFields: INodeProperties[] = [
	{ ...vehicleId, required: true },
	scheduleId,
	quantity,
	requiredCents(
		'Unit Price (Cents)',
		'unit_price',
		'Price of one unit in cents (R$ 5.000,00 = 500000); required by Hivestr',
	),
	requiredCents(
		'Final Price (Cents)',
		'final_price',
		'Price of the item after discounts, in cents; required by Hivestr',
	),
	{
		displayName: 'Discount (%)',
		name: 'discount_percentage',
		type: 'number',
		typeOptions: { minValue: 0, maxValue: 100 },
		default: 0,
		description: 'Item discount in percent (0 = not sent)',
	},
	cents('Discount Value (Cents)', 'discount_value', 'Item discount in cents (0 = not sent)'),
	isBonus,
	{
		displayName: 'Notes',
		name: 'notes',
		type: 'string',
		default: '',
		description: 'Note about the item',
	},
	screenQuantity,
	{
		displayName: 'Face Details (JSON)',
		name: 'face_details',
		type: 'json',
		default: '',
		description: 'OOH only: face details as JSON, sent as given',
	},
];

/** Items that replace all items of a proposal (PUT /proposals/{id}). */
export const replacementItemFields: INodeProperties[] = [
	{ ...vehicleId, required: true },
	{
		...scheduleId,
		description:
			"Required for TV and radio on create: the media_schedules ID of the vehicle. Kept when items are replaced, though PUT's item list does not show it (not in Hivestr's API docs for update).",
	},
	quantity,
	requiredCents('Unit Price (Cents)', 'unit_price', 'Price of one unit in cents; required'),
	requiredCents(
		'Final Price (Cents)',
		'final_price',
		'Price of the item after discounts, in cents; required',
	),
	isBonus,
	screenQuantity,
];

export function itemsCollection(
	name: string,
	displayName: string,
	values: INodeProperties[],
	description: string,
): INodeProperties {
	return {
		displayName,
		name,
		type: 'fixedCollection',
		typeOptions: { multipleValues: true, sortable: true },
		placeholder: 'Add Item',
		default: {},
		description,
		options: [{ displayName: 'Item', name: 'item', values }],
	};
}

export function itemsJsonField(name: string, description: string): INodeProperties {
	return {
		displayName: 'Items (JSON)',
		name,
		type: 'json',
		default:
			'[\n  {\n    "vehicle_id": "",\n    "quantity": 1,\n    "unit_price": 0,\n    "final_price": 0\n  }\n]',
		description,
	};
}

/** The rows of an items fixed collection. */
export function rowsOf(context: IExecuteFunctions, name: string, itemIndex: number): IDataObject[] {
	const collection = context.getNodeParameter(name, itemIndex, {}) as { item?: IDataObject[] };
	return collection.item ?? [];
}

/** hivestr.txt › POST /proposals/calculate: face_orientation "Fluxo or Contra-Fluxo". */
export const FACE_ORIENTATIONS = ['Fluxo', 'Contra-Fluxo'];

/** Checks one item row and keeps the fields it sets, under their API names. */
export function checkedItem(
	context: IExecuteFunctions,
	row: IDataObject,
	position: number,
	itemIndex: number,
	kind: 'calculate' | 'create' | 'replace',
): IDataObject {
	const label = (field: string) => `Items › ${position + 1} › ${field}`;
	const number = (value: unknown, field: string, bounds: { min?: number; max?: number }) =>
		checkedNumber(context, value, label(field), itemIndex, bounds);
	const given = (value: unknown) => value !== undefined && value !== null && value !== '';
	/** A field hivestr.txt marks ✅ REQUIRED: refused when missing, never filled in with 0. */
	const required = (name: string, field: string) => {
		if (!given(row[name])) {
			throw invalid(
				context,
				itemIndex,
				`"${label(field)}" is required`,
				`Item ${itemIndex}: Hivestr requires ${name} on every proposal item.`,
			);
		}
		return row[name];
	};
	const vehicle = String(row.vehicle_id ?? '').trim();
	if (vehicle === '') {
		throw invalid(
			context,
			itemIndex,
			`"${label('Vehicle ID')}" is required`,
			`Item ${itemIndex}: every proposal item needs the ID of its media vehicle.`,
		);
	}
	const item: IDataObject = { vehicle_id: vehicle };
	const schedule = String(row.schedule_id ?? '').trim();
	if (schedule !== '') item.schedule_id = schedule;
	if (kind === 'calculate') {
		// Sent only when set: the document shows quantity on TV/radio items only (default 1).
		if (given(row.quantity) && Number(row.quantity) !== 0) {
			item.quantity = number(row.quantity, 'Insertions (TV/Radio)', { min: 1 });
		}
		if (given(row.face_orientation)) {
			item.face_orientation = rulesFor(context, itemIndex).oneOf(
				label('Face Orientation'),
				FACE_ORIENTATIONS,
			)(row.face_orientation) as string;
		}
	} else {
		item.quantity = number(required('quantity', 'Quantity'), 'Quantity', { min: 1 });
		item.unit_price = wholeCents(
			context,
			required('unit_price', 'Unit Price (Cents)'),
			label('Unit Price (Cents)'),
			itemIndex,
		);
		item.final_price = wholeCents(
			context,
			required('final_price', 'Final Price (Cents)'),
			label('Final Price (Cents)'),
			itemIndex,
		);
	}
	if (kind === 'create') {
		const percent = number(row.discount_percentage ?? 0, 'Discount (%)', { min: 0, max: 100 });
		if (percent > 0) item.discount_percentage = percent;
		const value = wholeCents(
			context,
			row.discount_value ?? 0,
			label('Discount Value (Cents)'),
			itemIndex,
		);
		if (value > 0) item.discount_value = value;
	}
	if (given(row.is_bonus)) {
		item.is_bonus = trueOrFalse(context, row.is_bonus, label('Bonus'), itemIndex);
	}
	if (kind === 'create' && typeof row.notes === 'string' && row.notes.trim() !== '') {
		item.notes = row.notes.trim();
	}
	if (kind !== 'calculate') {
		const screens = number(row.screen_quantity ?? 0, 'Screen Quantity', { min: 0 });
		if (screens > 0) item.screen_quantity = screens;
	}
	if (kind === 'create' && given(row.face_details)) {
		item.face_details = jsonValue(
			context,
			row.face_details,
			label('Face Details (JSON)'),
			itemIndex,
		) as IDataObject;
	}
	return item;
}

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

/**
 * Items given as JSON: a list of objects. Only the item fields the API documents are sent,
 * so a Calculate output (with vehicle_name, media_type…) can be passed in as it is; the
 * fields hivestr.txt marks ✅ REQUIRED (vehicle_id, quantity, unit_price, final_price) are
 * checked before sending, like the form's.
 */
export function jsonItems(
	context: IExecuteFunctions,
	name: string,
	itemIndex: number,
	keys: readonly string[],
): IDataObject[] {
	const items = jsonValue(
		context,
		context.getNodeParameter(name, itemIndex, '[]'),
		'Items (JSON)',
		itemIndex,
	);
	if (
		!Array.isArray(items) ||
		!items.every((item) => typeof item === 'object' && item !== null && !Array.isArray(item))
	) {
		throw invalid(
			context,
			itemIndex,
			'"Items (JSON)" must be a list of objects',
			`Item ${itemIndex} has items that Hivestr cannot take.`,
		);
	}
	return (items as IDataObject[]).map((item, position) => {
		const picked = pickFields(item, keys);
		checkedItem(context, item, position, itemIndex, 'replace');
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

/** The calculate request's optional settings. */
export const calculationOptionFields: INodeProperties[] = [
	{
		displayName: 'Bonus Days',
		name: 'bonus_days',
		type: 'number',
		typeOptions: { minValue: 0 },
		default: 0,
		description: 'Free days added to the campaign',
	},
	{
		displayName: 'Daily Insertions per Screen',
		name: 'daily_insertions_per_screen',
		type: 'number',
		typeOptions: { minValue: 1 },
		default: 50,
		description: 'DOOH sold by insertions: insertions per screen per day',
	},
	{
		displayName: 'Discount (%)',
		name: 'discount_percentage',
		type: 'number',
		typeOptions: { minValue: 0, maxValue: 100 },
		default: 0,
		description: 'Discount on the whole proposal, in percent',
	},
	{
		displayName: 'Sell by Insertions',
		name: 'sell_by_insertions',
		type: 'boolean',
		default: false,
		description: 'Whether DOOH is priced by insertions instead of by day',
	},
];
