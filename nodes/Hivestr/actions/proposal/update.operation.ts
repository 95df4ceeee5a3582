import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { forOperation, idField, optionalFields } from '../../../shared/descriptions';
import { pathOf } from '../../../shared/request';
import { apiFields, requireSomeField, requiredText, rulesFor } from '../../../shared/validate';
import { hivestrRequest } from '../../transport';
import {
	REPLACE_ITEM_KEYS,
	checkedItem,
	itemsCollection,
	itemsJsonField,
	jsonItems,
	PROPOSAL_STATUSES,
	proposalStatusOptions,
	replacementItemFields,
	requireItems,
	rowsOf,
} from './fields';

const replacing = (source: string) => ({
	show: { replaceItems: [true], replacementSource: [source] },
});

export const description: INodeProperties[] = forOperation('proposal', 'update', [
	idField(
		'proposalId',
		'Proposal ID',
		'ID of the proposal to update (approved or rejected proposals cannot be edited)',
	),
	optionalFields('updateFields', 'Update Fields', [
		{
			displayName: 'Commercial Notes',
			name: 'commercial_notes',
			type: 'string',
			typeOptions: { rows: 3 },
			default: '',
			description: 'Notes shown to the client',
		},
		{
			displayName: 'Description',
			name: 'description',
			type: 'string',
			typeOptions: { rows: 3 },
			default: '',
		},
		{
			displayName: 'Discount (%)',
			name: 'discount_percentage',
			type: 'number',
			typeOptions: { minValue: 0, maxValue: 100 },
			default: 0,
			description: 'Discount on the whole proposal in percent; totals are recalculated',
		},
		{
			displayName: 'Discount Value (Cents)',
			name: 'discount_value',
			type: 'number',
			typeOptions: { minValue: 0, numberPrecision: 0 },
			default: 0,
			description: 'Discount on the whole proposal in cents; totals are recalculated',
		},
		{
			displayName: 'Internal Notes',
			name: 'notes',
			type: 'string',
			typeOptions: { rows: 3 },
			default: '',
			description: 'Notes for your team only',
		},
		{
			displayName: 'Status',
			name: 'status',
			type: 'options',
			options: proposalStatusOptions,
			default: 'sent',
			description: 'New status of the proposal',
		},
		{ displayName: 'Title', name: 'title', type: 'string', default: '' },
		{
			displayName: 'Valid Until',
			name: 'valid_until',
			type: 'dateTime',
			default: '',
			description: 'Last day the proposal is valid; sent as YYYY-MM-DD',
		},
	]),
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
		...itemsCollection(
			'replacementItems',
			'Replacement Items',
			replacementItemFields,
			'The complete new list of items (prices in cents)',
		),
		displayOptions: replacing('fields'),
	},
	{
		...itemsJsonField(
			'replacementItemsJson',
			'The complete new list of items as a JSON array: vehicle_id, quantity, unit_price and final_price (cents) required',
		),
		displayOptions: replacing('json'),
	},
]);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const proposalId = requiredText(this, 'proposalId', 'Proposal ID', itemIndex);
	const rule = rulesFor(this, itemIndex);
	const body = apiFields(this.getNodeParameter('updateFields', itemIndex, {}) as IDataObject, {
		discount_percentage: rule.number('Discount (%)', { min: 0, max: 100 }),
		discount_value: rule.cents('Discount Value (Cents)'),
		valid_until: rule.date('Valid Until'),
		status: rule.oneOf('Status', PROPOSAL_STATUSES),
	});
	if (this.getNodeParameter('replaceItems', itemIndex, false) as boolean) {
		const source = this.getNodeParameter('replacementSource', itemIndex, 'fields') as string;
		const items =
			source === 'json'
				? jsonItems(this, 'replacementItemsJson', itemIndex, REPLACE_ITEM_KEYS)
				: rowsOf(this, 'replacementItems', itemIndex).map((row, position) =>
						checkedItem(this, row, position, itemIndex, 'replace'),
					);
		body.items = requireItems(this, items, itemIndex);
	}
	requireSomeField(this, body, 'Update Fields', itemIndex);
	return await hivestrRequest(this, itemIndex, {
		method: 'PUT',
		path: pathOf`/public/proposals/${proposalId}`,
		body,
	});
}
