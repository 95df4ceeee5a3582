import type { INodeProperties, INodePropertyMode } from 'n8n-workflow';

import type { DealTransport } from '../../../shared/pipeline-deal-operations';
import { dealFields as platformDealFields, dealListModes } from '../../../shared/pipeline-deals';
import { sonarRequest, sonarList } from '../../transport';

export { dealBody } from '../../../shared/pipeline-deals';

/** How the platform's deal operations reach Sonar Marketing. */
export const dealTransport: DealTransport = { request: sonarRequest, list: sonarList };

/** Pipeline phases Sonar documents (lead, proposta); a team's own phases: an expression. */
export const phaseOptions = [
	{ name: 'Lead', value: 'lead' },
	{ name: 'Proposal (Proposta)', value: 'proposta' },
];

/**
 * Deal statuses. Sonar's document lists ativo and arquivado (GET /deals `status` filter,
 * DELETE sets arquivado); ganho and perdido are Ecosys Auto's, on the same platform, and may
 * or may not exist in Sonar: kept, marked.
 */
export const dealStatusOptions = [
	{ name: 'Active (Ativo)', value: 'ativo' },
	{ name: 'Archived (Arquivado)', value: 'arquivado' },
	{ name: "Lost (Perdido) (Not in Sonar Marketing's API Docs)", value: 'perdido' },
	{ name: "Won (Ganho) (Not in Sonar Marketing's API Docs)", value: 'ganho' },
];

/** Update's Status field. */
export const statusField: INodeProperties = {
	displayName: 'Status',
	name: 'status',
	type: 'options',
	options: dealStatusOptions,
	default: 'ativo',
	description:
		'Sonar accepts status on update; its document shows the values ativo and arquivado (Archive is the documented way to archive)',
};

/** Fields a deal accepts on create and on update (all in Sonar's POST /deals table). */
export const dealFields: INodeProperties[] = platformDealFields({
	phase: {
		displayName: 'Phase',
		name: 'phase',
		type: 'options',
		options: phaseOptions,
		default: 'lead',
		description:
			'Pipeline phase (Sonar starts new deals in lead). Use an expression for a phase your team added.',
	},
});

/** The Deal picker's modes: a deal from a searchable list, or its UUID. */
export const dealModes: { modes: INodePropertyMode[] } = {
	modes: [
		...dealListModes.modes,
		{
			displayName: 'By ID',
			name: 'id',
			type: 'string',
			placeholder: 'e.g. 550e8400-e29b-41d4-a716-446655440000',
		},
	],
};
