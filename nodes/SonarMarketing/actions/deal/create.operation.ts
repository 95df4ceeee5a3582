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
		placeholder: 'Social media management - TechStore',
		description: 'Title of the deal',
	},
});
