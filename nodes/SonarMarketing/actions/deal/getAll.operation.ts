import { getManyDealsOperation } from '../../../shared/pipeline-deals';
import { sonarRequest, sonarList } from '../../transport';
import { phaseOptions, statusOptions } from './fields';

export const { description, execute } = getManyDealsOperation(
	{ request: sonarRequest, list: sonarList },
	phaseOptions,
	statusOptions,
);
