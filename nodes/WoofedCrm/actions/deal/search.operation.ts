import { conditionRows, searchOperation } from '../ransack';
import { DEAL_SIMPLIFIED_FIELDS } from './fields';

export const { description, execute } = searchOperation({
	resource: 'deal',
	path: '/deals/search',
	simplify: {
		displayName: 'Simplify',
		name: 'simplify',
		type: 'boolean',
		default: false,
		description:
			'Whether to return only ID, name, status, stage_id, pipeline_id, contact_id, total_deal_products_amount_in_cents, won_at, lost_at and updated_at of each deal instead of every field',
	},
	conditions: {
		displayName: 'Conditions',
		name: 'conditions',
		type: 'fixedCollection',
		typeOptions: { multipleValues: true },
		placeholder: 'Add Condition',
		default: {},
		description:
			'Conditions the deal must all meet (Ransack query: field_predicate = value). None returns every deal.',
		...conditionRows({
			displayName: 'Field',
			name: 'field',
			type: 'options',
			// The fields WoofedCRM's deal search documents (vendor-docs "Buscar negócios" body).
			options: [
				{ name: 'Contact ID', value: 'contact_id' },
				{ name: 'Created At', value: 'created_at' },
				{ name: 'ID', value: 'id' },
				{ name: 'Name', value: 'name' },
				{ name: 'Pipeline ID', value: 'pipeline_id' },
				{ name: 'Stage ID', value: 'stage_id' },
				{ name: 'Status', value: 'status' },
				{ name: 'Updated At', value: 'updated_at' },
			],
			default: 'name',
			description: 'Attribute to compare; an expression may name another one',
		}),
	},
	simplifiedFields: DEAL_SIMPLIFIED_FIELDS,
});
