import { dealEventBody } from '../../contracts/woofedcrm';
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
		[{ dealId: '={{ "" }}', content: 'x' }, '"Deal ID" is required'],
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
});
