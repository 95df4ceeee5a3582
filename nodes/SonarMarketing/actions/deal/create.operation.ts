import { createDealOperation } from '../../../shared/pipeline-deals';
import { sonarRequest, sonarList } from '../../transport';
import { dealFields } from './fields';

export const { description, execute } = createDealOperation(
	{ request: sonarRequest, list: sonarList },
	dealFields,
	{
		placeholder: 'Social media management - TechStore',
		description: 'Title of the deal',
	},
);
