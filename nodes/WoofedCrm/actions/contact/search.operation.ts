import { conditionsField, searchOperation } from '../ransack';
import { CONTACT_SIMPLIFIED_FIELDS } from './fields';
import { simplifyField } from '../../../shared/simplify';

export const { description, execute } = searchOperation({
	resource: 'contact',
	path: '/contacts/search',
	simplify: {
		...simplifyField,
		description:
			'Whether to return only ID, full_name, email, phone, label_list, created_at and updated_at of each contact instead of every field',
	},
	conditions: {
		...conditionsField({
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
		description:
			'Conditions the contact must all meet (Ransack query: field_predicate = value). None returns every contact.',
	},
	simplifiedFields: CONTACT_SIMPLIFIED_FIELDS,
});
