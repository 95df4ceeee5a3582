import nock from 'nock';
import type { IDataObject } from 'n8n-workflow';

import { proposalListQuery, proposalUpdateBody } from '../../sandbox/contracts/hivestr';
import { bodiesSeen, hivestrApi, queriesSeen, runHivestr, tokenExchange } from './hivestr-harness';

const client = { __rl: true, mode: 'id', value: 'c-1' };

/** hivestr.txt's enumerations, given by expression with a value the document does not list. */
const undocumented: Array<[string, IDataObject, string]> = [
	[
		'client update status',
		{
			resource: 'client',
			operation: 'update',
			clientId: client,
			updateFields: { status: '={{ "customer" }}' },
		},
		'"Status" must be one of: lead, prospect, client, inactive',
	],
	[
		'client list status',
		{
			resource: 'client',
			operation: 'getAll',
			returnAll: true,
			filters: { status: '={{ "vip" }}' },
		},
		'"Status" must be one of: all, lead, prospect, client, inactive',
	],
	[
		'note type',
		{
			resource: 'clientNote',
			operation: 'create',
			clientId: client,
			content: 'x',
			noteType: '={{ "call" }}',
		},
		'"Note Type" must be one of: follow_up, note, reminder, task',
	],
	[
		'note list type',
		{
			resource: 'clientNote',
			operation: 'getAll',
			clientId: client,
			returnAll: true,
			filters: { note_type: '={{ "call" }}' },
		},
		'"Note Type" must be one of: all, follow_up, note, reminder, task',
	],
	[
		'card list stage',
		{
			resource: 'deal',
			operation: 'getAll',
			returnAll: true,
			filters: { pipeline_stage: '={{ "Won" }}' },
		},
		'"Stage" must be one of: Prospecção, Degustação, Proposta, Negociação, Aprovação, Ganho, Perdido',
	],
	[
		'inventory media type',
		{
			resource: 'inventory',
			operation: 'getAll',
			returnAll: true,
			filters: { media_type: '={{ "Radio" }}' },
		},
		'"Media Type" must be one of: all, DOOH, OOH, RADIO, TV',
	],
	[
		'inventory active',
		{
			resource: 'inventory',
			operation: 'getAll',
			returnAll: true,
			filters: { is_active: '={{ "yes" }}' },
		},
		'"Active" must be one of: all, true, false',
	],
	[
		'proposal update status',
		{
			resource: 'proposal',
			operation: 'update',
			proposalId: 'p-1',
			updateFields: { status: '={{ "accepted" }}' },
		},
		'"Status" must be one of: approved, draft, pre_approved, rejected, sent, viewed',
	],
	[
		'proposal list status',
		{
			resource: 'proposal',
			operation: 'getAll',
			returnAll: true,
			filters: { status: '={{ "accepted" }}' },
		},
		'"Status" must be one of: all, approved, draft, pre_approved, rejected, sent, viewed',
	],
];

describe('Hivestr › stage, status and type values are checked against the document', () => {
	afterEach(() => nock.cleanAll());

	it.each(undocumented)(
		'%s given by expression is refused before any request',
		async (_, parameters, message) => {
			const exchange = tokenExchange();

			const result = await runHivestr(parameters);

			expect(result.error?.message).toBe(message);
			expect(result.error?.context.itemIndex).toBe(0);
			expect(exchange.isDone()).toBe(false);
		},
	);

	it("offers pre_approved (the Aprovação stage's proposal status) on update and list, marked as not documented there", async () => {
		tokenExchange();
		const bodies = bodiesSeen();
		const queries = queriesSeen();
		hivestrApi()
			.put('/api/v1/public/proposals/p-1', bodies.match)
			.reply(200, { success: true, data: { id: 'p-1', status: 'pre_approved' } })
			.get('/api/v1/public/proposals')
			.query(queries.match)
			.reply(200, {
				success: true,
				data: [{ id: 'p-1', status: 'pre_approved' }],
				pagination: { page: 1, limit: 100, total: 1, total_pages: 1 },
			});

		const updated = await runHivestr({
			resource: 'proposal',
			operation: 'update',
			proposalId: 'p-1',
			updateFields: { status: 'pre_approved' },
		});
		tokenExchange();
		const listed = await runHivestr({
			resource: 'proposal',
			operation: 'getAll',
			returnAll: true,
			filters: { status: 'pre_approved' },
		});

		expect(proposalUpdateBody.parse(bodies.bodies[0])).toEqual({ status: 'pre_approved' });
		expect(proposalListQuery.parse(queries.queries[0])).toMatchObject({ status: 'pre_approved' });
		expect(updated.output('Hivestr')).toEqual([{ id: 'p-1', status: 'pre_approved' }]);
		expect(listed.output('Hivestr')).toEqual([{ id: 'p-1', status: 'pre_approved' }]);
	});
});
