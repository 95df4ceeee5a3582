import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { forOperation, optionalFields } from '../../../shared/descriptions';
import { pickFields } from '../../../shared/simplify';
import type { CheckedProperty } from '../../../shared/validate';
import { checkedCollection, invalid, propertiesOf, requiredTextOf } from '../../../shared/validate';
import { hivestrRequest } from '../../transport';
import { clientIdOf, pickerModes } from '../locators';
import { calculation, calculationBody, calculationProperties } from './calculate.operation';
import { CREATE_ITEM_KEYS, checkedRows, itemsJson, jsonItems, requireItems } from './itemSources';
import { checkedItem, itemProperties, proposalItem, replacementItem } from './items';
import {
	bonusDays,
	campaignDates,
	campaignDatesOf,
	dailyInsertionsPerScreen,
	discountPercentage,
	discountValue,
	percent,
	proposalTexts,
	sellByInsertions,
	validUntil,
} from './settings';

/** The proposal's own settings, under Additional Fields. */
const proposalFields: CheckedProperty[] = [
	{
		property: {
			displayName: 'Advertising Agency',
			name: 'advertising_agency',
			type: 'string',
			default: '',
			description: 'Agency that placed the campaign',
		},
	},
	{
		property: {
			displayName: 'Agency Commission (%)',
			name: 'agency_commission_percentage',
			type: 'number',
			typeOptions: { minValue: 0, maxValue: 100 },
			default: 0,
			description: 'Agency commission in percent',
		},
		rule: percent,
	},
	bonusDays,
	dailyInsertionsPerScreen,
	discountPercentage,
	discountValue,
	{
		property: {
			displayName: 'Has Volume Commission',
			name: 'has_volume_commission',
			type: 'boolean',
			default: false,
			description: 'Whether a volume commission applies',
		},
		rule: (check, label) => check.boolean(label),
	},
	sellByInsertions,
	validUntil,
	{
		property: {
			displayName: 'Volume Commission (%)',
			name: 'volume_commission_percentage',
			type: 'number',
			typeOptions: { minValue: 0, maxValue: 100 },
			default: 0,
			description: 'Volume commission in percent',
		},
		rule: percent,
	},
	...proposalTexts,
];

/** Calculation settings a proposal also takes. */
const CALCULATION_SETTINGS = [
	'bonus_days',
	'discount_percentage',
	'sell_by_insertions',
	'daily_insertions_per_screen',
] as const;

const showFor = (source: string) => ({ show: { itemsSource: [source] } });

const titleField: INodeProperties = {
	displayName: 'Title',
	name: 'title',
	type: 'string',
	required: true,
	default: '',
	placeholder: 'e.g. Summer Campaign 2026',
	description: 'Title of the proposal',
};

export const description: INodeProperties[] = forOperation('proposal', 'create', [
	{
		displayName: 'Client',
		name: 'clientId',
		type: 'resourceLocator',
		required: true,
		default: { mode: 'list', value: '' },
		...pickerModes('searchClients'),
		description: 'The client the proposal is for',
	},
	titleField,
	...campaignDates,
	{
		displayName: 'Items Source',
		name: 'itemsSource',
		type: 'options',
		noDataExpression: true,
		options: [
			{
				name: 'Calculate Prices First',
				value: 'calculate',
				description:
					'Price the vehicles with Hivestr (Calculate) and create the proposal from the calculated items in one step; each price is matched to its item by vehicle, schedule and face, and the schedule is kept',
			},
			{
				name: 'Define Below',
				value: 'fields',
				description: 'Enter each item with its prices (cents)',
			},
			{
				name: 'JSON',
				value: 'json',
				description: 'Give the items as a JSON array, e.g. the items of a Calculate output',
			},
		],
		default: 'fields',
	},
	{
		displayName: 'Items',
		name: 'items',
		type: 'fixedCollection',
		typeOptions: { multipleValues: true, sortable: true },
		placeholder: 'Add Item',
		default: {},
		description: 'Media vehicles in the proposal, with prices in cents',
		options: [{ displayName: 'Item', name: 'item', values: itemProperties(proposalItem) }],
		displayOptions: showFor('fields'),
	},
	{ ...itemsJson, displayOptions: showFor('json') },
	...calculationProperties.map((property) => ({
		...property,
		displayOptions: showFor('calculate'),
	})),
	optionalFields('additionalFields', 'Additional Fields', propertiesOf(proposalFields)),
]);

/** What tells two calculated items of one vehicle apart, when the answer carries it. */
const IDENTITY = ['schedule_id', 'face_orientation', 'is_bonus'] as const;

function refuseMatch(context: IExecuteFunctions, itemIndex: number, message: string): never {
	throw invalid(
		context,
		itemIndex,
		message,
		`Item ${itemIndex}: nothing was created. Run Proposal › Calculate, then create the proposal with the items given as JSON or defined below.`,
	);
}

/**
 * The proposal's items from a calculation: each calculated item is paired with the item it
 * prices by what identifies it (vehicle, and schedule, face and bonus flag where the answer
 * carries them), never by position — hivestr.txt neither says the answer keeps the request's
 * order nor that it echoes schedule_id. The proposal keeps the input's schedule_id (create
 * requires it for TV/radio). Items the answer cannot tell apart fail before anything is created.
 */
function pricedItems(
	context: IExecuteFunctions,
	asked: IDataObject[],
	priced: IDataObject[],
	itemIndex: number,
): IDataObject[] {
	if (priced.length !== asked.length) {
		refuseMatch(
			context,
			itemIndex,
			`Hivestr priced ${priced.length} items for the ${asked.length} asked`,
		);
	}
	const asDefault = (request: IDataObject, key: string) =>
		request[key] ?? (key === 'is_bonus' ? false : undefined);
	const free = new Set(priced.map((_, index) => index));
	return asked.map((request, position) => {
		const fits = [...free].filter((index) => {
			const answer = priced[index];
			return (
				answer.vehicle_id === request.vehicle_id &&
				IDENTITY.every(
					(key) =>
						answer[key] === undefined ||
						answer[key] === null ||
						answer[key] === asDefault(request, key),
				)
			);
		});
		if (fits.length === 0) {
			refuseMatch(
				context,
				itemIndex,
				`Hivestr's calculation has no price for item ${position + 1} (vehicle ${String(request.vehicle_id)})`,
			);
		}
		const kept = (index: number) => JSON.stringify(pickFields(priced[index], CREATE_ITEM_KEYS));
		if (fits.some((index) => kept(index) !== kept(fits[0]))) {
			refuseMatch(
				context,
				itemIndex,
				`Hivestr's calculation priced vehicle ${String(request.vehicle_id)} more than once without saying which price is for which item`,
			);
		}
		free.delete(fits[0]);
		const answer = priced[fits[0]];
		const item: IDataObject = { ...pickFields(answer, CREATE_ITEM_KEYS) };
		if (request.schedule_id !== undefined) item.schedule_id = request.schedule_id;
		if (item.is_bonus === undefined && request.is_bonus !== undefined) {
			item.is_bonus = request.is_bonus;
		}
		checkedItem(context, item, { position, itemIndex, fields: replacementItem });
		return item;
	});
}

/**
 * Creates the proposal (Hivestr starts it as draft). With "Calculate Prices First" the items
 * are priced by /proposals/calculate and the proposal is created from the calculated items.
 */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const clientId = clientIdOf(this, itemIndex);
	const title = requiredTextOf(this, titleField, itemIndex);
	const dates = campaignDatesOf(this, itemIndex);
	const fields = checkedCollection(this, itemIndex, {
		name: 'additionalFields',
		fields: proposalFields,
	});
	const source = this.getNodeParameter('itemsSource', itemIndex, 'fields') as string;

	let items: IDataObject[];
	let calculationSettings: IDataObject = {};
	if (source === 'calculate') {
		const request = calculationBody(this, itemIndex);
		// The proposal keeps the settings it was priced with, unless set again below.
		calculationSettings = pickFields(request, CALCULATION_SETTINGS);
		const calculated = await calculation(this, itemIndex, request);
		const priced = Array.isArray(calculated.items) ? (calculated.items as IDataObject[]) : [];
		items = pricedItems(this, request.items as IDataObject[], priced, itemIndex);
	} else if (source === 'json') {
		items = jsonItems(this, itemIndex, { parameter: 'itemsJson', keys: CREATE_ITEM_KEYS });
	} else {
		items = checkedRows(this, itemIndex, { parameter: 'items', fields: proposalItem });
	}
	const body = {
		client_id: clientId,
		title,
		...dates,
		...calculationSettings,
		...fields,
		items: requireItems(this, items, itemIndex),
	};
	return await hivestrRequest(this, itemIndex, { method: 'POST', path: '/public/proposals', body });
}
