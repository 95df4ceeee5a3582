import type { INodeProperties } from 'n8n-workflow';

import { forOperation } from '../../../shared/descriptions';
import { getRecord } from '../../../shared/record-operations';
import { CARD_SIMPLIFIED_FIELDS } from '../simplifiedFields';
import { hivestrRequest } from '../../transport';
import { cardId } from './fields';

export const description: INodeProperties[] = forOperation('deal', 'get', [
	cardId,
	{
		displayName: 'Simplify',
		name: 'simplify',
		type: 'boolean',
		default: false,
		description:
			'Whether to return only ID, title, pipeline_stage, estimated_value, client_id, user_id and tasks_summary of the card instead of every field',
	},
]);

export const execute = getRecord(hivestrRequest, {
	parameter: cardId.name,
	label: cardId.displayName,
	path: '/public/pipeline/deals',
	simplifiedFields: CARD_SIMPLIFIED_FIELDS,
});
