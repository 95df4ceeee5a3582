import { updateDealOperation } from '../../../shared/pipeline-deal-operations';
import { dealFields, dealLocator, dealTransport, statusOptions } from './fields';

export const { description, execute } = updateDealOperation({
	transport: dealTransport,
	locator: dealLocator,
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
		{
			displayName: 'Status',
			name: 'status',
			type: 'options',
			options: statusOptions,
			default: 'ativo',
			description:
				'Sonar accepts status on update; its document shows the values ativo and arquivado (Archive is the documented way to archive)',
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
