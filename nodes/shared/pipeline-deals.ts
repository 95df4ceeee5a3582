import type { IDataObject, INodeProperties, INodePropertyMode } from 'n8n-workflow';

import type { FieldsBody } from './locators';
import { checkedApiFields } from './locators';
import { tagList } from './validate';

/**
 * The deals resource of the CRM platform several vendors share (one platform, several
 * brands). Its fields, filters and sort keys are those Sonar Marketing documents
 * (vendor-docs/sonar-deals.txt); each vendor passes what is its own — the phases and
 * statuses its documents show, and its own version of the fields they do not show.
 */

export const priorityOptions = [
	{ name: 'High (Alta)', value: 'alta' },
	{ name: 'Medium (Media)', value: 'media' },
	{ name: 'Low (Baixa)', value: 'baixa' },
];

/**
 * A Deal picker's From List mode (`searchDeals`), the same on Ecosys Auto, Sonar Marketing
 * and WoofedCRM; each vendor adds its own By ID mode after it.
 */
export const dealListModes: { modes: INodePropertyMode[] } = {
	modes: [
		{
			displayName: 'From List',
			name: 'list',
			type: 'list',
			placeholder: 'Select a deal...',
			typeOptions: { searchListMethod: 'searchDeals', searchable: true },
		},
	],
};

/**
 * What Simplify keeps of a deal: the platform's fields a user most needs (Sonar's GET /deals
 * example; Ecosys Auto's quickstart deal holds a subset). Listed in the README.
 */
export const DEAL_SIMPLIFIED_FIELDS = [
	'id',
	'title',
	'value',
	'phase',
	'status',
	'probability',
	'expected_close_date',
	'client_id',
	'created_at',
	'updated_at',
] as const;

/** A deal as the Deal pickers list it: its title, and its client's name when the list holds it. */
export function platformDealLabel(deal: IDataObject): string {
	const title =
		typeof deal.title === 'string' && deal.title !== '' ? deal.title : `Deal ${String(deal.id)}`;
	const client = deal.client as IDataObject | null | undefined;
	const clientName =
		typeof client?.name === 'string' && client.name !== '' ? ` (${client.name})` : '';
	return `${title}${clientName}`;
}

/** Deal fields a vendor's own documents may not show, so it can write them its own way. */
type UndocumentedDealField = 'description' | 'expected_close_date' | 'priority' | 'responsible_id';

/**
 * Fields a deal accepts on create and on update: `phase` is the vendor's own property,
 * `client` its Client picker (else a Client ID text), and `undocumented` its own whole version
 * of a field its documents do not show, in place of the platform's.
 */
export function dealFields({
	phase,
	client,
	undocumented = {},
}: {
	phase: INodeProperties;
	client?: INodeProperties;
	undocumented?: Partial<Record<UndocumentedDealField, INodeProperties>>;
}): INodeProperties[] {
	const fields: INodeProperties[] = [
		client ?? {
			displayName: 'Client ID',
			name: 'client_id',
			type: 'string',
			default: '',
			description: 'UUID of the client the deal belongs to',
		},
		{
			displayName: 'Description',
			name: 'description',
			type: 'string',
			typeOptions: { rows: 3 },
			default: '',
			description: 'Longer free text about the deal',
		},
		{
			displayName: 'Expected Close Date',
			name: 'expected_close_date',
			type: 'dateTime',
			default: '',
			description: 'Date the deal is expected to close; sent as YYYY-MM-DD',
		},
		phase,
		{
			displayName: 'Priority',
			name: 'priority',
			type: 'options',
			options: priorityOptions,
			default: 'media',
			description:
				'How urgent the deal is: alta (high), media (medium) or baixa (low); new deals are media',
		},
		{
			displayName: 'Probability (%)',
			name: 'probability',
			type: 'number',
			typeOptions: { minValue: 0, maxValue: 100 },
			default: 50,
			description: 'Chance of winning as a whole percentage from 0 to 100',
		},
		{
			displayName: 'Responsible ID',
			name: 'responsible_id',
			type: 'string',
			default: '',
			description: 'UUID of the team member responsible for the deal',
		},
		{
			displayName: 'Source',
			name: 'source',
			type: 'string',
			default: '',
			placeholder: 'indicacao',
			description: 'Where the lead came from, as free text such as indicacao (referral)',
		},
		{
			displayName: 'Tags',
			name: 'tags',
			type: 'string',
			default: '',
			placeholder: 'social-media, premium',
			description: 'Tags as comma-separated text, e.g. social-media, premium; sent as a list',
		},
		{
			displayName: 'Value (BRL)',
			name: 'value',
			type: 'number',
			typeOptions: { minValue: 0, numberPrecision: 2 },
			default: 0,
			description: 'Deal value in reais (BRL, not cents) with up to 2 decimals, e.g. 8000.50',
		},
	];
	return fields.map((property) => undocumented[property.name as UndocumentedDealField] ?? property);
}

/** Update › Title: on the platform's update a deal's title is one more optional field. */
export const dealTitleUpdateField: INodeProperties = {
	displayName: 'Title',
	name: 'title',
	type: 'string',
	default: '',
	description: 'New title of the deal as free text',
};

/** Turns the user's field collection into the API body, checking values before sending. */
export const dealBody: FieldsBody = (context, fields, itemIndex) =>
	checkedApiFields(context, itemIndex, fields, (rule) => ({
		value: rule.number('Value (BRL)', { min: 0 }),
		probability: rule.number('Probability (%)', { min: 0, max: 100 }),
		priority: rule.oneOf(
			'Priority',
			priorityOptions.map((option) => option.value),
		),
		expected_close_date: rule.date('Expected Close Date'),
		tags: tagList,
	}));

/** Fields the deals list sorts by. */
export const dealSortFields = [
	{ name: 'Created At', value: 'created_at' },
	{ name: 'Expected Close Date', value: 'expected_close_date' },
	{ name: 'Phase', value: 'phase' },
	{ name: 'Title', value: 'title' },
	{ name: 'Updated At', value: 'updated_at' },
	{ name: 'Value', value: 'value' },
];

type Choices = Array<{ name: string; value: string }>;

/** What a vendor says about its deals list: its phases and statuses, and notes for the user. */
export interface DealListSpec {
	phaseOptions: Choices;
	/** The Status filter: the vendor's statuses, and what an unfiltered list holds. */
	statusFilter: INodeProperties;
	/** A notice property shown above the operation's fields, if the vendor needs one. */
	notice?: INodeProperties;
	/** The Client filter, when the vendor has a client picker (else a UUID text field). */
	clientFilter?: INodeProperties;
}

/** The deals list's filters, with the vendor's phases and statuses. */
export function dealFilters({
	phaseOptions,
	statusFilter,
	clientFilter,
}: DealListSpec): INodeProperties[] {
	const phaseDefault = phaseOptions[0].value;
	return [
		clientFilter ?? {
			displayName: 'Client ID',
			name: 'client_id',
			type: 'string',
			default: '',
			description: 'Only deals of this client (UUID)',
		},
		{
			displayName: 'Created From',
			name: 'from',
			type: 'dateTime',
			default: '',
			description: 'Only deals created on or after this date; sent as YYYY-MM-DD',
		},
		{
			displayName: 'Created To',
			name: 'to',
			type: 'dateTime',
			default: '',
			description: 'Only deals created on or before this date; sent as YYYY-MM-DD',
		},
		{
			displayName: 'Max Value (BRL)',
			name: 'max_value',
			type: 'number',
			typeOptions: { minValue: 0 },
			default: 0,
			description: 'Only deals worth at most this many reais (BRL, not cents)',
		},
		{
			displayName: 'Min Value (BRL)',
			name: 'min_value',
			type: 'number',
			typeOptions: { minValue: 0 },
			default: 0,
			description: 'Only deals worth at least this many reais (BRL, not cents)',
		},
		{
			displayName: 'Phase',
			name: 'phase',
			type: 'options',
			options: phaseOptions,
			default: phaseDefault,
			description:
				'Only deals in this pipeline phase; use an expression for a phase your team added',
		},
		{
			displayName: 'Responsible ID',
			name: 'responsible_id',
			type: 'string',
			default: '',
			description: 'Only deals of this team member (UUID)',
		},
		{
			displayName: 'Search',
			name: 'search',
			type: 'string',
			default: '',
			description: 'Text to look for in the title or description',
		},
		{
			displayName: 'Source',
			name: 'source',
			type: 'string',
			default: '',
			description: 'Only deals with this lead source, as free text such as indicacao',
		},
		statusFilter,
	];
}

/** The deals list's filters as query parameters, dates and amounts checked. */
export const dealFilterQuery: FieldsBody = (context, filters, itemIndex) =>
	checkedApiFields(context, itemIndex, filters, (rule) => ({
		from: rule.date('Created From'),
		to: rule.date('Created To'),
		min_value: rule.number('Min Value (BRL)', { min: 0 }),
		max_value: rule.number('Max Value (BRL)', { min: 0 }),
	}));
