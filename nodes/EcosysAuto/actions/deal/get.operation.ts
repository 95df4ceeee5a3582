import { getDealOperation } from '../../../shared/pipeline-deal-operations';
import { dealModes, dealTransport } from './fields';

export const { description, execute } = getDealOperation({
	transport: dealTransport,
	dealModes,
	notice: {
		displayName:
			"Getting one deal by ID is not in Ecosys Auto's API docs: it follows Sonar Marketing's documentation of the same platform",
		name: 'platformNotice',
		type: 'notice',
		default: '',
	},
});
