import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

import type { IDataObject, IWebhookFunctions, IWebhookResponseData } from 'n8n-workflow';

import { WoofedCrmWebhookTrigger } from '../../nodes/WoofedCrm/WoofedCrmWebhookTrigger.node';
import { startWoofed } from '../../sandbox/woofedcrm';
import { WEBHOOK_EVENTS, webhookPayload } from '../../sandbox/contracts/woofedcrm';
import { allowLoopback, call } from '../sandbox/client';

allowLoopback();

/** WoofedCRM public docs, "Webhooks" › "Deal created" (trimmed to what the test reads). */
const dealCreated = {
	event: 'deal_created',
	data: {
		id: 1,
		name: 'Negócio com Tom Jobim',
		status: 'open',
		account_id: 1,
		stage_id: 1,
		contact_id: 1,
		custom_attributes: {},
		pipeline_id: 1,
		position: 1,
		contact: { id: 1, full_name: 'Tom Jobim', phone: '+5522998813788' },
		changed_attributes: [
			{ id: { previous_value: null, current_value: 1 } },
			{ stage_id: { previous_value: null, current_value: 1 } },
		],
	},
};

interface Sent {
	status?: number;
	json?: unknown;
}

/** The n8n webhook context the node sees for one request. */
function request(
	body: unknown,
	parameters: { events?: string[]; options?: IDataObject } = {},
	query: IDataObject = {},
) {
	const sent: Sent = {};
	const response = {
		status(code: number) {
			sent.status = code;
			return response;
		},
		json(value: unknown) {
			sent.json = value;
			return response;
		},
	};
	const values: IDataObject = {
		events: parameters.events ?? [
			'deal_created',
			'deal_updated',
			'contact_created',
			'contact_updated',
		],
		options: parameters.options ?? {},
	};
	const context = {
		getBodyData: () => body as IDataObject,
		getQueryData: () => query,
		getNodeParameter: (name: string, fallback?: unknown) => values[name] ?? fallback,
		getResponseObject: () => response,
		helpers: {
			returnJsonArray: (items: IDataObject[]) => items.map((json) => ({ json })),
		},
	} as unknown as IWebhookFunctions;
	return { context, sent };
}

const node = new WoofedCrmWebhookTrigger();
const receive = async (context: IWebhookFunctions): Promise<IWebhookResponseData> =>
	await node.webhook.call(context);

describe('WoofedCRM › Webhook Trigger', () => {
	it('offers the events the server sends, with deal and contact created/updated chosen by default', () => {
		const events = node.description.properties.find((property) => property.name === 'events');
		expect(
			(events?.options as Array<{ value: string }>).map((option) => option.value).sort(),
		).toEqual([...WEBHOOK_EVENTS].sort());
		expect(events?.default).toEqual([
			'deal_created',
			'deal_updated',
			'contact_created',
			'contact_updated',
		]);
		expect(node.description.webhooks).toEqual([
			{ name: 'default', httpMethod: 'POST', responseMode: 'onReceived', path: 'webhook' },
		]);
	});

	it('starts the workflow with the documented payload, as WoofedCRM sent it', async () => {
		const { context, sent } = request(webhookPayload.parse(dealCreated));

		const result = await receive(context);

		expect(result).toEqual({ workflowData: [[{ json: dealCreated }]] });
		expect(sent.status).toBeUndefined();
	});

	it('acknowledges an event not chosen without starting the workflow', async () => {
		const { context, sent } = request({ ...dealCreated, event: 'event_created' });

		expect(await receive(context)).toEqual({});
		expect(sent.status).toBeUndefined();
	});

	it.each([
		[undefined],
		['not json'],
		[{ event: 'deal_created' }],
		[{ event: 'deal_created', data: [1] }],
		[{ data: {} }],
	])('refuses %j with 400 and starts nothing', async (body) => {
		const { context, sent } = request(body);

		expect(await receive(context)).toEqual({ noWebhookResponse: true });
		expect(sent).toEqual({
			status: 400,
			json: { message: 'Expected a WoofedCRM webhook: a JSON object with "event" and "data"' },
		});
	});

	it.each([[{}], [{ token: 'wrong' }], [{ token: 's3cret-longer' }], [{ token: ['s3cret'] }]])(
		'with a Secret Token, refuses query %j with 401 and starts nothing',
		async (query) => {
			const { context, sent } = request(dealCreated, { options: { secretToken: 's3cret' } }, query);

			expect(await receive(context)).toEqual({ noWebhookResponse: true });
			expect(sent).toEqual({
				status: 401,
				json: { message: 'Missing or wrong token in the webhook URL' },
			});
		},
	);

	it('with a Secret Token, accepts the call that carries it', async () => {
		const { context } = request(
			dealCreated,
			{ options: { secretToken: 's3cret' } },
			{
				token: 's3cret',
			},
		);

		expect(await receive(context)).toEqual({ workflowData: [[{ json: dealCreated }]] });
	});

	it('has nothing to register: WoofedCRM has no webhook API, the URL is pasted in its Settings', async () => {
		const hooks = node.webhookMethods.default;
		const context = {} as never;
		expect(await hooks.checkExists.call(context)).toBe(true);
		expect(await hooks.create.call(context)).toBe(true);
		expect(await hooks.delete.call(context)).toBe(true);
		const notice = node.description.properties.find((property) => property.name === 'setupNotice');
		expect(notice?.displayName).toContain('Settings → Webhooks → New webhook');
	});

	it("receives what the sandbox sends on a deal's create and update, and keeps only the chosen events", async () => {
		const results: IWebhookResponseData[] = [];
		const receiver = createServer((incoming, response) => {
			let text = '';
			incoming.on('data', (chunk) => (text += chunk));
			incoming.on('end', () => {
				const { context } = request(JSON.parse(text), { events: ['deal_updated'] });
				receive(context).then((result) => {
					results.push(result);
					response.end();
				});
			});
		});
		await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
		const url = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/webhook`;
		const sandbox = await startWoofed({ webhooks: [url] });
		try {
			const auth = { token: sandbox.credentials.apiToken };
			const created = await call(sandbox.baseUrl, 'POST', '/api/v1/accounts/1/deals', {
				...auth,
				body: { name: 'Via webhook', stage_id: 1, contact_id: 1 },
			});
			await call(sandbox.baseUrl, 'PUT', `/api/v1/accounts/1/deals/${created.body.id}`, {
				...auth,
				body: { stage_id: 2 },
			});
			await sandbox.webhooks.flush();

			const started = results.filter((result) => result.workflowData !== undefined);
			expect(results).toHaveLength(2);
			expect(started).toHaveLength(1);
			const [[item]] = started[0].workflowData!;
			expect(item.json).toMatchObject({
				event: 'deal_updated',
				data: {
					id: created.body.id,
					stage_id: 2,
					contact: { id: 1, full_name: 'Tim Maia' },
				},
			});
			expect((item.json.data as IDataObject).changed_attributes).toContainEqual({
				stage_id: { previous_value: 1, current_value: 2 },
			});
		} finally {
			await sandbox.stop();
			await new Promise((resolve) => receiver.close(resolve));
		}
	});
});
