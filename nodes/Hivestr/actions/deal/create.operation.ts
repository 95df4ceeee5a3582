import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { forOperation, optionalFields } from '../../../shared/descriptions';
import { requiredText } from '../../../shared/validate';
import { clientIdField, idOf, stageOptions } from '../../helpers';
import { hivestrRequest } from '../../transport';
import { cardBody, cardFields } from './fields';
import { refusePerdido } from './stage';

export const description: INodeProperties[] = forOperation('deal', 'create', [
	clientIdField('clientId', 'The client the card belongs to'),
	{
		displayName: 'Title',
		name: 'title',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'Follow-up campanha verão',
		description: 'Title of the pipeline card',
	},
	optionalFields('additionalFields', 'Additional Fields', [
		...cardFields,
		{
			displayName: 'Stage',
			name: 'pipeline_stage',
			type: 'options',
			options: stageOptions,
			default: 'Prospecção',
			description:
				'Pipeline stage (API field pipeline_stage, exact Portuguese value; Hivestr default: Prospecção)',
		},
	]),
]);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const clientId = idOf(this, 'clientId', 'Client', itemIndex);
	const title = requiredText(this, 'title', 'Title', itemIndex);
	const fields = this.getNodeParameter('additionalFields', itemIndex, {}) as IDataObject;
	const body: IDataObject = { client_id: clientId, title, ...cardBody(this, fields, itemIndex) };
	if (body.pipeline_stage === 'Perdido') refusePerdido(this, itemIndex);
	return await hivestrRequest(this, itemIndex, {
		method: 'POST',
		path: '/public/pipeline/deals',
		body,
	});
}
