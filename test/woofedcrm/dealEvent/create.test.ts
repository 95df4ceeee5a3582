import { dealEventBody } from '../../../sandbox/contracts/woofedcrm';
import { ACCOUNT, bodiesSeen, woofedApi, woofedHarness, woofedNode } from '../woofedcrm-harness';

const note = {
	id: 88,
	deal_id: 1,
	contact_id: 1,
	kind: 'note',
	from_me: true,
	title: '',
	done: false,
	content: 'Called the customer to discuss next steps.',
};

async function create(parameters: Record<string, unknown>) {
	return await woofedHarness().runChain(
		[{}],
		[
			woofedNode('Event', {
				resource: 'dealEvent',
				operation: 'create',
				dealId: '1',
				...parameters,
			}),
		],
	);
}

describe('WoofedCRM › Deal Event › Create', () => {
	it('sends a note to POST /deals/{id}/events and outputs the event', async () => {
		const seen = bodiesSeen();
		const api = woofedApi().post(`${ACCOUNT}/deals/1/events`, seen.match).reply(201, note);

		const result = await create({
			kind: 'note',
			content: 'Called the customer to discuss next steps.',
		});

		expect(result.error).toBeUndefined();
		expect(api.isDone()).toBe(true);
		expect(dealEventBody.parse(seen.bodies[0])).toEqual({
			kind: 'note',
			content: 'Called the customer to discuss next steps.',
		});
		expect(result.output('Event')).toEqual([note]);
	});

	it('sends an activity with title, done and its times as UTC', async () => {
		const seen = bodiesSeen();
		const activity = { ...note, id: 89, kind: 'activity', title: 'Follow-up call' };
		woofedApi().post(`${ACCOUNT}/deals/1/events`, seen.match).reply(201, activity);

		const result = await create({
			kind: 'activity',
			content: 'Confirm proposal received',
			additionalFields: {
				title: 'Follow-up call',
				scheduled_at: '2025-01-20T11:00:00-03:00',
				done: false,
				done_at: '2025-01-20T15:30:00Z',
			},
		});

		expect(result.error).toBeUndefined();
		expect(dealEventBody.parse(seen.bodies[0])).toEqual({
			kind: 'activity',
			content: 'Confirm proposal received',
			title: 'Follow-up call',
			scheduled_at: '2025-01-20T14:00:00Z',
			done: false,
			done_at: '2025-01-20T15:30:00Z',
		});
		expect(result.output('Event')).toEqual([activity]);
	});

	it.each([
		[{ content: '={{ "  " }}' }, '"Content" is required'],
		[{ dealId: '={{ "" }}', content: 'x' }, '"Deal" is required'],
		[
			{ kind: 'activity', content: 'x', additionalFields: { scheduled_at: '20/01/2025' } },
			'"Scheduled At" must be a date and time',
		],
	])('refuses bad input %j before sending anything', async (parameters, message) => {
		const api = woofedApi().post(`${ACCOUNT}/deals/1/events`).reply(201, note);

		const result = await create(parameters);

		expect(result.error?.message).toBe(message);
		expect(api.isDone()).toBe(false);
	});

	it('sends a Chatwoot message now with app_type, app_id, the inbox and auto_done (EVENTS section 4)', async () => {
		const seen = bodiesSeen();
		const sent = { ...note, id: 91, kind: 'chatwoot_message', app_type: 'Apps::Chatwoot' };
		const api = woofedApi().post(`${ACCOUNT}/deals/1/events`, seen.match).reply(201, sent);

		const result = await create({
			kind: 'chatwoot_message',
			content: 'How are you?',
			app_id: '5',
			chatwootInboxId: '62483',
			additionalFields: { title: 'Chatwoot Message', send_now: true, auto_done: false },
			customAttributes: { attribute: [{ key: 'channel', value: 'whatsapp' }] },
		});

		expect(result.error).toBeUndefined();
		expect(api.isDone()).toBe(true);
		expect(dealEventBody.parse(seen.bodies[0])).toEqual({
			kind: 'chatwoot_message',
			content: 'How are you?',
			title: 'Chatwoot Message',
			send_now: true,
			auto_done: false,
			app_type: 'Apps::Chatwoot',
			app_id: 5,
			additional_attributes: { chatwoot_inbox_id: '62483' },
			custom_attributes: { channel: 'whatsapp' },
		});
		expect(result.output('Event')).toEqual([sent]);
	});

	it('schedules a WhatsApp (Evolution API) message with extra additional_attributes (EVENTS section 5)', async () => {
		const seen = bodiesSeen();
		woofedApi().post(`${ACCOUNT}/deals/1/events`, seen.match).reply(201, note);

		const result = await create({
			kind: 'evolution_api_message',
			content: 'How are you?',
			app_id: '={{ 5 }}',
			additionalFields: {
				scheduled_at: '2025-01-20T14:00:00Z',
				additional_attributes: '{"source": "n8n"}',
			},
		});

		expect(result.error).toBeUndefined();
		expect(dealEventBody.parse(seen.bodies[0])).toEqual({
			kind: 'evolution_api_message',
			content: 'How are you?',
			scheduled_at: '2025-01-20T14:00:00Z',
			additional_attributes: { source: 'n8n' },
			app_type: 'Apps::EvolutionApi',
			app_id: 5,
		});
	});

	it.each([
		[
			{ kind: 'evolution_api_message', content: 'Oi', app_id: '5' },
			'A message needs Send Now or Scheduled At',
		],
		[
			{
				kind: 'chatwoot_message',
				content: 'Oi',
				app_id: '={{ "" }}',
				chatwootInboxId: '62483',
				additionalFields: { send_now: true },
			},
			'"App ID" is required',
		],
		[
			{
				kind: 'note',
				content: 'Oi',
				additionalFields: { additional_attributes: '[1]' },
			},
			'"Additional Attributes (JSON)" must be a JSON object',
		],
	])('refuses %j before sending', async (parameters, message) => {
		const api = woofedApi().post(`${ACCOUNT}/deals/1/events`).reply(201, note);

		const result = await create(parameters);

		expect(result.error?.message).toBe(message);
		expect(api.isDone()).toBe(false);
	});
});
