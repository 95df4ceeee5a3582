import type { INodeExecutionData } from 'n8n-workflow';

import { orderOf } from './ordered';
import type { ListedRecord, PollRun } from './types';

/**
 * The manual run's sample out of the records read: the newest (by sort key) that `sample`
 * picks, or else that `emits` with no history.
 */
export function newestSample(run: PollRun, records: ListedRecord[]): INodeExecutionData[][] | null {
	const { context, event, emits } = run;
	const matching = records.filter(
		(read) => event.sample?.(read.record, context) ?? emits(read.record, undefined),
	);
	if (matching.length === 0) return null;
	return [[{ json: matching.reduce((a, b) => (b.sortKey > a.sortKey ? b : a)).record }]];
}

/** The manual run of an ordered or snapshot event: its sample from the pages that show it. */
export async function manualSample(run: PollRun): Promise<INodeExecutionData[][] | null> {
	const { reader } = run;
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
	return newestSample(run, records);
}
