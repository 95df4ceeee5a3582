import { getManyDealsOperation } from '../../../shared/pipeline-deals';
import { ecosysRequest, ecosysList } from '../../transport';
import { phaseOptions, statusOptions } from './fields';

export const { description, execute } = getManyDealsOperation(
	{ request: ecosysRequest, list: ecosysList },
	phaseOptions,
	statusOptions,
);
