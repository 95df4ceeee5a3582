import { createDealOperation } from '../../../shared/pipeline-deals';
import { ecosysRequest, ecosysList } from '../../transport';
import { dealFields } from './fields';

export const { description, execute } = createDealOperation(
	{ request: ecosysRequest, list: ecosysList },
	dealFields,
	{
		placeholder: 'Honda Civic 2024 sale — João da Silva',
		description: 'Title of the deal (negócio), e.g. the vehicle and the client',
	},
);
