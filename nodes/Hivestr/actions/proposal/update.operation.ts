import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { forOperation, optionalFields } from '../../../shared/descriptions';
import { pathOf } from '../../../shared/request';
import type { CheckedProperty } from '../../../shared/validate';
import { checkedCollection, propertiesOf, requireSomeField } from '../../../shared/validate';
import { hivestrRequest } from '../../transport';
import { proposalIdOf, pickerModes } from '../locators';
import {
	ITEMS_JSON_EXAMPLE,
	REPLACE_ITEM_KEYS,
	checkedRows,
	jsonItems,
	requireItems,
} from './itemSources';
import { itemProperties, replacementItem } from './items';
import {
	discountPercentage,
	discountValue,
	PROPOSAL_STATUSES,
	proposalStatusOptions,
	proposalTexts,
	validUntil,
} from './settings';

/** What PUT /proposals/{id} changes, under Update Fields. */
const updateFields: CheckedProperty[] = [
	...proposalTexts,
	{
		...discountPercentage,
		property: {
			displayName: 'Discount (%)',
			name: 'discount_percentage',
			type: 'number',
			typeOptions: { minValue: 0, maxValue: 100 },
			default: 0,
			description: 'Discount on the whole proposal in percent; totals are recalculated',
		},
	},
	{
		...discountValue,
		property: {
			displayName: 'Discount Value (Cents)',
			name: 'discount_value',
			type: 'number',
			typeOptions: { minValue: 0, numberPrecision: 0 },
			default: 0,
			description: 'Discount on the whole proposal in cents; totals are recalculated',
		},
	},
	{
		property: {
			displayName: 'Status',
			name: 'status',
			type: 'options',
			options: proposalStatusOptions,
			default: 'sent',
			description: 'New status of the proposal',
		},
		rule: (check, label) => check.oneOf(label, PROPOSAL_STATUSES),
	},
	{ property: { displayName: 'Title', name: 'title', type: 'string', default: '' } },
	validUntil,
];

const replacing = (source: string) => ({
	show: { replaceItems: [true], replacementSource: [source] },
});

export const description: INodeProperties[] = forOperation('proposal', 'update', [
	{
		displayName: 'Proposal',
		name: 'proposalId',
		type: 'resourceLocator',
		required: true,
		default: { mode: 'list', value: '' },
		...pickerModes('searchProposals'),
		description:
			'The proposal to update, chosen from the list or given by its ID (approved or rejected proposals cannot be edited)',
	},
	optionalFields('updateFields', 'Update Fields', propertiesOf(updateFields)),
	{
		displayName: 'Replace All Items',
		name: 'replaceItems',
		type: 'boolean',
		default: false,
		description:
			'Whether to send a new list of items. Hivestr DELETES every current item of the proposal and keeps only the ones given here.',
	},
	{
		displayName:
			'All current items of this proposal will be deleted and replaced by the items below',
		name: 'replaceNotice',
		type: 'notice',
		default: '',
		displayOptions: { show: { replaceItems: [true] } },
	},
	{
		displayName: 'Replacement Items Source',
		name: 'replacementSource',
		type: 'options',
		noDataExpression: true,
		options: [
			{ name: 'Define Below', value: 'fields' },
			{ name: 'JSON', value: 'json' },
		],
		default: 'fields',
		displayOptions: { show: { replaceItems: [true] } },
	},
	{
		displayName: 'Replacement Items',
		name: 'replacementItems',
		type: 'fixedCollection',
		typeOptions: { multipleValues: true, sortable: true },
		placeholder: 'Add Item',
		default: {},
		description: 'The complete new list of items (prices in cents)',
		options: [{ displayName: 'Item', name: 'item', values: itemProperties(replacementItem) }],
		displayOptions: replacing('fields'),
	},
	{
		displayName: 'Items (JSON)',
		name: 'replacementItemsJson',
		type: 'json',
		default: ITEMS_JSON_EXAMPLE,
		description:
			'The complete new list of items as a JSON array: vehicle_id, quantity, unit_price and final_price (cents) required',
		displayOptions: replacing('json'),
	},
]);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const id = proposalIdOf(this, itemIndex);
	const body = checkedCollection(this, itemIndex, { name: 'updateFields', fields: updateFields });
	if (this.getNodeParameter('replaceItems', itemIndex, false) as boolean) {
		const source = this.getNodeParameter('replacementSource', itemIndex, 'fields') as string;
		const items =
			source === 'json'
				? jsonItems(this, itemIndex, { parameter: 'replacementItemsJson', keys: REPLACE_ITEM_KEYS })
				: checkedRows(this, itemIndex, { parameter: 'replacementItems', fields: replacementItem });
		body.items = requireItems(this, items, itemIndex);
	}
	requireSomeField(this, body, 'Update Fields', itemIndex);
	return await hivestrRequest(this, itemIndex, {
		method: 'PUT',
		path: pathOf`/public/proposals/${id}`,
		body,
	});
}
