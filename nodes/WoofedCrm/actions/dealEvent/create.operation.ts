import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { forOperation, optionalFields } from '../../../shared/descriptions';
import { locatorId } from '../../../shared/locators';
import { pathOf } from '../../../shared/request';
import { apiFields, invalid, requiredText } from '../../../shared/validate';
import { woofedRequest } from '../../transport';
import { addCustomAttributes, customAttributeRows } from '../customAttributes';
import { dealModes, idValue } from '../deal/fields';
import { jsonObjectOf } from '../jsonObject';
import { utcDateTime } from '../utcDateTime';

export const description: INodeProperties[] = forOperation('dealEvent', 'create', [
	{
		displayName: 'Deal',
		name: 'dealId',
		type: 'resourceLocator',
		required: true,
		default: { mode: 'list', value: '' },
		description: 'The deal whose timeline gets the event, from the list or by its numeric ID',
		...dealModes,
	},
	{
		displayName: 'Kind',
		name: 'kind',
		type: 'options',
		options: [
			{ name: 'Note', value: 'note', description: 'A free-text record on the timeline' },
			{
				name: 'Activity',
				value: 'activity',
				description: 'A task on the timeline (a call, a meeting, a follow-up)',
			},
			{
				name: 'Chatwoot Message',
				value: 'chatwoot_message',
				description:
					'A message sent through a Chatwoot inbox, now (Send Now) or at Scheduled At; needs App ID and the Chatwoot inbox ID',
			},
			{
				name: 'WhatsApp Message (Evolution API)',
				value: 'evolution_api_message',
				description:
					'A WhatsApp message sent through the Evolution API, now (Send Now) or at Scheduled At; needs App ID',
			},
		],
		default: 'note',
		description: 'What the event is (WoofedCRM kind)',
	},
	{
		displayName: 'Content',
		name: 'content',
		type: 'string',
		typeOptions: { rows: 4 },
		required: true,
		default: '',
		description: 'Text of the note, activity or message',
	},
	{
		displayName: 'App ID',
		name: 'app_id',
		type: 'string',
		required: true,
		default: '',
		description: 'Numeric ID of the Chatwoot or Evolution API integration in WoofedCRM',
		displayOptions: { show: { kind: ['chatwoot_message', 'evolution_api_message'] } },
	},
	{
		displayName: 'Chatwoot Inbox ID',
		name: 'chatwootInboxId',
		type: 'string',
		required: true,
		default: '',
		placeholder: '62483',
		description:
			'Chatwoot inbox the message goes out of (sent as additional_attributes.chatwoot_inbox_id)',
		displayOptions: { show: { kind: ['chatwoot_message'] } },
	},
	optionalFields('additionalFields', 'Additional Fields', [
		{
			displayName: 'Additional Attributes (JSON)',
			name: 'additional_attributes',
			type: 'json',
			default: '{}',
			description: 'App-specific extras as a JSON object, e.g. {"chatwoot_inbox_id": "62483"}',
		},
		{
			displayName: 'Auto Done',
			name: 'auto_done',
			type: 'boolean',
			default: false,
			description:
				'Whether WoofedCRM marks the event done by itself (e.g. once the message is sent)',
		},
		{
			displayName: 'Done',
			name: 'done',
			type: 'boolean',
			default: false,
			description: 'Whether the activity is already completed',
		},
		{
			displayName: 'Done At',
			name: 'done_at',
			type: 'dateTime',
			default: '',
			description:
				"When it was completed; sent as UTC (a time without an offset is read in the workflow's time zone)",
		},
		{
			displayName: 'Scheduled At',
			name: 'scheduled_at',
			type: 'dateTime',
			default: '',
			description:
				"When the activity is due or the message goes out; sent as UTC (a time without an offset is read in the workflow's time zone)",
		},
		{
			displayName: 'Send Now',
			name: 'send_now',
			type: 'boolean',
			default: false,
			description: 'Whether to send the message immediately instead of at Scheduled At',
		},
		{
			displayName: 'Title',
			name: 'title',
			type: 'string',
			default: '',
			description: 'Short title of the note, activity or message as free text',
			placeholder: 'Follow-up call',
		},
	]),
	{
		displayName: 'Custom Attributes',
		name: 'customAttributes',
		type: 'fixedCollection',
		typeOptions: { multipleValues: true },
		placeholder: 'Add Attribute',
		default: {},
		description:
			'Free-form custom fields of the event, sent as the custom_attributes object (e.g. source = Website)',
		options: customAttributeRows,
	},
]);

const appTypes: Record<string, string> = {
	chatwoot_message: 'Apps::Chatwoot',
	evolution_api_message: 'Apps::EvolutionApi',
};

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const dealId = locatorId(this, 'dealId', 'Deal', itemIndex);
	const kind = requiredText(this, 'kind', 'Kind', itemIndex);
	const content = requiredText(this, 'content', 'Content', itemIndex);
	const fields = this.getNodeParameter('additionalFields', itemIndex, {}) as IDataObject;
	const body: IDataObject = {
		kind,
		content,
		...apiFields(fields, {
			scheduled_at: (value) => utcDateTime(this, value, 'Scheduled At', itemIndex),
			done_at: (value) => utcDateTime(this, value, 'Done At', itemIndex),
			additional_attributes: (value) =>
				jsonObjectOf(this, itemIndex, {
					value,
					label: 'Additional Attributes (JSON)',
					example: '{"chatwoot_inbox_id": "62483"}',
				}),
		}),
	};
	if (
		typeof body.additional_attributes === 'object' &&
		Object.keys(body.additional_attributes as IDataObject).length === 0
	) {
		delete body.additional_attributes;
	}
	const appType = appTypes[kind];
	if (appType !== undefined) {
		body.app_type = appType;
		body.app_id = idValue(requiredText(this, 'app_id', 'App ID', itemIndex)) as number;
		if (kind === 'chatwoot_message') {
			body.additional_attributes = {
				...((body.additional_attributes as IDataObject | undefined) ?? {}),
				chatwoot_inbox_id: requiredText(this, 'chatwootInboxId', 'Chatwoot Inbox ID', itemIndex),
			};
		}
		if (body.scheduled_at === undefined && body.send_now !== true) {
			throw invalid(
				this,
				itemIndex,
				'A message needs Send Now or Scheduled At',
				`Item ${itemIndex}: WoofedCRM sends a message now (Send Now) or at Scheduled At; set one under "Additional Fields".`,
			);
		}
	}
	addCustomAttributes(this, itemIndex, body);
	return await woofedRequest(this, itemIndex, {
		method: 'POST',
		path: pathOf`/deals/${dealId}/events`,
		body,
	});
}
