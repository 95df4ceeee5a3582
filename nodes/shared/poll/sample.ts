import type { IDataObject, INodeExecutionData } from 'n8n-workflow';

import { orderOf } from './ordered';
import type { PollRun } from './types';

/** The newest matching record (by sort key) as the manual run's sample. */
export async function manualSample(run: PollRun): Promise<INodeExecutionData[][] | null> {
	const { context, event, reader, emits } = run;
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
	return [[{ json: matching.reduce((a, b) => (b.sortKey > a.sortKey ? b : a)).record }]];
}
