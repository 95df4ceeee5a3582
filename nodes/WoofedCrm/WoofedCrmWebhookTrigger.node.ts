import type {
	IDataObject,
	IHookFunctions,
	INodeType,
	INodeTypeDescription,
	IWebhookFunctions,
	IWebhookResponseData,
} from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

/** Equal strings, compared in time that does not depend on where they differ. */
function sameSecret(given: string, expected: string): boolean {
	const length = Math.max(given.length, expected.length);
	let difference = given.length ^ expected.length;
	for (let index = 0; index < length; index++) {
		difference |= (given.charCodeAt(index) || 0) ^ (expected.charCodeAt(index) || 0);
	}
	return difference === 0;
}

/**
 * Answers WoofedCRM's call with an HTTP error and starts nothing (a webhook call is not a
 * node input: n8n's input errors do not apply).
 */
function respondWithError(
	context: IWebhookFunctions,
	response: { status: number; message: string },
): IWebhookResponseData {
	const { status, message } = response;
	context.getResponseObject().status(status).json({ message });
	return { noWebhookResponse: true };
}

/**
 * WoofedCRM's webhooks as its server sends them (app/listeners/webhook_listener.rb and
 * app/workers/webhook_worker.rb; public docs "Webhooks"): a JSON POST `{event, data}` to every
 * URL registered in Settings → Webhooks, for every event of the account, with no signature.
 * WoofedCRM's API has no webhook endpoints, so the URL is pasted there by hand.
 */
export class WoofedCrmWebhookTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'WoofedCRM Webhook Trigger',
		name: 'woofedCrmWebhookTrigger',
		icon: { light: 'file:woofedCrm.svg', dark: 'file:woofedCrm.dark.svg' },
		group: ['trigger'],
		version: 1,
		subtitle: '={{$parameter["events"].join(", ")}}',
		description:
			'Starts the workflow the moment WoofedCRM sends a webhook: a deal, contact or timeline event created or updated',
		defaults: { name: 'WoofedCRM Webhook Trigger' },
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		webhooks: [
			{
				name: 'default',
				httpMethod: 'POST',
				responseMode: 'onReceived',
				path: 'webhook',
			},
		],
		properties: [
			{
				displayName:
					'WoofedCRM has no API to register webhooks: copy the Production URL above (the Test URL while you click "Listen for test event") into WoofedCRM, Settings → Webhooks → New webhook, with status Active. WoofedCRM sends every event to every webhook; this node keeps the events chosen below.',
				name: 'setupNotice',
				type: 'notice',
				default: '',
			},
			{
				displayName: 'Events',
				name: 'events',
				type: 'multiOptions',
				required: true,
				options: [
					{
						name: 'Contact Created',
						value: 'contact_created',
						description: 'A contact was added (the payload holds its deals)',
					},
					{
						name: 'Contact Updated',
						value: 'contact_updated',
						description: 'A contact changed (changed_attributes lists what changed)',
					},
					{
						name: 'Deal Created',
						value: 'deal_created',
						description: 'A deal was added (the payload holds its contact)',
					},
					{
						name: 'Deal Updated',
						value: 'deal_updated',
						description:
							'A deal changed: a stage move, won or lost, a rename (changed_attributes lists what changed)',
					},
					{
						name: 'Timeline Event Created',
						value: 'event_created',
						description:
							'A note, activity or message was added to a deal (with its deal and contact)',
					},
					{
						name: 'Timeline Event Updated',
						value: 'event_updated',
						description: 'A note, activity or message changed, e.g. an activity marked done',
					},
				],
				default: ['deal_created', 'deal_updated', 'contact_created', 'contact_updated'],
				description: 'WoofedCRM event names (the payload\'s "event") that start the workflow',
			},
			{
				displayName: 'Options',
				name: 'options',
				type: 'collection',
				placeholder: 'Add Option',
				default: {},
				options: [
					{
						displayName: 'Secret Token',
						name: 'secretToken',
						type: 'string',
						typeOptions: { password: true },
						default: '',
						description:
							'WoofedCRM does not sign its webhooks. Set a token here and add it to the URL you paste in WoofedCRM as ?token= followed by the token; calls without it are refused with 401 and start nothing.',
					},
				],
			},
		],
	};

	/**
	 * WoofedCRM's API has no webhook endpoints (config/routes.rb: webhooks are only a page of the
	 * web app's Settings), so there is nothing to register or remove: the user pastes the URL in
	 * WoofedCRM, and n8n listens on it while the workflow is active.
	 */
	webhookMethods = {
		default: {
			async checkExists(this: IHookFunctions): Promise<boolean> {
				return true;
			},
			async create(this: IHookFunctions): Promise<boolean> {
				return true;
			},
			async delete(this: IHookFunctions): Promise<boolean> {
				return true;
			},
		},
	};

	async webhook(this: IWebhookFunctions): Promise<IWebhookResponseData> {
		const options = this.getNodeParameter('options', {}) as IDataObject;
		const secret = String(options.secretToken ?? '');
		if (secret !== '') {
			const given = this.getQueryData() as IDataObject;
			if (typeof given.token !== 'string' || !sameSecret(given.token, secret)) {
				return respondWithError(this, {
					status: 401,
					message: 'Missing or wrong token in the webhook URL',
				});
			}
		}
		const body = this.getBodyData() as IDataObject;
		const event = body?.event;
		const data = body?.data;
		if (
			typeof event !== 'string' ||
			typeof data !== 'object' ||
			data === null ||
			Array.isArray(data)
		) {
			return respondWithError(this, {
				status: 400,
				message: 'Expected a WoofedCRM webhook: a JSON object with "event" and "data"',
			});
		}
		const wanted = this.getNodeParameter('events', []) as string[];
		// Events not chosen are acknowledged (WoofedCRM sends every event) and start nothing.
		if (!wanted.includes(event)) return {};
		return {
			workflowData: [this.helpers.returnJsonArray([{ event, data: data as IDataObject }])],
		};
	}
}
