import type { INodeProperties, INodePropertyMode } from 'n8n-workflow';

import type { FieldsBody } from '../../../shared/locators';
import { checkedApiFields } from '../../../shared/locators';
import { dealListModes } from '../../../shared/pipeline-deals';
import { customAttributeRows } from '../customAttributes';
import { utcDateTime } from '../utcDateTime';

const statusOptions = [
	{ name: 'Open', value: 'open' },
	{ name: 'Won', value: 'won' },
	{ name: 'Lost', value: 'lost' },
];

/** The Stage dropdown, filled from the account's pipelines. */
export function stageField(required: boolean): INodeProperties {
	return {
		displayName: 'Stage Name or ID',
		name: 'stage_id',
		type: 'options',
		typeOptions: { loadOptionsMethod: 'getStages' },
		required,
		default: '',
		description:
			'Stage (kanban column) the deal is in, listed as Pipeline › Stage from the instance\'s pipeline list (GET /pipelines, not in WoofedCRM\'s API docs). Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
	};
}

/** What Simplify keeps of a deal (the deal fields of WoofedCRM's API docs a user most needs). */
export const DEAL_SIMPLIFIED_FIELDS = [
	'id',
	'name',
	'status',
	'stage_id',
	'pipeline_id',
	'contact_id',
	'total_deal_products_amount_in_cents',
	'won_at',
	'lost_at',
	'updated_at',
] as const;

/** The Deal picker's modes: a deal from a searchable list (searched by name), or its numeric ID. */
export const dealModes: { modes: INodePropertyMode[] } = {
	modes: [
		...dealListModes.modes,
		{
			displayName: 'By ID',
			name: 'id',
			type: 'string',
			placeholder: 'e.g. 27',
			validation: [
				{
					type: 'regex',
					properties: {
						regex: '^\\s*[0-9]+\\s*$',
						errorMessage: 'A WoofedCRM deal ID is a whole number, e.g. 27',
					},
				},
			],
		},
	],
};

/** Optional deal fields accepted on create, update and upsert. */
export const dealFields: INodeProperties[] = [
	{
		displayName: 'Lost Reason',
		name: 'lost_reason',
		type: 'string',
		default: '',
		placeholder: 'Preço alto demais',
		description: 'Why the deal was lost (with status Lost)',
	},
	{
		displayName: 'Name',
		name: 'name',
		type: 'string',
		default: '',
		placeholder: 'Lead site: Rubel',
		description: 'Title of the deal',
	},
	{
		displayName: 'Pipeline ID',
		name: 'pipeline_id',
		type: 'string',
		default: '',
		description:
			"Numeric ID of the pipeline; WoofedCRM infers it from the stage when omitted, and refuses one that is not the stage's pipeline",
	},
	{
		displayName: 'Position',
		name: 'position',
		type: 'number',
		typeOptions: { minValue: 1 },
		default: 1,
		description: 'Order of the deal within its stage (kanban position)',
	},
	{
		displayName: 'Status',
		name: 'status',
		type: 'options',
		options: statusOptions,
		default: 'open',
		description: 'Whether the deal is open, won or lost (new deals are open)',
	},
];

/** Fields only an update (won/lost) sets. */
export const closingFields: INodeProperties[] = [
	{
		displayName: 'Lost At',
		name: 'lost_at',
		type: 'dateTime',
		default: '',
		description:
			"When the deal was lost; sent as UTC (a time without an offset is read in the workflow's time zone)",
	},
	{
		displayName: 'Won At',
		name: 'won_at',
		type: 'dateTime',
		default: '',
		description:
			"When the deal was won; sent as UTC (a time without an offset is read in the workflow's time zone)",
	},
];

/** The deal's Custom Attributes rows (Create, Update and Create or Update). */
export const dealCustomAttributes: INodeProperties = {
	displayName: 'Custom Attributes',
	name: 'customAttributes',
	type: 'fixedCollection',
	typeOptions: { multipleValues: true },
	placeholder: 'Add Attribute',
	default: {},
	description:
		'Free-form custom fields of the deal, sent as the custom_attributes object (e.g. source = Website)',
	options: customAttributeRows,
};

/** An id typed as text or given as a number by an expression: digits are sent as a number. */
export function idValue(value: unknown): unknown {
	const text = typeof value === 'string' ? value.trim() : value;
	return typeof text === 'string' && /^\d+$/.test(text) ? Number(text) : text;
}

/** The user's deal fields as the API body, checked before sending. */
export const dealBody: FieldsBody = (context, fields, itemIndex) =>
	checkedApiFields(context, itemIndex, fields, (rule) => ({
		stage_id: idValue,
		pipeline_id: idValue,
		contact_id: idValue,
		position: rule.number('Position', { min: 1 }),
		lost_at: (value) => utcDateTime(context, value, 'Lost At', itemIndex),
		won_at: (value) => utcDateTime(context, value, 'Won At', itemIndex),
	}));
