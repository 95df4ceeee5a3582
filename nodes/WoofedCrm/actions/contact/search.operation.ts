import { conditionRows, searchOperation } from '../ransack';
import { CONTACT_SIMPLIFIED_FIELDS } from './fields';

export const { description, execute } = searchOperation({
	resource: 'contact',
	path: '/contacts/search',
	simplify: {
		displayName: 'Simplify',
		name: 'simplify',
		type: 'boolean',
		default: false,
		description:
			'Whether to return only ID, full_name, email, phone, label_list, created_at and updated_at of each contact instead of every field',
	},
	conditions: {
		displayName: 'Conditions',
		name: 'conditions',
		type: 'fixedCollection',
		typeOptions: { multipleValues: true },
		placeholder: 'Add Condition',
		default: {},
		description:
			'Conditions the contact must all meet (Ransack query: field_predicate = value). None returns every contact.',
		...conditionRows({
			displayName: 'Field',
			name: 'field',
			type: 'options',
			// The fields of the server's allow-list (Contact.ransackable_attributes) that the docs show.
			options: [
				{ name: 'Created At', value: 'created_at' },
				{ name: 'Email', value: 'email' },
				{ name: 'Full Name', value: 'full_name' },
				{ name: 'ID', value: 'id' },
				{ name: 'Phone', value: 'phone' },
				{ name: 'Updated At', value: 'updated_at' },
			],
			default: 'full_name',
			description: 'Attribute to compare; an expression may name another one',
		}),
	},
	simplifiedFields: CONTACT_SIMPLIFIED_FIELDS,
});
