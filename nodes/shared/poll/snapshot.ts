import type { INodeExecutionData } from 'n8n-workflow';

import { readAll } from './reader';
import { save, savedState } from './store';
import type { PollRun } from './types';

/**
 * Polls a list by comparing it with the states remembered from the last poll (a `snapshot`
 * event). The whole list is read on every poll (an error when it passes the page cap). The
 * first activation only remembers, unless Include Existing Records is on. Records no longer
 * in the list are forgotten (so one that comes back counts as new). Every record of the list
 * is remembered: one forgotten would have its change missed, or be emitted again on every poll
 * by an event that emits a record it has no state for. The page cap bounds the list, and so
 * the states kept.
 */
export async function pollSnapshot(run: PollRun): Promise<INodeExecutionData[][] | null> {
	const { context, event, emits } = run;
	const stateOf = event.state ?? (() => '');
	const records = await readAll(run, 'snapshot');
	const saved = savedState(run, false);
	const first = saved === undefined;
	const includeExisting = first && (context.getNodeParameter('includeExisting', false) as boolean);
	const previousStates = saved?.states ?? {};

	const out: INodeExecutionData[] = [];
	const states: Record<string, string> = {};
	// Oldest first by key, so downstream sees the changes in a stable order.
	for (const read of [...records].sort((a, b) => a.sortKey - b.sortKey)) {
		const previous = previousStates[read.id];
		if ((!first || includeExisting) && emits(read.record, previous)) {
			out.push({ json: read.record });
		}
		states[read.id] = stateOf(read.record);
	}
	save(run, { cursor: { sortKey: Number.NEGATIVE_INFINITY, ids: [] }, backlogs: [], states });
	return out.length === 0 ? null : [out];
}
