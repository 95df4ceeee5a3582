import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { forOperation, optionalFields } from '../../../shared/descriptions';
import { checkedFields, propertiesOf, requiredTextOf, rulesFor } from '../../../shared/validate';
import { hivestrRequest } from '../../transport';
import { clientIdOf, pickerModes } from '../locators';
import { cardFields } from './fields';
import { stageFilterOptions, STAGES } from './stage';

const stage: INodeProperties = {
	displayName: 'Stage',
	name: 'pipeline_stage',
	type: 'options',
	options: stageFilterOptions,
	default: 'Prospecção',
	description:
		'Pipeline stage (API field pipeline_stage, exact Portuguese value; Hivestr default: Prospecção). Lost (Perdido) is allowed here: the document forbids it only on Move Stage.',
};

const titleField: INodeProperties = {
	displayName: 'Title',
	name: 'title',
	type: 'string',
	required: true,
	default: '',
	placeholder: 'e.g. Summer campaign follow-up',
	description: 'Title of the pipeline card',
};

export const description: INodeProperties[] = forOperation('deal', 'create', [
	{
		displayName: 'Client',
		name: 'clientId',
		type: 'resourceLocator',
		required: true,
		default: { mode: 'list', value: '' },
		...pickerModes('searchClients'),
		description: 'The client the card belongs to',
	},
	titleField,
	optionalFields('additionalFields', 'Additional Fields', [...propertiesOf(cardFields), stage]),
]);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const clientId = clientIdOf(this, itemIndex);
	const title = requiredTextOf(this, titleField, itemIndex);
	const fields = this.getNodeParameter('additionalFields', itemIndex, {}) as IDataObject;
	const body: IDataObject = {
		client_id: clientId,
		title,
		...checkedFields(this, itemIndex, fields, cardFields),
	};
	if (fields[stage.name] !== undefined) {
		body[stage.name] = rulesFor(this, itemIndex).oneOf(
			stage.displayName,
			STAGES,
		)(fields[stage.name]) as string;
	}
	return await hivestrRequest(this, itemIndex, {
		method: 'POST',
		path: '/public/pipeline/deals',
		body,
	});
}
