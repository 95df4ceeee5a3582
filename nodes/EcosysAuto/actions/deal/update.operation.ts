import { updateDealOperation } from '../../../shared/pipeline-deal-operations';
import { dealFields, dealLocator, dealTransport, statusOptions } from './fields';

export const { description, execute } = updateDealOperation({
	transport: dealTransport,
	locator: dealLocator,
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
		{
			displayName: 'Status',
			name: 'status',
			type: 'options',
			options: statusOptions,
			default: 'ativo',
			description: 'To close a deal, the Mark Won and Mark Lost operations are simpler',
		},
		{
			displayName: 'Title',
			name: 'title',
			type: 'string',
			default: '',
			description: 'New title of the deal as free text',
		},
	],
});
