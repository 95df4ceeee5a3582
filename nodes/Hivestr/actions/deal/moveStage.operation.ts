import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { forOperation, idField } from '../../../shared/descriptions';
import { pathOf } from '../../../shared/request';
import { requiredText, rulesFor } from '../../../shared/validate';
import { hivestrRequest } from '../../transport';
import { cardIdDescription } from './fields';
import { refusePerdido, stageOptions } from './stage';

export const description: INodeProperties[] = forOperation('deal', 'moveStage', [
	idField('dealId', 'Card ID', cardIdDescription),
	{
		displayName: 'Stage',
		name: 'pipelineStage',
		type: 'options',
		options: stageOptions,
		required: true,
		default: 'Degustação',
		description:
			'Stage to move the card to (API field pipeline_stage). A linked proposal follows the stage. Perdido is not accepted here: use Mark Lost.',
	},
]);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const dealId = requiredText(this, 'dealId', 'Card ID', itemIndex);
	const stage = requiredText(this, 'pipelineStage', 'Stage', itemIndex);
	if (stage.toLowerCase() === 'perdido') refusePerdido(this, itemIndex);
	rulesFor(this, itemIndex).oneOf(
		'Stage',
		stageOptions.map((option) => option.value),
	)(stage);
	return await hivestrRequest(this, itemIndex, {
		method: 'PATCH',
		path: pathOf`/public/pipeline/deals/${dealId}/stage`,
		body: { pipeline_stage: stage },
	});
}
