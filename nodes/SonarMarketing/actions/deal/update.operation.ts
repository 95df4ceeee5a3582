import { updateDealOperation } from '../../../shared/pipeline-deal-operations';
import { dealTitleUpdateField } from '../../../shared/pipeline-deals';
import { dealFields, dealModes, dealTransport, statusField } from './fields';

export const { description, execute } = updateDealOperation({
	transport: dealTransport,
	dealModes,
	fields: [
		...dealFields,
		{
			displayName: 'Is Starred',
			name: 'is_starred',
			type: 'boolean',
			default: false,
			description: 'Whether the deal is starred',
		},
		{
			displayName: 'Loss Reason',
			name: 'loss_reason',
			type: 'string',
			default: '',
			description: 'Why the deal was lost; sent as loss_reason',
		},
		statusField,
		dealTitleUpdateField,
	],
});
