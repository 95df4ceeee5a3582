import type { IDataObject, INodeExecutionData, IPollFunctions } from 'n8n-workflow';

import type { ListedRecord, ListOrder, PollEvent, PollRun, PollState, Position } from './types';

/** A parameter value with empty ones ('', null, {}, []) left out and keys sorted. */
function canonical(value: unknown): unknown {
	if (Array.isArray(value)) return value.map(canonical);
	if (value === null || typeof value !== 'object') return value;
	const entries = Object.entries(value as IDataObject)
		.map(([name, inner]) => [name, canonical(inner)] as const)
		.filter(([, inner]) => !isEmpty(inner))
		.sort(([a], [b]) => (a < b ? -1 : 1));
	return Object.fromEntries(entries);
}

function isEmpty(value: unknown): boolean {
	if (value === undefined || value === null || value === '') return true;
	if (Array.isArray(value)) return value.length === 0;
	return typeof value === 'object' && Object.keys(value).length === 0;
}

/**
 * The cursor's key: the event and every parameter of the node but Include Existing Records
 * and Max Pages per Poll, as the user set them (expressions unresolved; empty values left
 * out), so that changing a filter (eGestor's `filtro`, a status, a client) starts afresh
 * instead of reading on with a cursor that belonged to another list.
 */
export function stateKey(context: IPollFunctions, eventName: string): string {
	const parameters = { ...context.getNode().parameters };
	delete parameters.includeExisting;
	delete parameters.maxPagesPerPoll;
	return JSON.stringify([eventName, canonical(parameters)]);
}

/**
 * The state saved for this event and parameters, if any. With `acceptLegacy`, a cursor saved by
 * 0.1.0 is taken on (snapshot events do not: 0.1.0 remembered only part of their lists, and
 * the rest would all look new).
 */
export function savedState(run: PollRun, acceptLegacy = true): PollState | undefined {
	const { context, eventName } = run;
	const saved = context.getWorkflowStaticData('node').poll as StoredState | undefined;
	if (saved === undefined) return undefined;
	if (saved.key === stateKey(context, eventName)) return fromStored(saved);
	if (!acceptLegacy) return undefined;
	// Version 0.1.0 keyed the cursor on the event and `filters` only.
	const legacy = JSON.stringify([eventName, context.getNodeParameter('filters', {})]);
	const node = context.getNode().parameters;
	const onlyFilters = Object.keys(node).every((name) =>
		['event', 'filters', 'includeExisting', 'maxPagesPerPoll', 'authentication'].includes(name),
	);
	return saved.key === legacy && onlyFilters ? fromStored(saved) : undefined;
}

/** The state of an event polled for the first time with Include Existing Records on: nothing handled. */
export function nothingHandled(event: PollEvent): PollState {
	return {
		key: '',
		cursor: { sortKey: Number.NEGATIVE_INFINITY, ids: [] },
		backlogs: [],
		states: event.state === undefined ? undefined : {},
	};
}

/** The states of the records there at first activation, for events that remember states. */
export function statesOf(
	event: PollEvent,
	records: ListedRecord[],
): Record<string, string> | undefined {
	const stateOf = event.state;
	if (stateOf === undefined) return undefined;
	return Object.fromEntries(records.map((read) => [read.id, stateOf(read.record)]));
}

export function save(run: PollRun, state: Omit<PollState, 'key'>): void {
	run.context.getWorkflowStaticData('node').poll = toStored({
		...state,
		key: stateKey(run.context, run.eventName),
	});
}

/** A position as static data holds it: -Infinity does not survive JSON, so it is null there. */
interface StoredPosition {
	at: number | null;
	ids: string[];
	closed?: true;
}

/**
 * The state as static data holds it, under the names the cursors of earlier versions were
 * saved with (`top` is the cursor, `gaps` the backlogs), so that they are read on.
 */
interface StoredState {
	key: string;
	top: StoredPosition;
	gaps?: { below: StoredPosition; floor: StoredPosition; page: number }[];
	states?: Record<string, string>;
	page?: number;
	windowTo?: string;
	partial?: 'existing' | 'fullSecond';
	order?: ListOrder;
}

export function toStored(state: PollState): IDataObject {
	const stored = (position: Position): StoredPosition => ({
		at: Number.isFinite(position.sortKey) ? position.sortKey : null,
		ids: position.ids,
		...(position.closed === true ? { closed: true as const } : {}),
	});
	const result: StoredState = {
		key: state.key,
		top: stored(state.cursor),
		gaps: state.backlogs.map((backlog) => ({
			below: stored(backlog.oldestHandled),
			floor: stored(backlog.downTo),
			page: backlog.page,
		})),
		...(state.states === undefined ? {} : { states: state.states }),
		...(state.page === undefined ? {} : { page: state.page }),
		...(state.windowTo === undefined ? {} : { windowTo: state.windowTo }),
		...(state.partial === undefined ? {} : { partial: state.partial }),
		...(state.order === undefined ? {} : { order: state.order }),
	};
	return result as unknown as IDataObject;
}

export function fromStored(stored: StoredState): PollState {
	const position = (value: StoredPosition): Position => ({
		sortKey: value.at ?? Number.NEGATIVE_INFINITY,
		ids: [...value.ids],
		...(value.closed === true ? { closed: true } : {}),
	});
	return {
		key: stored.key,
		cursor: position(stored.top),
		backlogs: (stored.gaps ?? []).map((gap) => ({
			oldestHandled: position(gap.below),
			downTo: position(gap.floor),
			page: gap.page,
		})),
		states: stored.states === undefined ? undefined : { ...stored.states },
		page: stored.page,
		windowTo: stored.windowTo,
		...(stored.partial === undefined ? {} : { partial: stored.partial }),
		order: stored.order,
	};
}

/**
 * The records to emit, oldest first, and the remembered states updated. Every state seen is
 * kept, not only the most recent: one forgotten would have its next change missed (a record
 * with no state is not reported as changed) or reported wrongly. The account's records bound them.
 */
export function emitted(
	run: PollRun,
	collected: ListedRecord[],
	previousStates: Record<string, string> | undefined,
): { out: INodeExecutionData[]; states?: Record<string, string> } {
	// Oldest first, so downstream sees events in the order they happened.
	const sorted = [...collected].sort((a, b) => a.sortKey - b.sortKey);
	const states = previousStates === undefined ? undefined : { ...previousStates };
	const out: INodeExecutionData[] = [];
	for (const read of sorted) {
		const previous = states?.[read.id];
		if (run.emits(read.record, previous)) out.push({ json: read.record });
		if (states !== undefined && run.event.state !== undefined) {
			states[read.id] = run.event.state(read.record);
		}
	}
	return { out, states };
}
