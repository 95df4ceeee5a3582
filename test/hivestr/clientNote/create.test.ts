import { noteCreateBody } from '../../../sandbox/contracts/hivestr';
import { bodiesSeen, hivestrApi, runHivestr, tokenExchange } from '../hivestr-harness';

const note = {
	id: 'n-1',
	client_id: 'c-1',
	content: 'Cliente recusou proposta por budget',
	note_type: 'follow_up',
};

describe('Hivestr › Client Note › Create', () => {
	it.each(['note', 'task', 'reminder', 'follow_up'])(
		'POSTs content and note_type %s to the client and outputs the note',
		async (noteType) => {
			tokenExchange();
			const seen = bodiesSeen();
			const api = hivestrApi()
				.post('/api/v1/public/clients/c-1/notes', seen.match)
				.reply(201, { success: true, data: { ...note, note_type: noteType } });

			const result = await runHivestr({
				resource: 'clientNote',
				operation: 'create',
				clientId: { __rl: true, mode: 'id', value: 'c-1' },
				content: 'Cliente recusou proposta por budget',
				noteType,
			});

			expect(result.error).toBeUndefined();
			expect(api.isDone()).toBe(true);
			expect(noteCreateBody.parse(seen.bodies[0])).toEqual({
				content: 'Cliente recusou proposta por budget',
				note_type: noteType,
			});
			expect(result.output('Hivestr')).toEqual([{ ...note, note_type: noteType }]);
		},
	);

	it('refuses empty content before sending', async () => {
		const exchange = tokenExchange();

		const result = await runHivestr({
			resource: 'clientNote',
			operation: 'create',
			clientId: { __rl: true, mode: 'id', value: 'c-1' },
			content: '={{ "" }}',
		});

		expect(result.error?.message).toBe('"Content" is required');
		expect(exchange.isDone()).toBe(false);
	});
});
