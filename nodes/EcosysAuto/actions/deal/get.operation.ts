import { getDealOperation } from '../../../shared/pipeline-deal-operations';
import { dealLocator, dealTransport } from './fields';

export const { description, execute } = getDealOperation({
	transport: dealTransport,
	locator: dealLocator,
	notice: {
		displayName:
			"Getting one deal by ID is not in Ecosys Auto's API docs: it follows Sonar Marketing's documentation of the same platform",
		name: 'platformNotice',
		type: 'notice',
		default: '',
	},
});
