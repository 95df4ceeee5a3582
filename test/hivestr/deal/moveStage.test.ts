import { dealStageBody } from '../../../sandbox/contracts/hivestr';
import { bodiesSeen, hivestrApi, runHivestr, tokenExchange } from '../hivestr-harness';

const move = (pipelineStage: string) =>
	runHivestr({ resource: 'deal', operation: 'moveStage', dealId: 'deal-1', pipelineStage });

describe('Hivestr › Pipeline Card › Move Stage', () => {
	it.each(['Prospecção', 'Degustação', 'Proposta', 'Negociação', 'Aprovação', 'Ganho'])(
		'PATCHes /stage with the exact stage %s and outputs the card',
		async (stage) => {
			tokenExchange();
			const seen = bodiesSeen();
			const api = hivestrApi()
				.patch('/api/v1/public/pipeline/deals/deal-1/stage', seen.match)
				.reply(200, { success: true, data: { id: 'deal-1', pipeline_stage: stage } });

			const result = await move(stage);

			expect(result.error).toBeUndefined();
			expect(api.isDone()).toBe(true);
			expect(dealStageBody.parse(seen.bodies[0])).toEqual({ pipeline_stage: stage });
			expect(result.output('Hivestr')).toEqual([{ id: 'deal-1', pipeline_stage: stage }]);
		},
	);

	it('refuses Perdido (from an expression) and points to Mark Lost, before sending', async () => {
		const exchange = tokenExchange();

		const result = await move('={{ "Perdido" }}');

		expect(result.error?.message).toBe(
			'A card cannot be set to "Perdido" here: use the "Mark Lost" operation',
		);
		expect(result.error?.description).toContain('Pipeline Card → Mark Lost');
		expect(exchange.isDone()).toBe(false);
	});

	it('refuses a stage given by expression that Hivestr does not document, before sending', async () => {
		const exchange = tokenExchange();

		const result = await move('={{ "Negotiation" }}');

		expect(result.error?.message).toBe(
			'"Stage" must be one of: Prospecção, Degustação, Proposta, Negociação, Aprovação, Ganho',
		);
		expect(exchange.isDone()).toBe(false);
	});
});
