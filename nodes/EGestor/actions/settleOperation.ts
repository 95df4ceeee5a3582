import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { forOperation } from '../../shared/descriptions';
import type { Operation } from '../../shared/types';
import { checkedDate, checkedNumber } from '../../shared/validate';
import { eGestorRequest } from '../transport';
import type { ResourceInfo } from './resources';
import { codeOf, recordPath } from './resources';

interface SettleOptions {
	resource: ResourceInfo;
	/** The operation's value, e.g. "receive". */
	operation: string;
	/** eGestor's action below the record's path: "receber" or "pagar". */
	actionPath: string;
}

/** Receive / Pay: `PUT <path>/<code>/<action>` with the amount and the payment date. */
export function settleOperation({ resource, operation, actionPath }: SettleOptions): Operation {
	return {
		description: forOperation(resource.resource, operation, [
			resource.locator,
			{
				displayName: 'Amount (BRL)',
				name: 'valor',
				type: 'string',
				required: true,
				default: '',
				placeholder: 'e.g. 200.00',
				description:
					'Amount of the payment, in reais (BRL, not cents), at least 0.01 (API field valor)',
			},
			{
				displayName: 'Payment Date',
				name: 'dtPgto',
				type: 'string',
				default: '',
				placeholder: 'YYYY-MM-DD',
				description: 'Date of the payment, as YYYY-MM-DD (API field dtPgto)',
				required: true,
			},
		]),
		async execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
			const code = codeOf(this, resource, itemIndex);
			const valor = checkedNumber(
				this,
				this.getNodeParameter('valor', itemIndex),
				'Amount (BRL)',
				itemIndex,
				{ min: 0.01 },
			);
			const dtPgto = checkedDate(
				this,
				this.getNodeParameter('dtPgto', itemIndex, ''),
				'Payment Date',
				itemIndex,
			);
			return await eGestorRequest(this, itemIndex, {
				method: 'PUT',
				effect: 'additive', // each call records one more payment
				path: recordPath(resource, code, `/${actionPath}`),
				body: { valor, dtPgto },
			});
		},
	};
}
