import { getManyDealsOperation } from '../../../shared/pipeline-deals';
import { sonarRequest, sonarList } from '../../transport';
import { phaseOptions, statusOptions } from './fields';

export const { description, execute } = getManyDealsOperation(
	{ request: sonarRequest, list: sonarList },
	{
		phaseOptions,
		statusOptions,
		statusDescription:
			"Sonar documents the filter values ativo and arquivado. Without this filter, whether archived deals are listed is not in Sonar Marketing's API docs: set ativo or arquivado to be sure.",
	},
);
