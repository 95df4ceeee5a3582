import { getManyDealsOperation } from '../../../shared/pipeline-deal-operations';
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
			"Sonar documents the filter values ativo and arquivado. Without this filter, whether archived deals are listed is not in Sonar Marketing's API docs: set ativo or arquivado to be sure.",
	},
});
