import { getManyDealsOperation } from '../../../shared/pipeline-deal-operations';
import { clientModes } from '../client/fields';
import { dealStatusOptions, dealTransport, phaseOptions } from './fields';

export const { description, execute } = getManyDealsOperation(dealTransport, {
	phaseOptions,
	statusFilter: {
		displayName: 'Status',
		name: 'status',
		type: 'options',
		options: dealStatusOptions,
		default: 'ativo',
		description:
			'Open, won or lost, as Ecosys Auto spells them; use an expression for another status',
	},
	clientFilter: {
		displayName: 'Client',
		name: 'client_id',
		type: 'resourceLocator',
		default: { mode: 'list', value: '' },
		description: 'Only deals of this client, from the list or by its UUID',
		...clientModes,
	},
	notice: {
		displayName:
			"GET /deals, its filters and its sort keys are not in Ecosys Auto's API docs: they follow Sonar Marketing's documentation of the same platform",
		name: 'platformNotice',
		type: 'notice',
		default: '',
	},
});
