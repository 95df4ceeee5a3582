import { updateDealOperation } from '../../../shared/pipeline-deal-operations';
import { dealTitleUpdateField } from '../../../shared/pipeline-deals';
import { dealFields, dealModes, dealTransport, statusField } from './fields';

export const { description, execute } = updateDealOperation({
	transport: dealTransport,
	dealModes,
	fields: [
		...dealFields,
		{
			displayName: 'Loss Reason',
			name: 'loss_reason',
			type: 'string',
			default: '',
			description:
				'Why the deal was lost (motivo da perda); set together with status Lost (perdido)',
		},
		statusField,
		dealTitleUpdateField,
	],
});
