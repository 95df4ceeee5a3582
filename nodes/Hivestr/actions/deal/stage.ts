import type { IExecuteFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

/** Hivestr only lets a card reach Perdido through mark-lost (with a reason). */
export function refusePerdido(context: IExecuteFunctions, itemIndex: number): never {
	throw new NodeOperationError(
		context.getNode(),
		'A card cannot be set to "Perdido" here: use the "Mark Lost" operation',
		{
			itemIndex,
			description:
				'Hivestr moves a card to Perdido only through Mark Lost, which records the reason on the client. Choose Pipeline Card → Mark Lost instead.',
		},
	);
}
