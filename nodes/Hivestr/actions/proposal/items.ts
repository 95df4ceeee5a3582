import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { locatorValue } from '../../../shared/locators';
import {
	checkedNumber,
	invalid,
	jsonValue,
	rulesFor,
	trueOrFalse,
	wholeCents,
} from '../../../shared/validate';
import { pickerModes } from '../locators';

/** Where an item row's value is checked: messages name the row's field ("Items › 2 › Bonus"). */
interface RowValue {
	context: IExecuteFunctions;
	itemIndex: number;
	label: string;
	/** The API name, for what Hivestr requires. */
	name: string;
}

/**
 * A field of a proposal item: its parameter, and what is sent for the value a row gives
 * (undefined: the field is left out). Declared together, so the label is written once.
 */
export interface ItemField {
	property: INodeProperties;
	sent: (value: unknown, at: RowValue) => unknown;
}

const given = (value: unknown) => value !== undefined && value !== null && value !== '';

/** A field hivestr.txt marks ✅ REQUIRED: refused when missing, never filled in with 0. */
function required(value: unknown, { context, itemIndex, label, name }: RowValue): unknown {
	if (!given(value)) {
		throw invalid(
			context,
			itemIndex,
			`"${label}" is required`,
			`Item ${itemIndex}: Hivestr requires ${name} on every proposal item.`,
		);
	}
	return value;
}

const inRange =
	(bounds: { min: number; max?: number }) =>
	(value: unknown, { context, itemIndex, label }: RowValue) =>
		checkedNumber(context, value, label, itemIndex, bounds);

const requiredCents = (value: unknown, at: RowValue) =>
	wholeCents(at.context, required(value, at), at.label, at.itemIndex);

const vehicleId: ItemField = {
	property: {
		displayName: 'Vehicle',
		name: 'vehicle_id',
		type: 'resourceLocator',
		required: true,
		default: { mode: 'list', value: '' },
		description: 'The inventory item (media vehicle), chosen from the list or given by its ID',
		...pickerModes('searchInventory'),
	},
	sent: (value, { context, itemIndex, label }) => {
		// A row saved before the field was a picker holds the ID as plain text.
		const picked = locatorValue(value);
		const vehicle =
			typeof picked === 'string' || typeof picked === 'number' ? String(picked).trim() : '';
		if (vehicle === '') {
			throw invalid(
				context,
				itemIndex,
				`"${label}" is required`,
				`Item ${itemIndex}: every proposal item needs the ID of its media vehicle.`,
			);
		}
		return vehicle;
	},
};

const scheduleId: ItemField = {
	property: {
		displayName: 'Schedule ID',
		name: 'schedule_id',
		type: 'string',
		default: '',
		description:
			'Required for TV and radio: the media_schedules ID (programme slot) of the vehicle',
	},
	sent: (value) => String(value ?? '').trim() || undefined,
};

const isBonus: ItemField = {
	property: {
		displayName: 'Bonus',
		name: 'is_bonus',
		type: 'boolean',
		default: false,
		description: 'Whether the item is a free bonus (API field is_bonus)',
	},
	sent: (value, { context, itemIndex, label }) =>
		given(value) ? trueOrFalse(context, value, label, itemIndex) : undefined,
};

const quantity: ItemField = {
	property: {
		displayName: 'Quantity',
		name: 'quantity',
		type: 'number',
		required: true,
		typeOptions: { minValue: 1 },
		default: 1,
		description: 'Number of units; for TV and radio the number of insertions',
	},
	sent: (value, at) => inRange({ min: 1 })(required(value, at), at),
};

const unitPrice: ItemField = {
	property: {
		displayName: 'Unit Price (Cents)',
		name: 'unit_price',
		type: 'number',
		required: true,
		typeOptions: { minValue: 0, numberPrecision: 0 },
		default: 0,
		description: 'Price of one unit in cents (R$ 5.000,00 = 500000); required by Hivestr',
	},
	sent: requiredCents,
};

const finalPrice: ItemField = {
	property: {
		displayName: 'Final Price (Cents)',
		name: 'final_price',
		type: 'number',
		required: true,
		typeOptions: { minValue: 0, numberPrecision: 0 },
		default: 0,
		description: 'Price of the item after discounts, in cents; required by Hivestr',
	},
	sent: requiredCents,
};

const screenQuantity: ItemField = {
	property: {
		displayName: 'Screen Quantity',
		name: 'screen_quantity',
		type: 'number',
		typeOptions: { minValue: 0 },
		default: 0,
		description: 'DOOH: number of screens (0 = not sent)',
	},
	sent: (value, at) => inRange({ min: 0 })(value ?? 0, at) || undefined,
};

/** Items to price with POST /proposals/calculate. */
export const calculationItem: ItemField[] = [
	vehicleId,
	scheduleId,
	{
		// hivestr.txt › POST /proposals/calculate: quantity "⚪ Optional (default: 1) - Number of insertions", shown on the TV item only.
		property: {
			displayName: 'Insertions (TV/Radio)',
			name: 'quantity',
			type: 'number',
			typeOptions: { minValue: 0 },
			default: 0,
			description:
				'TV and radio: number of insertions (API field quantity; Hivestr default: 1). Leave 0 to not send it: the API docs show quantity only on TV/radio items.',
		},
		sent: (value, at) =>
			given(value) && Number(value) !== 0 ? inRange({ min: 1 })(value, at) : undefined,
	},
	{
		// hivestr.txt › POST /proposals/calculate: face_orientation "Fluxo or Contra-Fluxo".
		property: {
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
		sent: (value, { context, itemIndex, label }) =>
			given(value)
				? rulesFor(context, itemIndex).oneOf(label, ['Fluxo', 'Contra-Fluxo'])(value)
				: undefined,
	},
	isBonus,
];

/** Items of a proposal as POST /proposals takes them. */
export const proposalItem: ItemField[] = [
	vehicleId,
	scheduleId,
	quantity,
	unitPrice,
	finalPrice,
	{
		// The proposal's discounts, given per item.
		property: {
			displayName: 'Discount (%)',
			name: 'discount_percentage',
			type: 'number',
			typeOptions: { minValue: 0, maxValue: 100 },
			default: 0,
			description: 'Item discount in percent (0 = not sent)',
		},
		sent: (value, at) => inRange({ min: 0, max: 100 })(value ?? 0, at) || undefined,
	},
	{
		property: {
			displayName: 'Discount Value (Cents)',
			name: 'discount_value',
			type: 'number',
			typeOptions: { minValue: 0, numberPrecision: 0 },
			default: 0,
			description: 'Item discount in cents (0 = not sent)',
		},
		sent: (value, at) => wholeCents(at.context, value ?? 0, at.label, at.itemIndex) || undefined,
	},
	isBonus,
	{
		property: {
			displayName: 'Notes',
			name: 'notes',
			type: 'string',
			default: '',
			description: 'Note about the item',
		},
		sent: (value) => (typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined),
	},
	screenQuantity,
	{
		property: {
			displayName: 'Face Details (JSON)',
			name: 'face_details',
			type: 'json',
			default: '',
			description: 'OOH only: face details as JSON, sent as given',
		},
		sent: (value, { context, itemIndex, label }) =>
			given(value) ? jsonValue(context, value, label, itemIndex) : undefined,
	},
];

/** Items that replace all items of a proposal (PUT /proposals/{id}); JSON items are checked by these too. */
export const replacementItem: ItemField[] = [
	vehicleId,
	{
		...scheduleId,
		property: {
			displayName: 'Schedule ID',
			name: 'schedule_id',
			type: 'string',
			default: '',
			description:
				"Required for TV and radio on create: the media_schedules ID of the vehicle. Kept when items are replaced, though PUT's item list does not show it (not in Hivestr's API docs for update).",
		},
	},
	quantity,
	{
		...unitPrice,
		property: {
			displayName: 'Unit Price (Cents)',
			name: 'unit_price',
			type: 'number',
			required: true,
			typeOptions: { minValue: 0, numberPrecision: 0 },
			default: 0,
			description: 'Price of one unit in cents; required',
		},
	},
	{
		...finalPrice,
		property: {
			displayName: 'Final Price (Cents)',
			name: 'final_price',
			type: 'number',
			required: true,
			typeOptions: { minValue: 0, numberPrecision: 0 },
			default: 0,
			description: 'Price of the item after discounts, in cents; required',
		},
	},
	isBonus,
	screenQuantity,
];

/** The parameters of an item row. */
export const itemProperties = (fields: ItemField[]) => fields.map((field) => field.property);

/** Checks one item row and keeps the fields it sets, under their API names. */
export function checkedItem(
	context: IExecuteFunctions,
	row: IDataObject,
	{ position, itemIndex, fields }: { position: number; itemIndex: number; fields: ItemField[] },
): IDataObject {
	const item: IDataObject = {};
	for (const { property, sent } of fields) {
		const { name, displayName } = property;
		const label = `Items › ${position + 1} › ${displayName}`;
		const value = sent(row[name], { context, itemIndex, label, name });
		if (value !== undefined) item[name] = value as IDataObject[string];
	}
	return item;
}
