import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import {
	forOperation,
	optionalFields,
	pageLimitOf,
	returnAllAndLimit,
} from '../../../shared/descriptions';
import { apiFields, rulesFor } from '../../../shared/validate';
import { locatorValue } from '../../../shared/locators';
import { clientIdField } from '../client/locator';
import { stageFilterOptions, STAGES } from './stage';
import { hivestrList } from '../../transport';

export const description: INodeProperties[] = forOperation('deal', 'getAll', [
	...returnAllAndLimit(),
	optionalFields('filters', 'Filters', [
		{
			...clientIdField,
			name: 'client_id',
			required: false,
			description: 'Only cards of this client',
		},
		{
			displayName: 'Stage',
			name: 'pipeline_stage',
			type: 'options',
			options: stageFilterOptions,
			default: 'Prospecção',
			description: 'Only cards in this pipeline stage (API field pipeline_stage)',
		},
	]),
]);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject[]> {
	const filters = this.getNodeParameter('filters', itemIndex, {}) as IDataObject;
	const qs = apiFields(
		{ ...filters, client_id: locatorValue(filters.client_id) as string },
		{ pipeline_stage: rulesFor(this, itemIndex).oneOf('Stage', STAGES) },
	);
	return await hivestrList(
		this,
		itemIndex,
		{ method: 'GET', path: '/public/pipeline/deals', qs },
		pageLimitOf(this, itemIndex),
	);
}
