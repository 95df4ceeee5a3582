import { createDealOperation } from '../../../shared/pipeline-deal-operations';
import { dealFields, dealTransport } from './fields';

export const { description, execute } = createDealOperation({
	transport: dealTransport,
	fields: dealFields,
	title: {
		displayName: 'Title',
		name: 'title',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'Honda Civic 2024 sale — João da Silva',
		description: 'Title of the deal (negócio), e.g. the vehicle and the client',
	},
});
