import { contact, searchBody, searchPage } from '../../../sandbox/contracts/woofedcrm';
import {
	ACCOUNT,
	bodiesSeen,
	pagyPage,
	woofedApi,
	woofedHarness,
	woofedNode,
} from '../woofedcrm-harness';

const contacts = (from: number, count: number) =>
	Array.from({ length: count }, (_, index) => ({
		id: from + index,
		full_name: `Contact ${from + index}`,
		email: `c${from + index}@example.com`,
	}));

const page = (data: ReturnType<typeof contacts>, number: number, count: number) =>
	searchPage(contact).parse(pagyPage(data, number, count));

async function search(parameters: Record<string, unknown>) {
	return await woofedHarness().runChain(
		[{}],
		[woofedNode('Search', { resource: 'contact', operation: 'search', ...parameters })],
	);
}

describe('WoofedCRM › Contact › Search', () => {
	it('sends POST /contacts/search with the built query and outputs one item per contact', async () => {
		const seen = bodiesSeen();
		const api = woofedApi()
			.post(`${ACCOUNT}/contacts/search`, seen.match)
			.query({ page: '1' })
			.reply(200, page(contacts(1, 2), 1, 2));

		const result = await search({
			returnAll: false,
			limit: 50,
			conditions: {
				condition: [
					{ field: 'full_name', predicate: 'cont', value: 'John' },
					{ field: 'email', predicate: 'end', value: '@example.com' },
					{ field: 'id', predicate: 'in', value: '1,2' },
				],
			},
			rawQuery: '{"phone_start": "+55"}',
		});

		expect(result.error).toBeUndefined();
		expect(api.isDone()).toBe(true);
		expect(searchBody.parse(seen.bodies[0])).toEqual({
			query: {
				full_name_cont: 'John',
				email_end: '@example.com',
				id_in: ['1', '2'],
				s: 'id asc',
				phone_start: '+55',
			},
		});
		expect(result.output('Search')).toEqual(contacts(1, 2));
	});

	it('with Return All follows pagination.next', async () => {
		const api = woofedApi()
			.post(`${ACCOUNT}/contacts/search`)
			.query({ page: '1' })
			.reply(200, page(contacts(1, 10), 1, 14))
			.post(`${ACCOUNT}/contacts/search`)
			.query({ page: '2' })
			.reply(200, page(contacts(11, 4), 2, 14));

		const result = await search({ returnAll: true });

		expect(result.error).toBeUndefined();
		expect(api.isDone()).toBe(true);
		expect(result.output('Search')).toEqual(contacts(1, 14));
	});
});
