import { listEnvelope, noteListQuery } from '../../../sandbox/contracts/hivestr';
import { hivestrApi, queriesSeen, runHivestr, tokenExchange } from '../hivestr-harness';

const notes = [
	{
		id: 'n-1',
		client_id: 'c-1',
		content: 'Cliente pediu retorno na sexta',
		note_type: 'follow_up',
		is_completed: false,
		created_at: '2026-06-02T10:00:00Z',
		user: { id: 'u-1', full_name: 'Maria Silva' },
	},
];

describe('Hivestr › Client Note › Get Many', () => {
	it('lists the client notes of one type, paged, and outputs one item each', async () => {
		tokenExchange();
		const seen = queriesSeen();
		const api = hivestrApi()
			.get('/api/v1/public/clients/c-1/notes')
			.query(seen.match)
			.reply(
				200,
				listEnvelope.parse({
					success: true,
					data: notes,
					pagination: { page: 1, limit: 100, total: 1, total_pages: 1 },
				}),
			);

		const result = await runHivestr({
			resource: 'clientNote',
			operation: 'getAll',
			clientId: { __rl: true, mode: 'list', value: 'c-1' },
			returnAll: true,
			filters: { note_type: 'follow_up' },
		});

		expect(result.error).toBeUndefined();
		expect(api.isDone()).toBe(true);
		expect(seen.queries.map((query) => noteListQuery.parse(query))).toEqual([
			{ page: 1, limit: 100, note_type: 'follow_up' },
		]);
		expect(result.output('Hivestr')).toEqual(notes);
	});
});
