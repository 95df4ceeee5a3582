import type { IDataObject, INodeExecutionData, IPollFunctions } from 'n8n-workflow';

import { orderOf } from './ordered';
import type { Reader } from './reader';
import type { PollEvent } from './types';

/** The newest matching record (by `timestamp`) as the manual run's sample. */
export async function manualSample(
	context: IPollFunctions,
	event: PollEvent,
	reader: Reader,
	emits: (record: IDataObject, previous: string | undefined) => boolean,
): Promise<INodeExecutionData[][] | null> {
	const isSample = (record: IDataObject) =>
		event.sample?.(record, context) ?? emits(record, undefined);
	const first = await reader.page(1);
	const records = [...first.records];
	const last =
		first.pages !== undefined && first.pages > 1
			? await reader.page(first.pages, reader.request, true)
			: first;
	if (last !== first) records.push(...last.records);
	if (orderOf(first.records, last.records) === 'unclear') {
		// No order to go by: look at the other pages too, as far as the page cap goes.
		let page = first.next;
		while (page !== undefined && page !== first.pages && reader.canRead()) {
			const result = await reader.page(page);
			records.push(...result.records);
			page = result.next;
		}
	}
	const matching = records.filter((read) => isSample(read.record));
	if (matching.length === 0) return null;
	return [[{ json: matching.reduce((a, b) => (b.at > a.at ? b : a)).record }]];
}
