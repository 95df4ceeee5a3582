import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { forOperation } from '../../../shared/descriptions';
import type { CheckedProperty } from '../../../shared/validate';
import { filteredList, listProperties } from '../filteredList';
import { pickerModes } from '../locators';
import { CARD_SIMPLIFIED_FIELDS } from '../simplifiedFields';
import { stageFilterOptions, STAGES } from './stage';

/** The filters GET /pipeline/deals takes. */
const filters: CheckedProperty[] = [
	{
		property: {
			displayName: 'Client',
			name: 'client_id',
			type: 'resourceLocator',
			default: { mode: 'list', value: '' },
			...pickerModes('searchClients'),
			description: 'Only cards of this client',
		},
	},
	{
		property: {
			displayName: 'Stage',
			name: 'pipeline_stage',
			type: 'options',
			options: stageFilterOptions,
			default: 'Prospecção',
			description: 'Only cards in this pipeline stage (API field pipeline_stage)',
		},
		rule: (check, label) => check.oneOf(label, STAGES),
	},
];

export const description = forOperation(
	'deal',
	'getAll',
	listProperties(filters, {
		displayName: 'Simplify',
		name: 'simplify',
		type: 'boolean',
		default: false,
		description:
			'Whether to return only ID, title, pipeline_stage, estimated_value, client_id, user_id and tasks_summary of each card instead of every field',
	}),
);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject[]> {
	return await filteredList(this, itemIndex, {
		path: '/public/pipeline/deals',
		filters,
		simplifiedFields: CARD_SIMPLIFIED_FIELDS,
	});
}
