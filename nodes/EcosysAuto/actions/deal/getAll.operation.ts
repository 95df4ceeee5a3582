import { getManyDealsOperation } from '../../../shared/pipeline-deals';
import { ecosysRequest, ecosysList } from '../../transport';
import { clientLink } from '../client/fields';
import { phaseOptions, statusOptions } from './fields';

export const { description, execute } = getManyDealsOperation(
	{ request: ecosysRequest, list: ecosysList },
	{
		phaseOptions,
		statusOptions,
		statusDescription:
			'Open, won or lost, as Ecosys Auto spells them; use an expression for another status',
		clientFilter: {
			...clientLink,
			description: 'Only deals of this client, from the list or by its UUID',
		},
		notice:
			"GET /deals, its filters and its sort keys are not in Ecosys Auto's API docs: they follow Sonar Marketing's documentation of the same platform",
	},
);
