import { dealCreateBody, dealUpdateBody } from '../../sandbox/contracts/sonar';
import { bodiesSeen, sonarApi, sonarHarness, sonarNode } from './sonar-harness';

describe('Sonar Marketing › a deal lifecycle as one workflow', () => {
	it('creates a deal, moves its phase, reads it back and archives it, each step using the previous output', async () => {
		const createBodies = bodiesSeen();
		const updateBodies = bodiesSeen();
		const api = sonarApi()
			.post('/api/v1/deals', createBodies.match)
			.reply(201, { success: true, data: { id: 'deal-9', title: 'Site novo', phase: 'lead' } })
			.put('/api/v1/deals/deal-9', updateBodies.match)
			.reply(200, { success: true, data: { id: 'deal-9', title: 'Site novo', phase: 'proposta' } })
			.get('/api/v1/deals/deal-9')
			.reply(200, {
				success: true,
				data: { id: 'deal-9', title: 'Site novo', phase: 'proposta', value: 3200 },
			})
			.delete('/api/v1/deals/deal-9')
			.reply(200, {
				success: true,
				data: { id: 'deal-9', status: 'arquivado', archived_at: '2026-03-04T15:30:00Z' },
			});

		const result = await sonarHarness().runChain(
			[{ company: 'Padaria Pão Bom', budget: 3200 }],
			[
				sonarNode('Create Deal', {
					resource: 'deal',
					operation: 'create',
					title: '=Site novo',
					additionalFields: { value: '={{ $json.budget }}', source: '={{ $json.company }}' },
				}),
				sonarNode('Move To Proposal', {
					resource: 'deal',
					operation: 'update',
					dealId: '={{ $json.id }}',
					updateFields: { phase: 'proposta' },
				}),
				sonarNode('Read Back', { resource: 'deal', operation: 'get', dealId: '={{ $json.id }}' }),
				sonarNode('Archive', {
					resource: 'deal',
					operation: 'archive',
					dealId: "={{ $('Create Deal').item.json.id }}",
				}),
			],
		);

		expect(result.error).toBeUndefined();
		expect(api.isDone()).toBe(true);
		expect(dealCreateBody.parse(createBodies.bodies[0])).toEqual({
			title: 'Site novo',
			value: 3200,
			source: 'Padaria Pão Bom',
		});
		expect(dealUpdateBody.parse(updateBodies.bodies[0])).toEqual({ phase: 'proposta' });
		expect(result.output('Read Back')).toEqual([
			{ id: 'deal-9', title: 'Site novo', phase: 'proposta', value: 3200 },
		]);
		expect(result.output('Archive')).toEqual([
			{ id: 'deal-9', status: 'arquivado', archived_at: '2026-03-04T15:30:00Z' },
		]);
	});
});
