import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { simplifiedIfAsked } from '../../shared/simplify';
import { hivestrRequest } from '../transport';

/**
 * A Get: the record at `path` (its id already read from the picker and put in through
 * `pathOf`), trimmed to `simplifiedFields` when the Simplify toggle is on.
 */
export async function simplifiedRecord(
	context: IExecuteFunctions,
	itemIndex: number,
	options: { path: string; simplifiedFields: readonly string[] },
): Promise<IDataObject> {
	const { path, simplifiedFields } = options;
	const record = await hivestrRequest(context, itemIndex, { method: 'GET', path });
	return simplifiedIfAsked(context, itemIndex, record, simplifiedFields);
}
