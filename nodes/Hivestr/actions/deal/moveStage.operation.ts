import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { forOperation } from '../../../shared/descriptions';
import { pathOf } from '../../../shared/request';
import { requiredTextOf, rulesFor } from '../../../shared/validate';
import { hivestrRequest } from '../../transport';
import { cardId, cardIdOf } from './fields';
import { refusePerdido, stageOptions } from './stage';

const stageField: INodeProperties = {
	displayName: 'Stage',
	name: 'pipelineStage',
	type: 'options',
	options: stageOptions,
	required: true,
	default: 'Degustação',
	description:
		'Stage to move the card to (API field pipeline_stage). A linked proposal follows the stage. Perdido is not accepted here: use Mark Lost.',
};

export const description: INodeProperties[] = forOperation('deal', 'moveStage', [
	cardId,
	stageField,
]);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const dealId = cardIdOf(this, itemIndex);
	const stage = requiredTextOf(this, stageField, itemIndex);
	if (stage.toLowerCase() === 'perdido') refusePerdido(this, itemIndex);
	rulesFor(this, itemIndex).oneOf(
		stageField.displayName,
		stageOptions.map((option) => option.value),
	)(stage);
	return await hivestrRequest(this, itemIndex, {
		method: 'PATCH',
		path: pathOf`/public/pipeline/deals/${dealId}/stage`,
		body: { pipeline_stage: stage },
	});
}
