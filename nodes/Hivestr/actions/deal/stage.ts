import type { IExecuteFunctions } from 'n8n-workflow';

import { invalid } from '../../../shared/validate';

/** Hivestr only lets a card reach Perdido through mark-lost (with a reason). */
export function refusePerdido(context: IExecuteFunctions, itemIndex: number): never {
	throw invalid(
		context,
		itemIndex,
		'A card cannot be set to "Perdido" here: use the "Mark Lost" operation',
		'Hivestr moves a card to Perdido only through Mark Lost, which records the reason on the client. Choose Pipeline Card → Mark Lost instead.',
	);
}
