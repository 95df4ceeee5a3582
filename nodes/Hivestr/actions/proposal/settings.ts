import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import type { CheckedProperty } from '../../../shared/validate';
import { checkedDate, invalid } from '../../../shared/validate';

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
			"Shown in Hivestr's API docs only as the status linked to the Aprovação pipeline stage, not in the proposal status lists",
	},
	{ name: 'Rejected', value: 'rejected' },
	{ name: 'Sent', value: 'sent' },
	{ name: 'Viewed', value: 'viewed' },
];

/** The status values as the API spells them. */
export const PROPOSAL_STATUSES = proposalStatusOptions.map((option) => option.value);

const campaignStartDate: INodeProperties = {
	displayName: 'Campaign Start Date',
	name: 'campaignStartDate',
	type: 'dateTime',
	required: true,
	default: '',
	description: 'First day of the campaign; sent as YYYY-MM-DD',
};

const campaignEndDate: INodeProperties = {
	displayName: 'Campaign End Date',
	name: 'campaignEndDate',
	type: 'dateTime',
	required: true,
	default: '',
	description: 'Last day of the campaign; sent as YYYY-MM-DD',
};

/** Campaign start and end, required by calculate and create. */
export const campaignDates: INodeProperties[] = [campaignStartDate, campaignEndDate];

export function campaignDatesOf(context: IExecuteFunctions, itemIndex: number): IDataObject {
	const [start, end] = campaignDates.map((property) =>
		checkedDate(
			context,
			context.getNodeParameter(property.name, itemIndex, ''),
			property.displayName,
			itemIndex,
		),
	);
	if (end < start) {
		throw invalid(
			context,
			itemIndex,
			`"${campaignEndDate.displayName}" must not be before "${campaignStartDate.displayName}"`,
			`Item ${itemIndex} runs from ${start} to ${end}.`,
		);
	}
	return { campaign_start_date: start, campaign_end_date: end };
}

/* Settings of the whole proposal that Calculate, Create and Update share. */

/** A percentage, from 0 to 100. */
export const percent: CheckedProperty['rule'] = (check, label) =>
	check.number(label, { min: 0, max: 100 });

export const bonusDays: CheckedProperty = {
	property: {
		displayName: 'Bonus Days',
		name: 'bonus_days',
		type: 'number',
		typeOptions: { minValue: 0 },
		default: 0,
		description: 'Free days added to the campaign',
	},
	rule: (check, label) => check.number(label, { min: 0 }),
};

export const dailyInsertionsPerScreen: CheckedProperty = {
	property: {
		displayName: 'Daily Insertions per Screen',
		name: 'daily_insertions_per_screen',
		type: 'number',
		typeOptions: { minValue: 1 },
		default: 50,
		description: 'DOOH sold by insertions: insertions per screen per day',
	},
	rule: (check, label) => check.number(label, { min: 1 }),
};

export const discountPercentage: CheckedProperty = {
	property: {
		displayName: 'Discount (%)',
		name: 'discount_percentage',
		type: 'number',
		typeOptions: { minValue: 0, maxValue: 100 },
		default: 0,
		description: 'Discount on the whole proposal in percent',
	},
	rule: percent,
};

export const discountValue: CheckedProperty = {
	property: {
		displayName: 'Discount Value (Cents)',
		name: 'discount_value',
		type: 'number',
		typeOptions: { minValue: 0, numberPrecision: 0 },
		default: 0,
		description: 'Discount on the whole proposal in cents',
	},
	rule: (check, label) => check.cents(label),
};

export const sellByInsertions: CheckedProperty = {
	property: {
		displayName: 'Sell by Insertions',
		name: 'sell_by_insertions',
		type: 'boolean',
		default: false,
		description: 'Whether DOOH is priced by insertions instead of by day',
	},
	rule: (check, label) => check.boolean(label),
};

export const validUntil: CheckedProperty = {
	property: {
		displayName: 'Valid Until',
		name: 'valid_until',
		type: 'dateTime',
		default: '',
		description: 'Last day the proposal is valid; sent as YYYY-MM-DD',
	},
	rule: (check, label) => check.date(label),
};

/** Free text a proposal carries, sent trimmed. */
export const proposalTexts: CheckedProperty[] = [
	{
		property: {
			displayName: 'Commercial Notes',
			name: 'commercial_notes',
			type: 'string',
			typeOptions: { rows: 3 },
			default: '',
			description: 'Notes shown to the client',
		},
	},
	{
		property: {
			displayName: 'Description',
			name: 'description',
			type: 'string',
			typeOptions: { rows: 3 },
			default: '',
		},
	},
	{
		property: {
			displayName: 'Internal Notes',
			name: 'notes',
			type: 'string',
			typeOptions: { rows: 3 },
			default: '',
			description: 'Notes for your team only',
		},
	},
];
