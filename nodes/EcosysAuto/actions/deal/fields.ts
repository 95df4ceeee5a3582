import type { INodeProperties } from 'n8n-workflow';

import { dealFields as platformDealFields } from '../../../shared/pipeline-deals';

export { dealBody } from '../../../shared/pipeline-deals';

/** Pipeline phases Ecosys Auto documents; a dealer's own phases can be set with an expression. */
export const phaseOptions = [{ name: 'Lead', value: 'lead' }];

/** Deal statuses: open, won (ganho) or lost (perdido). */
export const statusOptions = [
	{ name: 'Ativo (Open)', value: 'ativo' },
	{ name: 'Ganho (Won)', value: 'ganho' },
	{ name: 'Perdido (Lost)', value: 'perdido' },
];

/** Fields a deal accepts on create and on update (the platform's deals resource). */
export const dealFields: INodeProperties[] = platformDealFields({
	displayName: 'Phase',
	name: 'phase',
	type: 'options',
	options: phaseOptions,
	default: 'lead',
	description:
		'Sales pipeline phase (new deals start in lead). Use an expression for a phase your dealership added.',
});
