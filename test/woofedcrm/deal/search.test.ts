import type { INodeProperties, INodePropertyCollection, INodePropertyOptions } from 'n8n-workflow';

import { WoofedCrm } from '../../../nodes/WoofedCrm/WoofedCrm.node';
import {
	deal,
	searchBody,
	searchPage,
	searchQueryString,
} from '../../../sandbox/contracts/woofedcrm';
import {
	ACCOUNT,
	bodiesSeen,
	pagyPage,
	woofedApi,
	woofedHarness,
	woofedNode,
} from '../woofedcrm-harness';

const deals = (from: number, count: number) =>
	Array.from({ length: count }, (_, index) => ({
		id: from + index,
		name: `Deal ${from + index}`,
		status: 'open',
	}));

const page = (data: ReturnType<typeof deals>, number: number, count: number) =>
	searchPage(deal).parse(pagyPage(data, number, count));

/** The Field options of the deal search's condition builder. */
function dealSearchFields(): string[] {
	const conditions = new WoofedCrm().description.properties.find(
		(property) =>
			property.name === 'conditions' &&
			property.displayOptions?.show?.resource?.includes('deal') === true,
	) as INodeProperties;
	const values = (conditions.options as INodePropertyCollection[])[0].values;
	const field = values.find((value) => value.name === 'field') as INodeProperties;
	return (field.options as INodePropertyOptions[]).map((option) => String(option.value));
}

async function search(parameters: Record<string, unknown>) {
	return await woofedHarness().runChain(
		[{}],
		[woofedNode('Search', { resource: 'deal', operation: 'search', ...parameters })],
	);
}

describe('WoofedCRM › Deal › Search', () => {
	it('builds the Ransack query from every predicate and merges the raw JSON over it', async () => {
		const seen = bodiesSeen();
		const queries: unknown[] = [];
		const api = woofedApi()
			.post(`${ACCOUNT}/deals/search`, seen.match)
			.query((query) => queries.push(query) > 0)
			.reply(200, page(deals(1, 2), 1, 2));

		const result = await search({
			returnAll: false,
			limit: 5,
			conditions: {
				condition: [
					{ field: 'name', predicate: 'cont', value: ' Rubel ' },
					{ field: 'status', predicate: 'not_eq', value: 'lost' },
					{ field: 'name', predicate: 'start', value: 'Lead' },
					{ field: 'name', predicate: 'end', value: 'site' },
					{ field: 'id', predicate: 'gt', value: '1' },
					{ field: 'created_at', predicate: 'gteq', value: '2025-01-01T00:00:00Z' },
					{ field: 'id', predicate: 'lt', value: '9' },
					{ field: 'updated_at', predicate: 'lteq', value: '2025-01-31T23:59:59Z' },
					{ field: 'stage_id', predicate: 'in', value: '1, 2,3' },
					{ field: 'contact_id', predicate: 'eq', value: '={{ 42 }}' },
					{ field: 'name', predicate: 'not_cont', value: 'Teste' },
					{ field: 'status', predicate: 'not_in', value: 'won,lost' },
					{ field: 'name', predicate: 'present', value: '' },
					{ field: 'pipeline_id', predicate: 'blank', value: 'false' },
					{ field: 'stage_id', predicate: 'null', value: 'false' },
					{ field: 'contact_id', predicate: 'not_null', value: '' },
					{ field: 'name', predicate: 'matches', value: 'Lead%' },
					{ field: 'name', predicate: 'cont', combinator: '_any', value: 'Rubel, Nova' },
					{ field: 'name', predicate: 'start', combinator: '_all', value: 'L,Le' },
				],
			},
			rawQuery: '{"pipeline_id_eq": 1, "name_cont": "Override"}',
		});

		expect(result.error).toBeUndefined();
		expect(api.isDone()).toBe(true);
		expect(queries.map((query) => searchQueryString.parse(query))).toEqual([{ page: 1 }]);
		expect(searchBody.parse(seen.bodies[0])).toEqual({
			query: {
				name_cont: 'Override',
				status_not_eq: 'lost',
				name_start: 'Lead',
				name_end: 'site',
				id_gt: '1',
				created_at_gteq: '2025-01-01T00:00:00Z',
				id_lt: '9',
				updated_at_lteq: '2025-01-31T23:59:59Z',
				stage_id_in: ['1', '2', '3'],
				contact_id_eq: 42,
				name_not_cont: 'Teste',
				status_not_in: ['won', 'lost'],
				name_present: true,
				pipeline_id_blank: false,
				stage_id_null: false,
				contact_id_not_null: true,
				name_matches: 'Lead%',
				name_cont_any: ['Rubel', 'Nova'],
				name_start_all: ['L', 'Le'],
				s: 'id asc',
				pipeline_id_eq: 1,
			},
		});
		expect(result.output('Search')).toEqual(deals(1, 2));
	});

	it('with no condition sends an empty query and stops at the Limit within the first page', async () => {
		const seen = bodiesSeen();
		const api = woofedApi()
			.post(`${ACCOUNT}/deals/search`, seen.match)
			.query({ page: '1' })
			.reply(200, page(deals(1, 10), 1, 35));

		const result = await search({ returnAll: false, limit: 3 });

		expect(result.error).toBeUndefined();
		expect(api.isDone()).toBe(true);
		// The sort key keeps pages stable: WoofedCRM's search has no order of its own.
		expect(seen.bodies).toEqual([{ query: { s: 'id asc' } }]);
		expect(result.output('Search')).toEqual(deals(1, 3));
	});

	it('with Return All follows pagination.next at 10 a page until it is null', async () => {
		const seen = bodiesSeen();
		const api = woofedApi()
			.post(`${ACCOUNT}/deals/search`, seen.match)
			.query({ page: '1' })
			.reply(200, page(deals(1, 10), 1, 25))
			.post(`${ACCOUNT}/deals/search`, seen.match)
			.query({ page: '2' })
			.reply(200, page(deals(11, 10), 2, 25))
			.post(`${ACCOUNT}/deals/search`, seen.match)
			.query({ page: '3' })
			.reply(200, page(deals(21, 5), 3, 25));

		const result = await search({
			returnAll: true,
			conditions: { condition: [{ field: 'status', predicate: 'eq', value: 'open' }] },
		});

		expect(result.error).toBeUndefined();
		expect(api.isDone()).toBe(true);
		expect(seen.bodies).toEqual(Array(3).fill({ query: { status_eq: 'open', s: 'id asc' } }));
		expect(result.output('Search')).toEqual(deals(1, 25));
	});

	it('with a Limit beyond one page reads just enough pages', async () => {
		const api = woofedApi()
			.post(`${ACCOUNT}/deals/search`)
			.query({ page: '1' })
			.reply(200, page(deals(1, 10), 1, 40))
			.post(`${ACCOUNT}/deals/search`)
			.query({ page: '2' })
			.reply(200, page(deals(11, 10), 2, 40));

		const result = await search({ returnAll: false, limit: 12 });

		expect(result.error).toBeUndefined();
		expect(api.isDone()).toBe(true);
		expect(result.output('Search')).toEqual(deals(1, 12));
	});

	it('offers only the fields the deal search documents (no lost_at, lost_reason, position, won_at)', () => {
		expect(dealSearchFields()).toEqual([
			'contact_id',
			'created_at',
			'id',
			'name',
			'pipeline_id',
			'stage_id',
			'status',
			'updated_at',
		]);
	});

	it("shows WoofedCRM's details when it refuses the search (422 {errors, details})", async () => {
		woofedApi().post(`${ACCOUNT}/deals/search`).query({ page: '1' }).reply(422, {
			errors: 'Invalid search parameters',
			details: 'Invalid search term lost_reason_cont',
		});

		const result = await search({ returnAll: true, rawQuery: '{"lost_reason_cont": "preço"}' });

		expect(result.error?.message).toBe(
			'Invalid search parameters: Invalid search term lost_reason_cont',
		);
		expect(result.error?.description).toContain('Invalid search term lost_reason_cont');
		expect((result.error as { httpCode?: string }).httpCode).toBe('422');
	});

	it.each([
		[{ rawQuery: '[1]' }, '"Raw Query (JSON)" must be a JSON object'],
		[{ rawQuery: '{name_cont' }, '"Raw Query (JSON)" must be a JSON object'],
		[
			{ conditions: { condition: [{ field: 'name', predicate: 'cont', value: '' }] } },
			'"Conditions" row 1 needs a value',
		],
		[
			{ conditions: { condition: [{ field: 'name', predicate: 'null', value: 'maybe' }] } },
			'"Conditions" row 1: this predicate takes true or false',
		],
		[
			{
				conditions: {
					condition: [{ field: 'name', predicate: 'present', combinator: '_any', value: '' }],
				},
			},
			'"Conditions" row 1: Any/All does not apply to this predicate',
		],
		[
			{
				conditions: { condition: [{ field: '={{ "name; drop" }}', predicate: 'eq', value: 'x' }] },
			},
			'"Conditions" row 1 needs a field and a predicate',
		],
	])('refuses bad input %j before sending anything', async (parameters, message) => {
		const api = woofedApi()
			.post(`${ACCOUNT}/deals/search`)
			.query(true)
			.reply(200, page([], 1, 0));

		const result = await search({ returnAll: true, ...parameters });

		expect(result.error?.message).toBe(message);
		expect(result.error?.context.itemIndex).toBe(0);
		expect(api.isDone()).toBe(false);
	});
});
