import { getManyDealsOperation } from '../../../shared/pipeline-deal-operations';
import { clientLink } from '../client/fields';
import { dealTransport, phaseOptions, statusField } from './fields';

export const { description, execute } = getManyDealsOperation(dealTransport, {
	phaseOptions,
	statusFilter: {
		...statusField,
		description:
			'Open, won or lost, as Ecosys Auto spells them; use an expression for another status',
	},
	clientFilter: {
		...clientLink,
		description: 'Only deals of this client, from the list or by its UUID',
	},
	notice: {
		displayName:
			"GET /deals, its filters and its sort keys are not in Ecosys Auto's API docs: they follow Sonar Marketing's documentation of the same platform",
		name: 'platformNotice',
		type: 'notice',
		default: '',
	},
});
