import type { INodeProperties } from 'n8n-workflow';

import { dealFields as platformDealFields } from '../../../shared/pipeline-deals';

export { dealBody } from '../../../shared/pipeline-deals';

/** Pipeline phases Sonar documents; a team's own phases can be set with an expression. */
export const phaseOptions = [
	{ name: 'Lead', value: 'lead' },
	{ name: 'Proposta', value: 'proposta' },
];

export const statusOptions = [
	{ name: 'Ativo', value: 'ativo' },
	{ name: 'Arquivado', value: 'arquivado' },
	{ name: 'Ganho', value: 'ganho' },
	{ name: 'Perdido', value: 'perdido' },
];

/** Fields a deal accepts on create and on update. */
export const dealFields: INodeProperties[] = platformDealFields({
	displayName: 'Phase',
	name: 'phase',
	type: 'options',
	options: phaseOptions,
	default: 'lead',
	description:
		'Pipeline phase (Sonar starts new deals in lead). Use an expression for a phase your team added.',
});
