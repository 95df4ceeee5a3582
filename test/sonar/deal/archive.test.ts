import { sonarApi, sonarHarness, sonarNode } from '../sonar-harness';

describe('Sonar Marketing › Deal › Archive', () => {
	it('sends DELETE /deals/{id} and outputs the archived status', async () => {
		const archived = { id: 'd-1', status: 'arquivado', archived_at: '2026-03-04T15:30:00Z' };
		const api = sonarApi()
			.delete('/api/v1/deals/d-1')
			.reply(200, { success: true, data: archived });

		const result = await sonarHarness().runChain(
			[{}],
			[sonarNode('Archive', { resource: 'deal', operation: 'archive', dealId: 'd-1' })],
		);

		expect(result.error).toBeUndefined();
		expect(api.isDone()).toBe(true);
		expect(result.output('Archive')).toEqual([archived]);
	});
});
